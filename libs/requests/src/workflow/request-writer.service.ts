import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDateOf } from '@gru/calendar';
import { CitizenDirectory, ContactChannel } from '@gru/citizens';
import { insertStatement } from '@gru/database';
import {
  DomainException,
  ErrorCode,
  NotFoundException,
  ValidationFailedException,
} from '@gru/errors';
import { DataSource, EntityManager } from 'typeorm';
import { RequestPriority, RequestStatus, SlaState } from '../lifecycle/request-status';
import { Request } from '../persistence/request.entity';
import { allocateReference, allocateReferences } from '../reference/reference-allocator';
import { SlaPolicy } from '../sla/sla-policy.service';
import { Contact } from '../contacts/contact.entity';
import { eventRows, recordEvents, RequestEventType, TimelineEntry } from './request-timeline';
import { RequestEvent } from '../persistence/request-event.entity';
import { NewContact, rowOf } from '../contacts/contact-log.service';
import { randomUUID } from 'node:crypto';
import type { ClosureCalendar } from '@gru/calendar';

export interface NewRequest {
  readonly citizenId: string;
  readonly channel: ContactChannel;
  readonly subject: string;
  readonly aidSchemeSlug?: string | null;
  readonly priority?: RequestPriority;
  /** Defaults to the citizen's antenna of attachment. */
  readonly antennaId?: string | null;
  readonly assigneeUserId?: string | null;
  readonly team?: string | null;
  /** The contact the request comes from, linked in the same transaction. */
  readonly contactId?: string | null;
  readonly receivedAt?: Date;
}

/** A request whose contact is new: both are written together, the contact already linked. */
export interface NewRequestWithContact extends Omit<NewRequest, 'contactId'> {
  /** Its citizen and request are the request's. */
  readonly contact: NewContact;
}

