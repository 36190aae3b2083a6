/** Stable codes for every error the platform reports; clients branch on these, never on messages. */
export enum ErrorCode {
  ValidationFailed = 'validation-failed',
  AuthenticationRequired = 'authentication-required',
  InvalidCredentials = 'invalid-credentials',
  InvalidToken = 'invalid-token',
  AccountLocked = 'account-locked',
  TooManyRequests = 'too-many-requests',
  AccessDenied = 'access-denied',
  NotFound = 'not-found',
  Conflict = 'conflict',
  DependencyUnavailable = 'dependency-unavailable',
  InvalidPostcode = 'invalid-postcode',
  InvalidPerimeter = 'invalid-perimeter',
}
