import { createElement, Fragment, type ReactNode } from 'react';

/** The elements the knowledge base's rich text may use; anything else keeps its text only. */
const ALLOWED = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'br',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'a',
  'mark',
]);

/**
 * Rich text sanitised again on render: the HTML is parsed (never injected) and rebuilt as React
 * elements from an allow-list, without any attribute but a link's http(s) address.
 */
export function RichText({
  html,
  className,
}: {
  readonly html: string;
  readonly className?: string;
}) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return <div className={className}>{toReact(document.body.childNodes, 'r')}</div>;
}

/** The text a reader sees, paragraph by paragraph (for copying approved phrasing). */
export function plainText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...document.body.querySelectorAll('p, li')].map((node) =>
    node.textContent.trim(),
  );
  const text = blocks.filter((block) => block.length > 0).join('\n');
  return text || document.body.textContent.trim();
}

function toReact(nodes: NodeListOf<ChildNode>, keyPrefix: string): ReactNode[] {
  return [...nodes].map((node, index) => {
    const key = `${keyPrefix}-${index}`;
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (!(node instanceof Element)) return null;
    const tag = node.tagName.toLowerCase();
    const children = toReact(node.childNodes, key);
    if (tag === 'script' || tag === 'style') return null;
    if (!ALLOWED.has(tag)) return <Fragment key={key}>{children}</Fragment>;
    if (tag === 'br') return <br key={key} />;
    if (tag === 'a') {
      const href = node.getAttribute('href') ?? '';
      if (!/^https?:\/\//i.test(href)) return <Fragment key={key}>{children}</Fragment>;
      return (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      );
    }
    return createElement(tag, { key }, ...children);
  });
}
