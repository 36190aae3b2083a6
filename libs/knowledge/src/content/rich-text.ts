import sanitizeHtml from 'sanitize-html';

/**
 * The rich text the content team may write: structure, emphasis, lists, tables and links (http,
 * https, mailto, tel). No script, style, handler, frame, image or form. Applied on save and again on
 * render, so a row written before a rule tightened is still served safe.
 */
const RICH_TEXT: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'code',
    'pre',
    'hr',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
};

export function sanitiseRichText(html: string): string {
  return sanitizeHtml(html, {
    ...RICH_TEXT,
    allowedAttributes: { ...RICH_TEXT.allowedAttributes, a: ['href', 'title', 'rel'] },
  }).trim();
}

/** Plain text (entities kept escaped, so it is safe to wrap in <mark> for snippets). */
export function plainTextOf(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li|h[2-4]|tr|blockquote)>|<br\s*\/?>/gi, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain one-line fields (titles, tags): no markup at all; rendered as text, so entities are decoded. */
export function plainField(value: string): string {
  return sanitizeHtml(value, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
