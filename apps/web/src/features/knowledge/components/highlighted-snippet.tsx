/**
 * A search snippet whose matches the API marks with <mark> or <b> (PostgreSQL's ts_headline): the
 * marks become <mark> elements, everything else stays text (nothing is injected as HTML).
 */
export function HighlightedSnippet({ snippet }: { readonly snippet: string }) {
  const parts = snippet.split(/<(?:mark|b)>(.*?)<\/(?:mark|b)>/gs);
  return (
    <>
      {parts.map((part, index) => {
        const text = part.replace(/<[^>]*>/g, '');
        return index % 2 === 1 ? <mark key={index}>{text}</mark> : text;
      })}
    </>
  );
}
