import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FileStore, StoredFile } from '@gru/storage';
import { createHash } from 'node:crypto';
import { DataSource, In, IsNull, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MailDelivery } from '../persistence/mail-delivery.entity';
import { MailMessage } from '../persistence/mail-message.entity';

export type NewMailMessage = Omit<
  QueryDeepPartialEntity<MailMessage>,
  'id' | 'createdAt' | 'updatedAt'
> & { messageKey: string };

/** The mail tables and the raw messages' files. */
@Injectable()
export class MailStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FileStore,
  ) {}

  private get messages() {
    return this.dataSource.getRepository(MailMessage);
  }

  private get deliveries() {
    return this.dataSource.getRepository(MailDelivery);
  }

  /** Inserts unless the key is known: `fresh` false hands back the message already there. */
  async claim(values: NewMailMessage): Promise<{ message: MailMessage; fresh: boolean }> {
    const inserted = await this.messages
      .createQueryBuilder()
      .insert()
      .values(values)
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    // A fresh row is what we just wrote: no need to read it back.
    if (id)
      return {
        message: this.messages.create({
          requestId: null,
          contactId: null,
          acknowledgement: null,
          outcome: null,
          ...(values as Partial<MailMessage>),
          id,
        }),
        fresh: true,
      };
    return {
      message: await this.messages.findOneByOrFail({ messageKey: values.messageKey }),
      fresh: false,
    };
  }

  get(id: string): Promise<MailMessage | null> {
    return this.messages.findOneBy({ id });
  }

  byKey(messageKey: string): Promise<MailMessage | null> {
    return this.messages.findOneBy({ messageKey });
  }

  async update(id: string, changes: QueryDeepPartialEntity<MailMessage>): Promise<void> {
    await this.messages.update(id, changes);
  }

  /** Moves a message from one state to another only if it is still in the first (one winner). */
  async transition(
    id: string,
    from: MailMessage['state'],
    changes: QueryDeepPartialEntity<MailMessage>,
  ): Promise<boolean> {
    const result = await this.messages.update({ id, state: from }, changes);
    return (result.affected ?? 0) > 0;
  }

  /** The most recent of these Message-IDs that belongs to a request. */
  async requestOfMessageIds(ids: readonly string[]): Promise<string | null> {
    if (ids.length === 0) return null;
    const found = await this.messages.find({
      where: { messageKey: In(ids.map((id) => `id:${id}`)), requestId: Not(IsNull()) },
      select: { messageKey: true, requestId: true },
    });
    for (const id of ids) {
      const match = found.find((message) => message.messageKey === `id:${id}`);
      if (match?.requestId) return match.requestId;
    }
    return null;
  }

  thread(requestId: string): Promise<MailMessage[]> {
    return this.messages.find({ where: { requestId }, order: { createdAt: 'ASC' } });
  }

  inState(state: MailMessage['state'], limit = 200): Promise<MailMessage[]> {
    return this.messages.find({ where: { state }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** Content-addressed: the same bytes (a message in two mailboxes, a re-import) are stored once. */
  async storeRaw(raw: Buffer): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(raw).digest('hex');
    const existing = await this.messages.findOne({
      where: { rawSha256: sha256, rawKey: Not(IsNull()) },
      select: { rawKey: true },
    });
    if (existing?.rawKey) return { key: existing.rawKey, sha256, sizeBytes: raw.length };
    return this.files.put('mail', raw);
  }

  readRaw(key: string): Promise<Buffer> {
    return this.files.read(key);
  }

  delivery(
    mailboxId: string,
    folder: string,
    uidValidity: string,
    uid: string,
  ): Promise<MailDelivery | null> {
    return this.deliveries.findOneBy({ mailboxId, folder, uidValidity, uid });
  }

  /** Idempotent on the server copy's identity. */
  async recordDelivery(
    values: Pick<
      MailDelivery,
      'mailboxId' | 'folder' | 'uidValidity' | 'uid' | 'messageId' | 'duplicate'
    >,
  ): Promise<{ id: string }> {
    const inserted = await this.deliveries
      .createQueryBuilder()
      .insert()
      .values({ ...values, movedAt: null })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) return { id };
    return this.deliveries.findOneByOrFail({
      mailboxId: values.mailboxId,
      folder: values.folder,
      uidValidity: values.uidValidity,
      uid: values.uid,
    });
  }

  async markMoved(deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.deliveries.update({ id: In([...deliveryIds]) }, { movedAt: new Date() });
  }

  countDeliveries(mailboxId: string): Promise<number> {
    return this.deliveries.countBy({ mailboxId });
  }
}
