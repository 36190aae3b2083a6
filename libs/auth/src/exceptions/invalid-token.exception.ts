import { DomainException, ErrorCode } from '@gru/errors';

export class InvalidTokenException extends DomainException {
  constructor(message = 'Session expirée ou jeton invalide : reconnectez-vous.') {
    super(ErrorCode.InvalidToken, message);
  }
}
