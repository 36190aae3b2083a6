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
