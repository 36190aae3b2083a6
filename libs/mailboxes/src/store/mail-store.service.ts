import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@gru/database';
import { FileStore, StoredFile } from '@gru/storage';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, LessThan, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { MailDelivery } from '../persistence/mail-delivery.entity';
import { MailMessage, MailState } from '../persistence/mail-message.entity';

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

  /** Many new rows at once in the caller's transaction; a known key fails them all. */
  async insertMany(
    manager: EntityManager,
    rows: readonly (NewMailMessage & { id: string })[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await insertRows(manager, MailMessage, rows as Partial<MailMessage>[]);
  }

  /**
   * Which of these keys are already taken. The window's reads are plain SQL with one array
   * parameter: TypeORM's `In` of 200 values and entity hydration cost more CPU than the query.
   */
  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const found = await this.dataSource.query<{ message_key: string }[]>(
      'SELECT message_key FROM mail_messages WHERE message_key = ANY($1::varchar[])',
      [[...new Set(keys)]],
    );
    return new Set(found.map((row) => row.message_key));
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

  /** Which of these Message-IDs belong to a request (one query for a window). */
  async threadedMessageIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await this.dataSource.query<{ message_key: string }[]>(
      `SELECT message_key FROM mail_messages
       WHERE message_key = ANY($1::varchar[]) AND request_id IS NOT NULL`,
      [[...new Set(ids)].map((id) => `id:${id}`)],
    );
    return new Set(found.map((row) => row.message_key.slice(3)));
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

  /** Outgoing messages still queued since before this instant (their send job may be lost). */
  async queuedBefore(instant: Date, limit = 500): Promise<string[]> {
    const found = await this.messages.find({
      where: { state: MailState.Queued, updatedAt: LessThan(instant) },
      select: { id: true },
      order: { updatedAt: 'ASC' },
      take: limit,
    });
    return found.map((message) => message.id);
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

  /** `storeRaw` for a window: one checksum query, the new contents written concurrently. */
  async storeRawMany(raws: readonly Buffer[]): Promise<StoredFile[]> {
    const sums = raws.map((raw) => createHash('sha256').update(raw).digest('hex'));
    const known = new Map<string, string>();
    if (raws.length > 0) {
      const found = await this.dataSource.query<{ raw_key: string; raw_sha256: string }[]>(
        `SELECT raw_key, raw_sha256 FROM mail_messages
         WHERE raw_sha256 = ANY($1::char(64)[]) AND raw_key IS NOT NULL`,
        [[...new Set(sums)]],
      );
      for (const row of found) known.set(row.raw_sha256, row.raw_key);
    }
    const writing = new Map<string, Promise<StoredFile>>();
    return Promise.all(
      raws.map((raw, index) => {
        const sha256 = sums[index];
        const key = known.get(sha256);
        if (key) return Promise.resolve({ key, sha256, sizeBytes: raw.length });
        let write = writing.get(sha256);
        if (!write) {
          write = this.files.put('mail', raw, sha256);
          writing.set(sha256, write);
        }
        return write;
      }),
    );
  }

  /**
   * Removes those of these raw files no message refers to: a window rolled back after writing
   * them (its messages, filed one by one, wrote their own). Its keys are random and were never
   * handed to anyone else, so an unreferenced one can never be referenced later.
   */
  async removeUnreferenced(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const referenced = await this.messages.find({
      where: { rawKey: In([...new Set(keys)]) },
      select: { rawKey: true },
    });
    const kept = new Set(referenced.map((message) => message.rawKey));
    await Promise.all(
      [...new Set(keys)].filter((key) => !kept.has(key)).map((key) => this.files.remove(key)),
    );
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

  /** The deliveries already recorded among these UIDs of one folder, by UID. */
  async deliveriesOf(
    mailboxId: string,
    folder: string,
    uidValidity: string,
    uids: readonly number[],
  ): Promise<Map<number, string>> {
    if (uids.length === 0) return new Map();
    const found = await this.dataSource.query<{ id: string; uid: string }[]>(
      `SELECT id, uid FROM mail_deliveries
       WHERE mailbox_id = $1 AND folder = $2 AND uid_validity = $3 AND uid = ANY($4::bigint[])`,
      [mailboxId, folder, uidValidity, uids.map(String)],
    );
    return new Map(found.map((row) => [Number(row.uid), row.id]));
  }

  /** `recordDelivery` for a window, in one statement; ids in the order given. */
  async recordDeliveries(
    values: readonly Pick<
      MailDelivery,
      'mailboxId' | 'folder' | 'uidValidity' | 'uid' | 'messageId' | 'duplicate'
    >[],
  ): Promise<string[]> {
    if (values.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO mail_deliveries (mailbox_id, folder, uid_validity, uid, message_id, duplicate)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::bigint[], $4::bigint[], $5::uuid[], $6::boolean[])
       ON CONFLICT (mailbox_id, folder, uid_validity, uid)
         DO UPDATE SET mailbox_id = mail_deliveries.mailbox_id
       RETURNING id`,
      [
        values.map((value) => value.mailboxId),
        values.map((value) => value.folder),
        values.map((value) => value.uidValidity),
        values.map((value) => value.uid),
        values.map((value) => value.messageId),
        values.map((value) => value.duplicate),
      ],
    );
    return rows.map((row) => row.id);
  }

  async markMoved(deliveryIds: readonly string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.dataSource.query(
      'UPDATE mail_deliveries SET moved_at = now() WHERE id = ANY($1::uuid[])',
      [[...deliveryIds]],
    );
  }

  countDeliveries(mailboxId: string): Promise<number> {
    return this.deliveries.countBy({ mailboxId });
  }
}
