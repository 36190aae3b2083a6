const ATTRIBUTION =
  /^(le .{3,120}a écrit\s*:|on .{3,160}wrote\s*:|-{2,}\s*(message d'origine|original message|message transféré|forwarded message)\s*-{2,}|de\s*:.+\n(envoyé|date)\s*:|from\s*:.+\n(sent|date)\s*:)/im;

/** The new part of a reply and the quoted history below it, folded in the thread view. */
export function splitQuotedHistory(text: string): { latest: string; quoted: string } {
  const attribution = ATTRIBUTION.exec(text);
  let cut = attribution ? attribution.index : -1;
  const lines = text.split('\n');
  const firstQuoted = lines.findIndex(
    (line, index) =>
      line.startsWith('>') &&
      lines.slice(index).every((rest) => rest.startsWith('>') || rest.trim() === ''),
  );
  if (firstQuoted >= 0) {
    const offset = lines.slice(0, firstQuoted).join('\n').length;
    cut = cut < 0 ? offset : Math.min(cut, offset);
  }
  if (cut <= 0) return { latest: text.trim(), quoted: '' };
  return { latest: text.slice(0, cut).trim(), quoted: text.slice(cut).trim() };
}
