import type { CalendarDate } from '@gru/calendar';
import type { BacklogRow, RequestHourRow } from '@gru/requests';
import { nextParisDay, startOfParisDay } from './paris-days';

/**
 * Open requests at the end of each day: the backlog at the start of the first day, plus each
 * day's openings, minus what left it (resolved or closed), per antenna, channel and scheme.
 */
export function backlogRows(
  days: readonly CalendarDate[],
  anchor: readonly BacklogRow[],
  flows: readonly RequestHourRow[],
): Record<string, unknown>[] {
  const key = (row: { antennaId: string | null; channel: string; aidSchemeSlug: string | null }) =>
    JSON.stringify([row.antennaId ?? '', row.channel, row.aidSchemeSlug ?? '']);
  const open = new Map<string, number>();
  for (const row of anchor) open.set(key(row), row.backlog);
  const sorted = [...flows].sort((a, b) => a.hour.getTime() - b.hour.getTime());
  const rows: Record<string, unknown>[] = [];
  let cursor = 0;
  for (const day of days) {
    const end = startOfParisDay(nextParisDay(day)).getTime();
    const today: RequestHourRow[] = [];
    while (cursor < sorted.length && sorted[cursor].hour.getTime() < end)
      today.push(sorted[cursor++]);
    for (const flow of today)
      open.set(key(flow), (open.get(key(flow)) ?? 0) + flow.opened - flow.left);
    for (const [entry, backlog] of open) {
      if (backlog === 0) continue;
      const [antennaId, channel, aidSchemeSlug] = JSON.parse(entry) as [string, string, string];
      rows.push({ day, antennaId, channel, aidSchemeSlug, backlog });
    }
  }
  return rows;
}
