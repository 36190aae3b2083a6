import { DomainException, ErrorCode } from '@gru/errors';

/** Same message whether the email is unknown or the password wrong: no account enumeration. */
export class InvalidCredentialsException extends DomainException {
  constructor() {
    super(ErrorCode.InvalidCredentials, 'Adresse électronique ou mot de passe incorrect.');
  }
}
