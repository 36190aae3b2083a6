import type { EntityManager } from 'typeorm';
import type { HandoverChange, HandoverItem } from '../persistence/handover.entity';

interface EventRow {
  kind: string;
  slug: string;
  title: string;
  number: number;
  change: HandoverChange;
  at: Date;
}

/**
 * What agents must know about a period: every entry published for the first time, changed (a new
 * revision published) or archived in it; an entry appears once, with its latest event.
 */
export async function handoverChanges(
  manager: EntityManager,
  from: Date,
  to: Date,
): Promise<HandoverItem[]> {
  const rows = await manager.query<EventRow[]>(
    `SELECT e.kind, e.slug, r.title, r.number, ev.change, ev.at
       FROM knowledge_revisions r JOIN knowledge_entries e ON e.id = r.entry_id,
       LATERAL (
         SELECT CASE WHEN EXISTS (SELECT 1 FROM knowledge_revisions p WHERE p.entry_id = r.entry_id
                                   AND p.published_at IS NOT NULL AND p.number < r.number)
                     THEN 'changed' ELSE 'published' END AS change, r.published_at AS at
          WHERE r.published_at > $1 AND r.published_at <= $2
         UNION ALL
         SELECT 'archived', r.archived_at WHERE r.archived_at > $1 AND r.archived_at <= $2
       ) ev
      ORDER BY ev.at`,
    [from, to],
  );
  const latest = new Map<string, HandoverItem>();
  for (const row of rows)
    latest.set(`${row.kind === 'scheme' ? 'scheme' : 'article'}:${row.slug}`, {
      kind: row.kind,
      slug: row.slug,
      title: row.title,
      change: row.change,
      revision: row.number,
      at: new Date(row.at).toISOString(),
    });
  return [...latest.values()].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}
