/**
 * The one response allowed remote images: an email's HTML with them, which the agent asked for.
 * Nothing else loads (no script, no style sheet, no font, no form, no frame, no plugin), the
 * document is sandboxed even if opened on its own, and only our pages may frame it.
 */
export const MAIL_HTML_WITH_IMAGES_CSP = [
  "default-src 'none'",
  'img-src https: data:',
  "style-src 'unsafe-inline'",
  "script-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  'sandbox allow-popups allow-popups-to-escape-sandbox',
].join('; ');

// Links leave the frame in a new tab; a folded history hides the quotes mail clients mark.
const HEAD =
  '<meta charset="utf-8"><meta name="referrer" content="no-referrer"><base target="_blank">' +
  '<style>body{font-family:Marianne,arial,sans-serif;margin:0.5rem;overflow-wrap:anywhere}</style>';
const FOLD = '<style>blockquote,.gmail_quote,.moz-cite-prefix,.yahoo_quoted{display:none}</style>';

/** The sanitised HTML as a document of its own, for the frame of the request page. */
export function mailHtmlDocument(html: string, foldQuoted: boolean): string {
  return `<!doctype html><html lang="fr"><head>${HEAD}${foldQuoted ? FOLD : ''}</head><body>${html}</body></html>`;
}
