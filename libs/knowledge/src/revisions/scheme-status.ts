import { SchemeStatus } from '../persistence/knowledge-kind';

/** A live scheme's status from its campaign (Paris days); no dates means always open. */
export function schemeStatusOn(
  opensOn: string | null,
  closesOn: string | null,
  today: string,
): SchemeStatus {
  if (opensOn !== null && today < opensOn) return SchemeStatus.Upcoming;
  if (closesOn !== null && today > closesOn) return SchemeStatus.Closed;
  return SchemeStatus.Open;
}

/** The same rule in SQL, for filters and ordering (`:today` parameter). */
export function schemeStatusSql(alias: string): string {
  return (
    `CASE WHEN ${alias}.opens_on IS NOT NULL AND ${alias}.opens_on > CAST(:today AS date) THEN 'upcoming' ` +
    `WHEN ${alias}.closes_on IS NOT NULL AND ${alias}.closes_on < CAST(:today AS date) THEN 'closed' ELSE 'open' END`
  );
}
