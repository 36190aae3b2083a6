import { ErrorCode } from './error-code';

export interface FieldError {
  readonly field: string;
  readonly messages: string[];
}

/**
 * Thrown by services in the API and in workers alike; only the HTTP edge turns it into a status.
 * `message` is for people (French first, the UI shows it); `code` is for programs.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundException extends DomainException {
  constructor(resource: string, id: string) {
    super(ErrorCode.NotFound, `Ressource introuvable : ${resource} ${id}`, { resource, id });
  }
}

export class AccessDeniedException extends DomainException {
  constructor(reason = 'Accès refusé pour votre rôle ou votre antenne.') {
    super(ErrorCode.AccessDenied, reason);
  }
}

export class ValidationFailedException extends DomainException {
  constructor(fieldErrors: FieldError[]) {
    super(ErrorCode.ValidationFailed, 'Données invalides.', {}, fieldErrors);
  }
}

/** Too many requests from one client address; `retryAfterSeconds` becomes the Retry-After header. */
export class RateLimitedException extends DomainException {
  constructor(retryAfterSeconds: number) {
    super(
      ErrorCode.RateLimited,
      `Trop de tentatives depuis cette adresse. Réessayez dans ${retryAfterSeconds} s.`,
      { retryAfterSeconds },
    );
  }
}
