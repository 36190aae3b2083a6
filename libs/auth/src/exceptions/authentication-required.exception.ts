import { DomainException, ErrorCode } from '@gru/errors';

export class AuthenticationRequiredException extends DomainException {
  constructor() {
    super(ErrorCode.AuthenticationRequired, 'Authentification requise.');
  }
}
