import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { ContactLog, RequestReader, RequestWorkflow } from '@gru/requests';
import { MailboxDirectory } from '../mailbox-directory.service';
import {
  automatedKind,
  AutomatedKind,
  bouncedMessageId,
  bouncedRecipient,
} from '../parsing/classify-mail';
import { dangerousContent } from '../parsing/dangerous-content';
import type { InboundMail } from '../parsing/inbound-mail';
import { headerMessageId, messageKeyOf, rawKeyOf } from '../parsing/message-key';
import { parseMail } from '../parsing/parse-mail';
import { sanitiseMailHtml } from '../parsing/sanitise-html';
import {
  MailDirection,
  MailMessage,
  MailOutcome,
  MailState,
} from '../persistence/mail-message.entity';
import type { Mailbox } from '../persistence/mailbox.entity';
import { Acknowledger } from '../outgoing/acknowledger.service';
import { MailStore } from '../store/mail-store.service';
import { ThreadResolver } from '../threading/thread-resolver.service';
import { RequestFiling } from './request-filing.service';

export type IntakeOutcome = 'created' | 'threaded' | 'duplicate' | 'quarantined' | 'ignored';

export interface IntakeResult {
  readonly outcome: IntakeOutcome;
  readonly mailMessageId: string;
  readonly reference: string | null;
  readonly reason: string | null;
}

export interface IntakeOptions {
  /** An agent released it from quarantine: size and attachment checks are waived. */
  readonly trusted?: boolean;
  /** False for imports and re-processing: old mail is never acknowledged again. */
  readonly acknowledge?: boolean;
}

/**
 * One raw message in, exactly one outcome out: a new request, a message on an existing one, an
 * ignored automated message (filed, with where), a quarantined one (kept raw, with a reason) or a
 * duplicate of a message already handled. Nothing a sender writes makes it throw: what cannot be
 * read is quarantined.
 */
@Injectable()
export class MailIntake {
  private readonly logger = new Logger(MailIntake.name);

  constructor(
    private readonly store: MailStore,
    private readonly filing: RequestFiling,
    private readonly acknowledger: Acknowledger,
    private readonly threads: ThreadResolver,
    private readonly mailboxes: MailboxDirectory,
    private readonly requests: RequestReader,
    private readonly contacts: ContactLog,
    private readonly workflow: RequestWorkflow,
    private readonly config: AppConfig,
  ) {}

  async ingest(raw: Buffer, mailbox: Mailbox, options: IntakeOptions = {}): Promise<IntakeResult> {
    try {
      return await this.process(raw, mailbox, options);
    } catch (error) {
      // Our services unreachable: the message stays on the server for the next sweep.
      if (isOutage(error)) throw error;
      // Anything else is this message's doing: kept aside so that the mailbox keeps flowing.
      this.logger.error({ mailbox: mailbox.id, err: (error as Error).message }, 'mail failed');
      return this.quarantine(
        raw,
        mailbox,
        null,
        `Erreur de traitement : ${(error as Error).message}`,
      );
    }
  }

  private async process(
    raw: Buffer,
    mailbox: Mailbox,
    options: IntakeOptions,
  ): Promise<IntakeResult> {
    if (!options.trusted && raw.length > this.config.values.mail.maxMessageBytes) {
      const megabytes = (raw.length / 1024 / 1024).toFixed(1);
      return this.quarantine(raw, mailbox, null, `Message trop volumineux (${megabytes} Mo)`);
    }
    let mail: InboundMail;
    try {
      mail = await parseMail(raw);
    } catch (error) {
      return this.quarantine(raw, mailbox, null, `Message illisible (${(error as Error).message})`);
    }
    if (mail.headers.size === 0 || (!mail.from && !mail.messageId && !mail.rawDate))
      return this.quarantine(
        raw,
        mailbox,
        mail,
        'Message illisible : ni expéditeur, ni identifiant, ni date',
      );
    if (!options.trusted) {
      for (const attachment of mail.attachments) {
        const danger = dangerousContent(attachment.content);
        if (danger)
          return this.quarantine(
            raw,
            mailbox,
            mail,
            `Pièce jointe dangereuse : ${attachment.fileName} (${danger})`,
          );
      }
    }
    const stored = await this.store.storeRaw(raw);
    const { message, fresh } = await this.store.claim({
      ...describe(mail),
      messageKey: messageKeyOf(mail),
      direction: MailDirection.Inbound,
      state: MailState.Pending,
      mailboxId: mailbox.id,
      rawKey: stored.key,
      rawSha256: stored.sha256,
      rawSize: stored.sizeBytes,
    });
    if (!fresh && message.state !== MailState.Pending) return this.duplicate(message);
    const automated = automatedKind(mail);
    if (automated) return this.fileAutomated(message, mail, automated);
    const filing = await this.filing.file(message.id, mail, mailbox);
    const acknowledgement =
      message.acknowledgement ??
      (options.acknowledge === false
        ? 'skipped:import'
        : await this.acknowledger.acknowledge({
            inboundId: message.id,
            mail,
            automated,
            mailbox,
            request: filing.request,
            threaded: filing.outcome === 'threaded',
            ownAddresses: await this.mailboxes.addresses(),
          }));
    await this.store.update(message.id, {
      state: MailState.Filed,
      outcome: filing.outcome === 'created' ? MailOutcome.Created : MailOutcome.Threaded,
      requestId: filing.request.id,
      contactId: filing.contactId,
      attachments: filing.attachments,
      acknowledgement,
      reason: filing.note?.slice(0, 500) ?? null,
    });
    return {
      outcome: filing.outcome,
      mailMessageId: message.id,
      reference: filing.request.reference,
      reason: filing.note,
    };
  }

