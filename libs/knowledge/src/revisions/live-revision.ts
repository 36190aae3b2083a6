/**
 * What agents see of an entry at an instant: its published revision in effect then, the one that
 * took effect last (a later revision number breaks a tie). Older published revisions stay published
 * (history) but are superseded for good once a newer one is in effect; a scheduled one takes over
 * at its `effective_from`; after an `effective_until` with nothing newer, nothing is shown. `:now`
 * is the instant parameter.
 */
export function liveCondition(alias: string): string {
  const inEffect = (r: string) =>
    `${r}.state = 'published' AND NOT ${r}.superseded AND ${r}.effective_from <= :now AND (${r}.effective_until IS NULL OR ${r}.effective_until > :now)`;
  return (
    `${inEffect(alias)} AND NOT EXISTS (SELECT 1 FROM knowledge_revisions newer WHERE newer.entry_id = ${alias}.entry_id ` +
    `AND ${inEffect('newer')} AND (newer.effective_from, newer.number) > (${alias}.effective_from, ${alias}.number))`
  );
}

/**
 * Marks the published revisions of entries (all, or one) that a newer published revision in
 * effect at `:now` replaces: they leave the search index. Run after each publication, and by the
 * weekly job for scheduled revisions that took effect since.
 */
export const MARK_SUPERSEDED = `
  UPDATE knowledge_revisions r SET superseded = true
   WHERE r.state = 'published' AND NOT r.superseded AND ($2::uuid IS NULL OR r.entry_id = $2::uuid)
     AND EXISTS (
       SELECT 1 FROM knowledge_revisions n WHERE n.entry_id = r.entry_id AND n.state = 'published'
          AND n.effective_from <= $1 AND (n.effective_until IS NULL OR n.effective_until > $1)
          AND (n.effective_from, n.number) > (r.effective_from, r.number))`;

/** Paris calendar day of an instant, YYYY-MM-DD (campaign dates are Paris days). */
export function parisDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at);
}