@Injectable()
export class RequestWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly citizens: CitizenDirectory,
    private readonly sla: SlaPolicy,
  ) {}

  async create(input: NewRequest, actorUserId: string | null): Promise<Request> {
    const citizen = await this.citizens.get(input.citizenId);
    const antennaId = input.antennaId !== undefined ? input.antennaId : citizen.antennaId;
    const receivedAt = input.receivedAt ?? new Date();
    const dueAt = await this.sla.dueAt(
      input.channel,
      input.aidSchemeSlug ?? null,
      antennaId,
      receivedAt,
    );
    return this.dataSource.transaction(async (manager) => {
      // The year of the reference is the Paris year: a letter stamped 31 December 23:30 UTC is from January.
      const reference = await allocateReference(
        manager,
        Number(calendarDateOf(receivedAt).slice(0, 4)),
      );
      const request = await manager.save(
        manager.create(Request, {
          reference,
          citizenId: citizen.mergedIntoId ?? citizen.id,
          subject: input.subject.trim(),
          aidSchemeSlug: input.aidSchemeSlug ?? null,
          channel: input.channel,
          status: RequestStatus.New,
          priority: input.priority ?? RequestPriority.Normal,
          antennaId,
          assigneeUserId: input.assigneeUserId ?? null,
          team: input.team ?? null,
          dueAt,
          slaState: SlaState.OnTime,
          createdByUserId: actorUserId,
          resolvedAt: null,
          closedAt: null,
        }),
      );
      const events: TimelineEntry[] = [
        {
          requestId: request.id,
          type: RequestEventType.Created,
          actorUserId,
          after: { reference, status: request.status, antennaId, dueAt: dueAt.toISOString() },
        },
      ];
      if (input.contactId) {
        await this.linkContact(manager, input.contactId, request);
        events.push({
          requestId: request.id,
          type: RequestEventType.ContactLinked,
          actorUserId,
          after: { contactId: input.contactId },
        });
      }
      await recordEvents(manager, events);
      return request;
    });
  }

  /**
   * Many requests in one transaction, the caller's when given (a mailbox window commits all its
   * messages at once): one reference allocation per year, multi-row inserts, the same timeline
   * events and contact checks as `create`.
   */
  async createMany(
    inputs: readonly NewRequest[],
    actorUserId: string | null,
    outer?: EntityManager,
  ): Promise<Request[]> {
    if (inputs.length === 0) return [];
    const work = (manager: EntityManager) => this.insertMany(manager, inputs, actorUserId);
    const created = await (outer ? work(outer) : this.dataSource.transaction(work));
    return created.map((entry) => entry.request);
  }

  /**
   * `createMany` for requests that come with their new contact (a mailbox window): requests,
   * contacts and timeline events in ONE statement, with no link to check or update afterwards.
   */
  async createManyWithContacts(
    inputs: readonly NewRequestWithContact[],
    actorUserId: string | null,
    outer?: EntityManager,
  ): Promise<{ request: Request; contactId: string }[]> {
    if (inputs.length === 0) return [];
    const work = (manager: EntityManager) =>
      this.insertMany(manager, inputs, actorUserId) as Promise<
        { request: Request; contactId: string }[]
      >;
    return outer ? work(outer) : this.dataSource.transaction(work);
  }

  private async insertMany(
    manager: EntityManager,
    inputs: readonly (NewRequest | NewRequestWithContact)[],
    actorUserId: string | null,
  ): Promise<{ request: Request; contactId: string | null }[]> {
    const calendars = new Map<string | null, Promise<ClosureCalendar>>();
    // The antennas given are known before the citizens are read: their calendars are read meanwhile.
    this.sla.prefetch(
      inputs.flatMap((input) => (input.antennaId !== undefined ? [input.antennaId] : [])),
      calendars,
    );
    const citizens = await this.citizens.placements(
      inputs.map((input) => input.citizenId),
      manager,
    );
    // A window's requests share their arrival instant: one due date per channel, scheme and antenna.
    const dueDates = new Map<string, Promise<Date>>();
    const now = new Date();
    const rows = await Promise.all(
      inputs.map(async (input) => {
        const citizen = citizens.get(input.citizenId);
        if (!citizen) throw new NotFoundException('citizen', input.citizenId);
        const antennaId = input.antennaId !== undefined ? input.antennaId : citizen.antennaId;
        const receivedAt = input.receivedAt ?? now;
        const key = [input.channel, input.aidSchemeSlug, antennaId, receivedAt.getTime()].join('|');
        let due = dueDates.get(key);
        if (!due) {
          due = this.sla.dueAt(
            input.channel,
            input.aidSchemeSlug ?? null,
            antennaId,
            receivedAt,
            calendars,
          );
          dueDates.set(key, due);
        }
        const dueAt = await due;
        return {
          input,
          citizen,
          antennaId,
          dueAt,
          year: Number(calendarDateOf(receivedAt).slice(0, 4)),
        };
      }),
    );
    const references = new Map<number, string[]>();
    for (const year of [...new Set(rows.map((row) => row.year))].sort())
      references.set(
        year,
        await allocateReferences(manager, year, rows.filter((row) => row.year === year).length),
      );
    const requests = rows.map((row) =>
      manager.create(Request, {
        // Chosen here: the contacts and events written in the same statement refer to it.
        id: randomUUID(),
        reference: references.get(row.year)!.shift()!,
        citizenId: row.citizen.mergedIntoId ?? row.citizen.id,
        subject: row.input.subject.trim(),
        aidSchemeSlug: row.input.aidSchemeSlug ?? null,
        channel: row.input.channel,
        status: RequestStatus.New,
        priority: row.input.priority ?? RequestPriority.Normal,
        antennaId: row.antennaId,
        assigneeUserId: row.input.assigneeUserId ?? null,
        team: row.input.team ?? null,
        dueAt: row.dueAt,
        slaState: SlaState.OnTime,
        createdByUserId: actorUserId,
        resolvedAt: null,
        closedAt: null,
      }),
    );
    const contacts: Partial<Contact>[] = [];
    const contactIds = rows.map((row, index) => {
      if (!('contact' in row.input)) return row.input.contactId ?? null;
      const id = randomUUID();
      contacts.push({
        ...(rowOf(row.input.contact) as Partial<Contact>),
        id,
        citizenId: requests[index].citizenId,
        requestId: requests[index].id,
      });
      return id;
    });
    const events: TimelineEntry[] = [];
    const links: { contactId: string; request: Request }[] = [];
    requests.forEach((request, index) => {
      events.push({
        requestId: request.id,
        type: RequestEventType.Created,
        actorUserId,
        after: {
          reference: request.reference,
          status: request.status,
          antennaId: request.antennaId,
          dueAt: request.dueAt!.toISOString(),
        },
      });
      const contactId = contactIds[index];
      if (contactId) {
        if (!('contact' in rows[index].input)) links.push({ contactId, request });
        events.push({
          requestId: request.id,
          type: RequestEventType.ContactLinked,
          actorUserId,
          after: { contactId },
        });
      }
    });
    // Requests, new contacts and events in one round trip.
    const parameters: unknown[] = [];
    const parts = [
      `new_requests AS (${insertStatement(manager, Request, requests, ['id', 'created_at', 'updated_at'], parameters)})`,
      ...(contacts.length > 0
        ? [`new_contacts AS (${insertStatement(manager, Contact, contacts, [], parameters)})`]
        : []),
      `new_events AS (${insertStatement(manager, RequestEvent, eventRows(events), [], parameters)})`,
    ];
    const generated = await manager.query<{ id: string; created_at: Date; updated_at: Date }[]>(
      `WITH ${parts.join(', ')} SELECT id, created_at, updated_at FROM new_requests`,
      parameters,
    );
    const byId = new Map(generated.map((row) => [row.id, row]));
    for (const request of requests) {
      request.createdAt = byId.get(request.id)!.created_at;
      request.updatedAt = byId.get(request.id)!.updated_at;
    }
    await this.linkContacts(manager, links);
    return requests.map((request, index) => ({ request, contactId: contactIds[index] }));
  }

  /** `linkContact`'s rules for many contacts in one statement; any refusal refuses them all. */
  private async linkContacts(
    manager: EntityManager,
    links: readonly { contactId: string; request: Request }[],
  ): Promise<void> {
    if (links.length === 0) return;
    // An UPDATE answers [rows, count] through TypeORM's query().
    const [linked] = await manager.query<[{ id: string }[], number]>(
      `UPDATE contacts SET request_id = link.request_id, citizen_id = link.citizen_id
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS link(contact_id, request_id, citizen_id)
       WHERE contacts.id = link.contact_id AND contacts.request_id IS NULL
         AND (contacts.citizen_id IS NULL OR contacts.citizen_id = link.citizen_id)
       RETURNING contacts.id`,
      [
        links.map((link) => link.contactId),
        links.map((link) => link.request.id),
        links.map((link) => link.request.citizenId),
      ],
    );
    const done = new Set(linked.map((row) => row.id));
    const refused = links.find((link) => !done.has(link.contactId));
    if (refused)
      throw new DomainException(
        ErrorCode.Conflict,
        'Ce contact est introuvable, déjà rattaché à une demande ou celui d’un autre usager.',
        { contactId: refused.contactId },
      );
  }

  /** A request takes over only a contact of its own citizen (or an unidentified one) not yet linked. */
  private async linkContact(
    manager: EntityManager,
    contactId: string,
    request: Request,
  ): Promise<void> {
    const contact = await manager.findOne(Contact, {
      where: { id: contactId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!contact) throw new NotFoundException('contact', contactId);
    if (contact.citizenId !== null && contact.citizenId !== request.citizenId)
      throw new ValidationFailedException([
        {
          field: 'contactId',
          messages: [
            "contactId : ce contact est celui d'un autre usager / the contact is another citizen's",
          ],
        },
      ]);
    if (contact.requestId !== null)
      throw new DomainException(
        ErrorCode.Conflict,
        'Ce contact est déjà rattaché à une autre demande.',
        { contactId },
      );
    await manager.update(
      Contact,
      { id: contactId },
      { requestId: request.id, citizenId: request.citizenId },
    );
  }
}
