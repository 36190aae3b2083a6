import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ContactChannel } from '@gru/citizens';
import { hasPostgresCode, NotFoundException, PostgresErrorCode } from '@gru/errors';
import { Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Contact } from './contact.entity';
import { ContactDirection, ContactOutcome } from './contact-outcome';
import type { ContactReason } from './contact-reason';

export interface NewContact {
  readonly channel: ContactChannel;
  readonly direction?: ContactDirection;
  readonly citizenId?: string | null;
  readonly requestId?: string | null;
  readonly startedAt?: Date;
  readonly endedAt?: Date | null;
  readonly antennaId?: string | null;
  readonly agentUserId?: string | null;
  readonly aidSchemeSlug?: string | null;
  readonly reasonCode?: ContactReason | null;
  readonly outcome?: ContactOutcome;
  /** The channel's own id (CallSid, Message-ID): a second delivery returns the first contact. */
  readonly externalRef?: string | null;
  readonly details?: Record<string, unknown>;
}

@Injectable()
export class ContactLog {
  constructor(@InjectRepository(Contact) private readonly contacts: Repository<Contact>) {}

  /** Idempotent on (channel, externalRef): `created` is false when this contact was already logged. */
  async record(input: NewContact): Promise<{ contact: Contact; created: boolean }> {
    const values = rowOf(input);
    const inserted = await this.contacts
      .createQueryBuilder()
      .insert()
      .values(values as QueryDeepPartialEntity<Contact>)
      .orIgnore()
      .returning('id')
      .execute()
      .catch((error: unknown) => {
        // contacts_request_fk: the only foreign key of the table.
        if (values.requestId && hasPostgresCode(error, PostgresErrorCode.ForeignKeyViolation))
          throw new NotFoundException('request', values.requestId);
        throw error;
      });
    const insertedId = (inserted.raw as { id: string }[])[0]?.id;
    if (insertedId)
      return { contact: await this.contacts.findOneByOrFail({ id: insertedId }), created: true };
    const existing = await this.contacts.findOneByOrFail({
      channel: input.channel,
      externalRef: input.externalRef ?? undefined,
    });
    return { contact: existing, created: false };
  }

  async get(id: string): Promise<Contact> {
    const contact = await this.contacts.findOne({ where: { id } });
    if (!contact) throw new NotFoundException('contact', id);
    return contact;
  }

  findByExternalRef(channel: ContactChannel, externalRef: string): Promise<Contact | null> {
    return this.contacts.findOne({ where: { channel, externalRef } });
  }

  /** Later facts about a channel's contact (routing, outcome, end); details are merged, not replaced. */
  async updateByExternalRef(
    channel: ContactChannel,
    externalRef: string,
    changes: Partial<
      Pick<
        Contact,
        | 'citizenId'
        | 'requestId'
        | 'antennaId'
        | 'outcome'
        | 'endedAt'
        | 'durationSeconds'
        | 'agentUserId'
        | 'reasonCode'
      >
    > & { details?: Record<string, unknown> },
  ): Promise<void> {
    const { details, ...columns } = changes;
    const query = this.contacts
      .createQueryBuilder()
      .update()
      .where('channel = :channel AND external_ref = :externalRef', { channel, externalRef });
    const set: Record<string, unknown> = { ...columns };
    if (details) {
      set.details = () => 'details || CAST(:mergedDetails AS jsonb)';
      query.setParameter('mergedDetails', JSON.stringify(details));
    }
    await query.set(set).execute();
  }

  /** Latest first; `limit` for a glance (the screen pop), none for the whole timeline. */
  contactsOf(citizenId: string, limit?: number): Promise<Contact[]> {
    return this.contacts.find({ where: { citizenId }, order: { startedAt: 'DESC' }, take: limit });
  }

  /** The knowledge articles the request's contacts were coded with, in the order first used. */
  async articleSlugsOfRequest(requestId: string): Promise<string[]> {
    const rows = await this.contacts.query<{ slug: string }[]>(
      `SELECT used.slug
         FROM contacts c
        CROSS JOIN LATERAL jsonb_array_elements_text(c.details -> 'knowledgeArticleSlugs') AS used(slug)
        WHERE c.request_id = $1 AND jsonb_typeof(c.details -> 'knowledgeArticleSlugs') = 'array'
        GROUP BY used.slug
        ORDER BY min(c.started_at), used.slug`,
      [requestId],
    );
    return rows.map((row) => row.slug);
  }
}

/** A contact's row as `record` writes it (`RequestWriter.createManyWithContacts` too). */
export function rowOf(input: NewContact) {
  const startedAt = input.startedAt ?? new Date();
  const endedAt = input.endedAt ?? null;
  return {
    channel: input.channel,
    direction: input.direction ?? ContactDirection.Inbound,
    citizenId: input.citizenId ?? null,
    requestId: input.requestId ?? null,
    startedAt,
    endedAt,
    durationSeconds: endedAt
      ? Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 1000))
      : null,
    antennaId: input.antennaId ?? null,
    agentUserId: input.agentUserId ?? null,
    aidSchemeSlug: input.aidSchemeSlug ?? null,
    reasonCode: input.reasonCode ?? null,
    outcome: input.outcome ?? ContactOutcome.Pending,
    externalRef: input.externalRef ?? null,
    details: input.details ?? {},
  };
}
