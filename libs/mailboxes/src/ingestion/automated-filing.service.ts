import { Injectable } from '@nestjs/common';
import { ContactLog, RequestReader, RequestWorkflow } from '@gru/requests';
import { AutomatedKind, bouncedMessageId, bouncedRecipient } from '../parsing/classify-mail';
import type { InboundMail } from '../parsing/inbound-mail';
import {
  MailDirection,
  MailMessage,
  MailOutcome,
  MailState,
} from '../persistence/mail-message.entity';
import { BouncingAddresses } from '../store/bouncing-addresses.service';
import { MailStore } from '../store/mail-store.service';
import { ThreadResolver } from '../threading/thread-resolver.service';
import type { IntakeResult } from './mail-intake.service';

/**
 * Bounces and automatic replies never open a request nor get an answer. One that threads (a
 * bounce of our reply, an out-of-office answering our acknowledgement) is filed on that request's
 * thread; a bounce of a message we sent also fails that message, notes it on the request, marks
 * its contact and flags the address (`BouncingAddresses`) so that the next reply warns.
 */
@Injectable()
export class AutomatedFiling {
  constructor(
    private readonly store: MailStore,
    private readonly threads: ThreadResolver,
    private readonly requests: RequestReader,
    private readonly contacts: ContactLog,
    private readonly workflow: RequestWorkflow,
    private readonly bounces: BouncingAddresses,
  ) {}

  async file(message: MailMessage, mail: InboundMail, kind: AutomatedKind): Promise<IntakeResult> {
    let requestId: string | null = null;
    let reason: string;
    if (kind === 'bounce') {
      const report = mail.attachments.find(
        (part) => part.contentType === 'message/delivery-status',
      );
      const returned = mail.attachments.find((part) =>
        ['text/rfc822-headers', 'message/rfc822', 'message/rfc822-headers'].includes(
          part.contentType,
        ),
      );
      const bouncedId = bouncedMessageId(mail, returned?.content.toString('utf8') ?? null);
      const recipient = bouncedRecipient(mail, report?.content.toString('utf8') ?? null);
      const original = bouncedId ? await this.store.byKey(`id:${bouncedId}`) : null;
      requestId = original?.requestId ?? null;
      if (original && original.direction === MailDirection.Outbound) {
        // The address, not only this message: the request page warns before the next reply.
        const address = recipient ?? original.toAddresses[0];
        if (address)
          await this.bounces.flag(
            address,
            `Avis de non-remise reçu pour « ${original.subject} »`,
            message.id,
          );
        await this.store.update(original.id, {
          state: MailState.Failed,
          reason: `Non remis${recipient ? ` à ${recipient}` : ''} (avis de non-remise reçu)`,
        });
        if (original.requestId && original.state !== MailState.Failed)
          await this.workflow.addNote(
            original.requestId,
            `Courriel non remis${recipient ? ` à ${recipient}` : ''} (« ${original.subject} ») : adresse à vérifier auprès de l’usager.`,
            null,
          );
        if (original.contactId)
          await this.contacts.updateByExternalRef(
            (await this.contacts.get(original.contactId)).channel,
            `mail:${original.id}`,
            { details: { bounced: true, bouncedAddress: recipient } },
          );
      }
      reason = requestId
        ? `Avis de non-remise de notre message${recipient ? ` à ${recipient}` : ''}, classé sur sa demande`
        : 'Avis de non-remise sans message d’origine connu, classé sans demande';
    } else {
      const thread = await this.threads.resolve(mail);
      requestId = thread?.request.id ?? null;
      reason = requestId
        ? 'Réponse automatique, classée sur sa demande sans accusé de réception'
        : 'Réponse automatique, classée sans demande';
    }
    await this.store.update(message.id, {
      state: MailState.Filed,
      outcome: MailOutcome.Ignored,
      requestId,
      acknowledgement: `skipped:${kind}`,
      reason,
    });
    const reference = requestId ? (await this.requests.get(requestId)).reference : null;
    return { outcome: 'ignored', mailMessageId: message.id, reference, reason };
  }
}
