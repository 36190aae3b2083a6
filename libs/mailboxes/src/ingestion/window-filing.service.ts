import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContactChannel } from '@gru/citizens';
import type { EmailHolder } from '@gru/citizens';
import { ContactDirection, RequestWriter } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { InboundMail } from '../parsing/inbound-mail';
import { MailColumns, mailColumns } from '../parsing/mail-columns';
import { messageKeyOf } from '../parsing/message-key';
import { splitQuotedHistory } from '../parsing/quoted-history';
import {
  MailAttachmentSummary,
  MailDirection,
  MailOutcome,
  MailState,
} from '../persistence/mail-message.entity';
import type { Mailbox } from '../persistence/mailbox.entity';
import { Acknowledger } from '../outgoing/acknowledger.service';
import { OutboundMail, outboundRow } from '../outgoing/outbound-mail.service';
import { BouncingAddresses } from '../store/bouncing-addresses.service';
import { MailStore } from '../store/mail-store.service';
import { AntennaProposal, proposeAntenna } from '../threading/antenna-proposal';
import type { StoredFile } from '@gru/storage';
import type { IntakeResult } from './mail-intake.service';
import { RequestFiling } from './request-filing.service';
import { SenderCitizens } from './sender-citizens.service';

export interface NewPersonMail {
  readonly raw: Buffer;
  readonly mail: InboundMail;
  /** Its identity (`messageKeyOf`), known free when the window was planned. */
  readonly key: string;
  readonly columns: MailColumns;
  readonly proposal: AntennaProposal | null;
  /** The raw message in the file store (written while the previous window committed). */
  readonly stored: StoredFile;
}

/**
 * New persons' messages of one window, each opening its request, committed in ONE transaction:
 * citizens, requests with their contacts and events (one reference allocation, one statement),
 * attachments, the messages and their acknowledgements' rows, in multi-row inserts. The send jobs are enqueued in bulk after the commit
 * (a crash in between leaves them queued: the repeatable sweep requeues them). Any error rolls the
 * whole window back; the caller then files its messages one by one.
 */
@Injectable()
export class WindowFiling {
  private readonly logger = new Logger(WindowFiling.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: MailStore,
    private readonly senders: SenderCitizens,
    private readonly writer: RequestWriter,
    private readonly filing: RequestFiling,
    private readonly territory: TerritoryService,
    private readonly acknowledger: Acknowledger,
    private readonly outbound: OutboundMail,
    private readonly bounces: BouncingAddresses,
  ) {}

  /**
   * The work a person's message needs before its window's transaction, none of it reading what
   * that transaction writes: a sweep does it during the previous window's commit.
   */
  async prepare(
    messages: readonly { readonly raw: Buffer; readonly mail: InboundMail }[],
  ): Promise<NewPersonMail[]> {
    const stored = await this.store.storeRawMany(messages.map((message) => message.raw));
    return messages.map((message, index) => ({
      ...message,
      key: messageKeyOf(message.mail),
      columns: mailColumns(message.mail),
      proposal: proposeAntenna(splitQuotedHistory(message.mail.text).latest, this.territory),
      stored: stored[index],
    }));
  }

