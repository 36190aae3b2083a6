const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  // PostgreSQL: admin shutdown, too many connections, cannot connect now.
  '57P01',
  '53300',
  '57P03',
]);

/** Our own services unreachable: the message stays on the server for the next sweep. */
export function isOutage(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.code;
  const driverCode = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return (
    OUTAGE_CODES.has(String(code)) ||
    OUTAGE_CODES.has(String(driverCode)) ||
    /connection (terminated|is closed)|Connection not available/i.test(
      (error as Error)?.message ?? '',
    )
  );
}
