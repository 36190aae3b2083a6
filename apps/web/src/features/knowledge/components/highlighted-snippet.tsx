/** Decodes the escaped text around the marks; raw markup, if any, is parsed inert and keeps its text only. */
function textOf(fragment: string): string {
  // Wrapped: the parser would drop leading white space before the body's first element.
  return new DOMParser().parseFromString(`<div>${fragment}</div>`, 'text/html').body.textContent;
}

/**
 * A search snippet: escaped plain text whose matches the API wraps in <mark>…</mark>. The marks become
 * <mark> elements, everything else stays text (nothing is injected as HTML).
 */
export function HighlightedSnippet({ snippet }: { readonly snippet: string }) {
  const parts = snippet.split(/<(?:mark|b)>(.*?)<\/(?:mark|b)>/gs);
  return (
    <>
      {parts.map((part, index) => {
        const text = textOf(part);
        return index % 2 === 1 ? <mark key={index}>{text}</mark> : text;
      })}
    </>
  );
}
