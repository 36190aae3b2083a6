import { Injectable } from '@nestjs/common';
import { Request, RequestReader } from '@gru/requests';
import type { InboundMail } from '../parsing/inbound-mail';
import { referenceInSubject } from '../parsing/reference-token';
import { MailStore } from '../store/mail-store.service';

export interface Thread {
  readonly request: Request;
  readonly basis: 'reference' | 'headers';
}

/**
 * Which request a message continues: the reference token in its subject first (it survives any
 * client), then In-Reply-To/References against the messages we sent or received (a reply whose
 * subject the citizen rewrote still threads), else none: a new request.
 */
@Injectable()
export class ThreadResolver {
  constructor(
    private readonly requests: RequestReader,
    private readonly store: MailStore,
  ) {}

  requestById(id: string): Promise<Request> {
    return this.requests.get(id);
  }

  async resolve(mail: InboundMail): Promise<Thread | null> {
    const reference = referenceInSubject(mail.subject);
    if (reference) {
      const request = await this.requests.findByReference(reference);
      if (request) return { request, basis: 'reference' };
    }
    const ids = [mail.inReplyTo, ...[...mail.references].reverse()].filter(
      (id): id is string => !!id,
    );
    const requestId = await this.store.requestOfMessageIds([...new Set(ids)]);
    if (requestId) return { request: await this.requests.get(requestId), basis: 'headers' };
    return null;
  }
}
