import { ErrorCode } from './error-code';
import { httpStatusOf } from './http-status-of';

describe('httpStatusOf', () => {
  it.each(Object.values(ErrorCode))('maps %s to a 4xx or 503 status', (code) => {
    const status: number = httpStatusOf(code);
    expect(status === 503 || (status >= 400 && status < 500)).toBe(true);
  });

  it('maps the codes clients branch on', () => {
    expect(httpStatusOf(ErrorCode.ValidationFailed)).toBe(400);
    expect(httpStatusOf(ErrorCode.InvalidCredentials)).toBe(401);
    expect(httpStatusOf(ErrorCode.AccessDenied)).toBe(403);
    expect(httpStatusOf(ErrorCode.Conflict)).toBe(409);
    expect(httpStatusOf(ErrorCode.AccountLocked)).toBe(429);
  });
});
