import { DomainException, ErrorCode } from '@gru/errors';

export class AccountLockedException extends DomainException {
  constructor(retryAfterSeconds: number) {
    super(
      ErrorCode.AccountLocked,
      `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      { retryAfterSeconds },
    );
  }
}
