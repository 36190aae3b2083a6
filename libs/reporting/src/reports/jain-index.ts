/**
 * Jain's fairness index of `values`: (Σx)² / (n·Σx²), 1 when all are equal (and for no values),
 * 1/n when one takes everything. The definition of tools/call-simulation's metrics.
 */
export function jainIndex(values: readonly number[]): number {
  const sum = values.reduce((total, value) => total + value, 0);
  const squares = values.reduce((total, value) => total + value * value, 0);
  return squares === 0 ? 1 : (sum * sum) / (values.length * squares);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The simulation's fairness figure: antennas' handled calls per staffed hour (staffed hours
 * rounded to the hundredth, as it reports them), antennas with no staffed time and the mobile team
 * left out (it balances the others), index rounded to the thousandth.
 */
export function handledPerStaffedHourFairness(
  pools: readonly { pool: string; handled: number; staffedSeconds: number }[],
  mobileTeamId: string,
): number {
  const rates = pools
    .filter((entry) => entry.pool !== mobileTeamId && entry.pool !== '')
    .map((entry) => ({ handled: entry.handled, hours: round(entry.staffedSeconds / 3600, 2) }))
    .filter((entry) => entry.hours > 0)
    .map((entry) => entry.handled / entry.hours);
  return round(jainIndex(rates), 3);
}
