import type { TimeStep } from '../filters/report-filter';

const DAY_MS = 86_400_000;

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Every key of a period at one step, as the API names them (days YYYY-MM-DD, weeks by their Monday,
 * months YYYY-MM): a curve over time shows the days without contacts as zeros, not as missing points.
 */
export function timeline(step: TimeStep, from: string, to: string): string[] {
  const end = utcDay(to).getTime();
  const keys: string[] = [];
  if (step === 'month') {
    const cursor = utcDay(`${from.slice(0, 7)}-01`);
    while (cursor.getTime() <= end) {
      keys.push(cursor.toISOString().slice(0, 7));
      cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    }
    return keys;
  }
  const start = utcDay(from);
  // ISO weeks start on Monday (getUTCDay: Sunday 0).
  const first =
    step === 'week' ? start.getTime() - ((start.getUTCDay() + 6) % 7) * DAY_MS : start.getTime();
  const stride = step === 'week' ? 7 * DAY_MS : DAY_MS;
  for (let time = first; time <= end; time += stride) {
    keys.push(new Date(time).toISOString().slice(0, 10));
  }
  return keys;
}
