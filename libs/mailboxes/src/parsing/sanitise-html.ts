import sanitizeHtml from 'sanitize-html';

/**
 * Mail HTML for display: formatting only. No script, no event handlers, no forms, and no remote
 * content (images keep only inline `cid:`/`data:` sources), so opening a message tells no tracker
 * that it was read; an agent may ask for a message's remote images (https only), one at a time.
 */
export function sanitiseMailHtml(html: string, options: { remoteImages?: boolean } = {}): string {
  return sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'span', 'font', 'center']),
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan', 'align', 'valign'],
      th: ['colspan', 'rowspan', 'align', 'valign'],
      font: ['color'],
      '*': ['dir', 'lang'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: options.remoteImages ? ['cid', 'data', 'https'] : ['cid', 'data'] },
    allowProtocolRelative: false,
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', {
        rel: 'noopener noreferrer nofollow',
        target: '_blank',
      }),
    },
  });
}
