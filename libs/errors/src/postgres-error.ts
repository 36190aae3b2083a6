/** PostgreSQL SQLSTATE codes we act on; errors are told apart by code, never by message text. */
export enum PostgresErrorCode {
  UniqueViolation = '23505',
  ForeignKeyViolation = '23503',
  CheckViolation = '23514',
  SerializationFailure = '40001',
}

export function hasPostgresCode(error: unknown, code: PostgresErrorCode): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const direct = (error as { code?: unknown }).code;
  const driver = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return direct === code || driver === code;
}

function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const driver = (error as { driverError?: { code?: unknown } }).driverError?.code;
  const direct = (error as { code?: unknown }).code;
  const code = typeof driver === 'string' ? driver : direct;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Class 22 (data exception: a malformed uuid, a number out of range, a bad date): the database
 * refused a value that came from the client, which makes it a 400, not a 500.
 */
export function isPostgresDataException(error: unknown): boolean {
  return sqlStateOf(error)?.startsWith('22') ?? false;
}

/** What may be logged of a database error: its SQLSTATE and where, never the values involved. */
export function describePostgresError(error: unknown): Record<string, unknown> | undefined {
  const code = sqlStateOf(error);
  if (code === undefined || typeof error !== 'object' || error === null) return undefined;
  const driver = (error as { driverError?: Record<string, unknown> }).driverError ?? {};
  const pick = (key: string): unknown => driver[key] ?? (error as Record<string, unknown>)[key];
  return {
    type: (error as Error).name,
    code,
    table: pick('table'),
    constraint: pick('constraint'),
    column: pick('column'),
    routine: pick('routine'),
  };
}