  /**
   * Bounces and automatic replies never open a request nor get an answer. One that threads (a
   * bounce of our reply, an out-of-office answering our acknowledgement) is filed on that request's
   * thread; a bounce also flags the failed address on the contact it concerns.
   */
  private async fileAutomated(
    message: MailMessage,
    mail: InboundMail,
    kind: AutomatedKind,
  ): Promise<IntakeResult> {
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

  private async quarantine(
    raw: Buffer,
    mailbox: Mailbox,
    mail: InboundMail | null,
    reason: string,
  ): Promise<IntakeResult> {
    const stored = await this.store.storeRaw(raw);
    const messageId = mail?.messageId ?? headerMessageId(raw);
    const { message, fresh } = await this.store.claim({
      ...(mail ? describe(mail) : {}),
      ...(mail ? { htmlBody: null } : {}),
      messageKey: messageId ? `id:${messageId}` : mail ? messageKeyOf(mail) : rawKeyOf(raw),
      direction: MailDirection.Inbound,
      state: MailState.Quarantined,
      outcome: MailOutcome.Quarantined,
      reason: reason.slice(0, 500),
      mailboxId: mailbox.id,
      rawKey: stored.key,
      rawSha256: stored.sha256,
      rawSize: stored.sizeBytes,
    });
    if (!fresh && message.state !== MailState.Pending) return this.duplicate(message);
    if (!fresh)
      await this.store.update(message.id, {
        state: MailState.Quarantined,
        outcome: MailOutcome.Quarantined,
        reason: reason.slice(0, 500),
      });
    this.logger.warn(
      { mailbox: mailbox.id, mailMessageId: message.id, reason },
      'mail quarantined',
    );
    return { outcome: 'quarantined', mailMessageId: message.id, reference: null, reason };
  }

  private async duplicate(message: MailMessage): Promise<IntakeResult> {
    const reference = message.requestId
      ? (await this.requests.get(message.requestId)).reference
      : null;
    return {
      outcome: 'duplicate',
      mailMessageId: message.id,
      reference,
      reason: `Déjà reçu (${message.outcome ?? message.state})`,
    };
  }
}

const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  // PostgreSQL: admin shutdown, too many connections, cannot connect now.
  '57P01',
  '53300',
  '57P03',
]);

function isOutage(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.code;
  const driverCode = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return (
    OUTAGE_CODES.has(String(code)) ||
    OUTAGE_CODES.has(String(driverCode)) ||
    /connection (terminated|is closed)|Connection not available/i.test(
      (error as Error)?.message ?? '',
    )
  );
}

/** The columns a message's headers and bodies fill, decoded and bounded. */
function describe(mail: InboundMail) {
  return {
    fromAddress: mail.from?.address.slice(0, 320) ?? null,
    fromName: mail.from?.name.slice(0, 300) || null,
    toAddresses: mail.to.slice(0, 100).map((address) => address.slice(0, 320)),
    subject: mail.subject.slice(0, 2000),
    sentAt: mail.date,
    inReplyTo: mail.inReplyTo,
    references: mail.references.slice(-50),
    textBody: mail.text.replace(/\u0000/g, ''),
    htmlBody: mail.html ? sanitiseMailHtml(mail.html).replace(/\u0000/g, '') : null,
  };
}
