export {
  AccessDeniedException,
  DomainException,
  NotFoundException,
  RateLimitedException,
  ValidationFailedException,
} from './domain.exception';
export type { FieldError } from './domain.exception';
export { ErrorCode } from './error-code';
export { HttpErrorFilter } from './http-error.filter';
export type { ErrorBody } from './http-error.filter';
export { httpStatusOf } from './http-status-of';
export { hasPostgresCode, isPostgresDataException, PostgresErrorCode } from './postgres-error';
export { createValidationPipe } from './validation-pipe.factory';
