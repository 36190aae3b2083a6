import { addWorkingDays, instantAt } from '@gru/calendar';

/** "Due soon" in the request list: due by the end of the second working day from `now`. */
export function dueSoonLimit(now: Date): Date {
  return instantAt(addWorkingDays(now, 2), 23, 59);
}
