import { hasPostgresCode, PostgresErrorCode } from './postgres-error';

describe('hasPostgresCode', () => {
  it('reads the SQLSTATE on the error or on the wrapped driver error', () => {
    expect(hasPostgresCode({ code: '23505' }, PostgresErrorCode.UniqueViolation)).toBe(true);
    expect(
      hasPostgresCode({ driverError: { code: '23503' } }, PostgresErrorCode.ForeignKeyViolation),
    ).toBe(true);
    expect(
      hasPostgresCode(
        new Error('duplicate key value violates unique constraint'),
        PostgresErrorCode.UniqueViolation,
      ),
    ).toBe(false);
    expect(hasPostgresCode(undefined, PostgresErrorCode.UniqueViolation)).toBe(false);
  });
});
