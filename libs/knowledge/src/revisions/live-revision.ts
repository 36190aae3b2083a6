/**
 * What agents see of an entry at an instant: its published revision in effect then, the one that
 * took effect last (a later revision number breaks a tie). Older published revisions stay published
 * (history) but are superseded; a scheduled one takes over at its `effective_from`. `:now` is the
 * instant parameter.
 */
export function liveCondition(alias: string): string {
  const inEffect = (r: string) =>
    `${r}.state = 'published' AND ${r}.effective_from <= :now AND (${r}.effective_until IS NULL OR ${r}.effective_until > :now)`;
  return (
    `${inEffect(alias)} AND NOT EXISTS (SELECT 1 FROM knowledge_revisions newer WHERE newer.entry_id = ${alias}.entry_id ` +
    `AND ${inEffect('newer')} AND (newer.effective_from, newer.number) > (${alias}.effective_from, ${alias}.number))`
  );
}

/** Paris calendar day of an instant, YYYY-MM-DD (campaign dates are Paris days). */
export function parisDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at);
}