  async file(
    items: readonly NewPersonMail[],
    mailbox: Mailbox,
    /** Null where an acknowledgement goes, else why none does; awaited last in the transaction. */
    decided: Promise<readonly (string | null)[]> | 'skipped:import',
    /** The senders' holders, read by the caller with its own reads (`SenderCitizens.holders`). */
    holders?: Promise<Map<string, EmailHolder[]>>,
    /** Given, what follows the commit is left in it instead of awaited (`IntakeOptions`). */
    afterCommit?: Promise<void>[],
  ): Promise<IntakeResult[]> {
    const ids = items.map(() => randomUUID());
    const proposals = items.map((item) => item.proposal);
    const stored = items.map((item) => item.stored);
    const columns = items.map((item) => item.columns);
    const senders = await this.senders.plan(
      items.map((item) => ({ from: item.mail.from, postcode: item.proposal?.postcode ?? null })),
      holders,
    );
    const { results, queued } = await this.dataSource.transaction(async (manager) => {
      const who = await this.senders.resolve(senders, manager);
      // Our clock, not the sender's: a back-dated Date header must not make a request overdue.
      const receivedAt = new Date();
      const created = await this.writer.createManyWithContacts(
        items.map((item, index) => ({
          citizenId: who[index].citizenId,
          channel: ContactChannel.Email,
          subject: (item.mail.subject || '(sans objet)').slice(0, 300),
          aidSchemeSlug: mailbox.aidSchemeSlug,
          ...(proposals[index] ? { antennaId: proposals[index].antennaId } : {}),
          receivedAt,
          contact: {
            channel: ContactChannel.Email,
            direction: ContactDirection.Inbound,
            startedAt: item.mail.date ?? new Date(),
            antennaId: proposals[index]?.antennaId ?? null,
            aidSchemeSlug: mailbox.aidSchemeSlug,
            externalRef: `mail:${ids[index]}`,
            details: {
              mailboxId: mailbox.id,
              mailMessageId: ids[index],
              ...(who[index].candidates.length ? { citizenCandidates: who[index].candidates } : {}),
              ...(proposals[index] ? { antennaProposal: proposals[index] } : {}),
            },
          },
        })),
        null,
        manager,
      );
      const requests = created.map((entry) => entry.request);
      const contactIds = created.map((entry) => entry.contactId);
      const acknowledgements = decided === 'skipped:import' ? decided : await decided;
      const attachments: MailAttachmentSummary[][] = [];
      for (const [index, item] of items.entries())
        attachments.push(
          item.mail.attachments.length > 0
            ? await this.filing.attach(requests[index].id, item.mail, manager)
            : [],
        );
      const acks = items.map((item, index) =>
        acknowledgements === 'skipped:import'
          ? null
          : acknowledgements[index] === null
            ? outboundRow(
                this.acknowledger.message({
                  inboundId: ids[index],
                  mail: item.mail,
                  mailbox,
                  request: requests[index],
                  threaded: false,
                }),
              )
            : null,
      );
      const ackRows = acks.flatMap((row) => (row ? [{ ...row, id: randomUUID() }] : []));
      await this.store.insertMany(manager, [
        ...items.map((item, index) => ({
          ...columns[index],
          id: ids[index],
          messageKey: item.key,
          direction: MailDirection.Inbound,
          state: MailState.Filed,
          outcome: MailOutcome.Created,
          mailboxId: mailbox.id,
          rawKey: stored[index].key,
          rawSha256: stored[index].sha256,
          rawSize: stored[index].sizeBytes,
          requestId: requests[index].id,
          contactId: contactIds[index],
          attachments: attachments[index],
          acknowledgement:
            acknowledgements === 'skipped:import'
              ? 'skipped:import'
              : (acknowledgements[index] ?? 'sent'),
        })),
        ...ackRows,
      ]);
      return {
        queued: ackRows.map((row) => row.id),
        results: items.map((_, index): IntakeResult => ({
          outcome: 'created',
          mailMessageId: ids[index],
          reference: requests[index].reference,
          reason: null,
        })),
      };
    });
    const after = Promise.all([
      // Committed: a lost enqueue only delays them until the repeatable sweep requeues them.
      this.outbound
        .enqueueMany(queued)
        .catch((error: Error) =>
          this.logger.warn(
            { mailbox: mailbox.id, err: error.message },
            'acknowledgements stranded',
          ),
        ),
      // The citizens write from them: addresses that bounced receive mail again. A failure here
      // only leaves a flag up.
      this.bounces
        .clear(items.flatMap((item) => (item.mail.from ? [item.mail.from.address] : [])))
        .catch((error: Error) =>
          this.logger.warn({ mailbox: mailbox.id, err: error.message }, 'bounce flags not cleared'),
        ),
    ]).then(() => undefined);
    if (afterCommit) afterCommit.push(after);
    else await after;
    return results;
  }
}
