interface EmailHtmlFrameProps {
  readonly html: string;
  readonly title: string;
  readonly quotedFolded: boolean;
}

// Links leave the frame in a new tab; a folded history hides the quotes mail clients mark.
const HEAD =
  '<meta charset="utf-8"><meta name="referrer" content="no-referrer"><base target="_blank">' +
  '<style>body{font-family:Marianne,arial,sans-serif;margin:0.5rem;overflow-wrap:anywhere}</style>';
const FOLD = '<style>blockquote,.gmail_quote,.moz-cite-prefix,.yahoo_quoted{display:none}</style>';

/**
 * The sanitised HTML in a sandboxed frame: no script, no same-origin access, so even a sanitiser
 * miss cannot reach the session.
 */
export function EmailHtmlFrame({ html, title, quotedFolded }: EmailHtmlFrameProps) {
  return (
    <iframe
      title={title}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      srcDoc={`<!doctype html><html lang="fr"><head>${HEAD}${quotedFolded ? FOLD : ''}</head><body>${html}</body></html>`}
      style={{ width: '100%', height: '18rem', border: '1px solid var(--border-default-grey)' }}
    />
  );
}

/** Whether the HTML holds a quoted history that folding would hide. */
export function hasQuotedHtml(html: string | null): boolean {
  return html !== null && /<blockquote|gmail_quote|moz-cite-prefix|yahoo_quoted/i.test(html);
}
