import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RequestReader } from '@gru/requests';
import { MailboxDirectory } from '../mailbox-directory.service';
import { automatedKind } from '../parsing/classify-mail';
import { dangerousContent } from '../parsing/dangerous-content';
import type { InboundMail } from '../parsing/inbound-mail';
import { headerMessageId, messageKeyOf, rawKeyOf } from '../parsing/message-key';
import { parseMail } from '../parsing/parse-mail';
import { mailColumns } from '../parsing/mail-columns';
import {
  MailDirection,
  MailMessage,
  MailOutcome,
  MailState,
} from '../persistence/mail-message.entity';
import type { Mailbox } from '../persistence/mailbox.entity';
import { Acknowledger } from '../outgoing/acknowledger.service';
import { BouncingAddresses } from '../store/bouncing-addresses.service';
import { MailStore } from '../store/mail-store.service';
import { AutomatedFiling } from './automated-filing.service';
import { isOutage } from './outage';
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
  /**
   * Where a window leaves what follows its commit (send jobs, bounce flags; never rejected) to
   * finish while the caller goes on: a sweep awaits it with its MOVE. Awaited in place otherwise.
   */
  readonly afterCommit?: Promise<void>[];
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
    private readonly automatedFiling: AutomatedFiling,
    private readonly bounces: BouncingAddresses,
    private readonly mailboxes: MailboxDirectory,
    private readonly requests: RequestReader,
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
      ...mailColumns(mail),
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
    if (automated) return this.automatedFiling.file(message, mail, automated);
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
    // The citizen writes from it: an address that bounced receives mail again.
    if (mail.from) await this.bounces.clear([mail.from.address]);
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

  private async quarantine(
    raw: Buffer,
    mailbox: Mailbox,
    mail: InboundMail | null,
    reason: string,
  ): Promise<IntakeResult> {
    const stored = await this.store.storeRaw(raw);
    const messageId = mail?.messageId ?? headerMessageId(raw);
    const { message, fresh } = await this.store.claim({
      ...(mail ? mailColumns(mail) : {}),
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
