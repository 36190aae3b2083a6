import type { GroupLoad } from './routing-snapshot';

/**
 * The fair-share measure of a group (an antenna, or the mobile team) for the current Paris day:
 *
 *   deficitRatio = handledToday / (max(staffedSecondsToday, minimumStaffedSeconds) / 3600)
 *
 * i.e. calls answered by the group's agents today per staffed phone hour (time signed in as
 * available, ringing, on a call or in wrap-up; break and offline do not count). The lower it is,
 * the further the group is below its share, and the sooner it gets the next call that several
 * groups could take. The floor keeps a group that has just signed in from looking infinitely
 * loaded or idle after one call.
 */
export function deficitRatio(
  load: GroupLoad | undefined,
  extraHandled: number,
  minimumStaffedSeconds: number,
): number {
  const handled = (load?.handledToday ?? 0) + extraHandled;
  const staffedSeconds = Math.max(load?.staffedSecondsToday ?? 0, minimumStaffedSeconds);
  return handled / (staffedSeconds / 3600);
}
