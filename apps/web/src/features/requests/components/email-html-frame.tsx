interface EmailHtmlFrameProps {
  readonly html: string;
  readonly title: string;
  readonly quotedFolded: boolean;
  /**
   * With remote images: the API's document of this HTML. A srcdoc frame lives under the page's
   * policy, which lets no remote image in; that one response's policy does.
   */
  readonly documentUrl?: string | null;
}

// Links leave the frame in a new tab; a folded history hides the quotes mail clients mark.
const HEAD =
  '<meta charset="utf-8"><meta name="referrer" content="no-referrer"><base target="_blank">' +
  '<style>body{font-family:Marianne,arial,sans-serif;margin:0.5rem;overflow-wrap:anywhere}</style>';
const FOLD = '<style>blockquote,.gmail_quote,.moz-cite-prefix,.yahoo_quoted{display:none}</style>';

const SANDBOX = 'allow-popups allow-popups-to-escape-sandbox';
const FRAME_STYLE = {
  width: '100%',
  height: '18rem',
  border: '1px solid var(--border-default-grey)',
} as const;

/**
 * The sanitised HTML in a sandboxed frame: no script, no same-origin access, so even a sanitiser
 * miss cannot reach the session.
 */
export function EmailHtmlFrame({ html, title, quotedFolded, documentUrl }: EmailHtmlFrameProps) {
  if (documentUrl)
    return (
      <iframe
        title={title}
        sandbox={SANDBOX}
        src={quotedFolded ? `${documentUrl}&fold=true` : documentUrl}
        style={FRAME_STYLE}
      />
    );
  return (
    <iframe
      title={title}
      sandbox={SANDBOX}
      srcDoc={`<!doctype html><html lang="fr"><head>${HEAD}${quotedFolded ? FOLD : ''}</head><body>${html}</body></html>`}
      style={FRAME_STYLE}
    />
  );
}

/** Whether the HTML holds a quoted history that folding would hide. */
export function hasQuotedHtml(html: string | null): boolean {
  return html !== null && /<blockquote|gmail_quote|moz-cite-prefix|yahoo_quoted/i.test(html);
}
