import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from './error-code';

export function httpStatusOf(code: ErrorCode): HttpStatus {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.InvalidPostcode:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.InvalidPerimeter:
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case ErrorCode.AuthenticationRequired:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.InvalidToken:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.AccountLocked:
    case ErrorCode.TooManyRequests:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.AccessDenied:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.Conflict:
      return HttpStatus.CONFLICT;
    case ErrorCode.DependencyUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unreachable: never = code;
      throw new Error(`Unmapped error code ${String(unreachable)}`);
    }
  }
}
