import { DomainException, ErrorCode } from '@gru/errors';
import type { RequestStatus } from '../lifecycle/request-status';

export class RequestTransitionNotAllowed extends DomainException {
  constructor(from: RequestStatus, to: RequestStatus, allowed: readonly RequestStatus[]) {
    super(
      ErrorCode.Conflict,
      `Passage de « ${from} » à « ${to} » impossible. Possibles : ${allowed.length > 0 ? allowed.join(', ') : 'aucun (demande clôturée)'}.`,
      { from, to, allowed },
    );
  }
}
