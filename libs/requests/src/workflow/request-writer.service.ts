import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDateOf } from '@gru/calendar';
import { CitizenDirectory, ContactChannel } from '@gru/citizens';
import {
  DomainException,
  ErrorCode,
  NotFoundException,
  ValidationFailedException,
} from '@gru/errors';
import { DataSource, EntityManager } from 'typeorm';
import { RequestPriority, RequestStatus, SlaState } from '../lifecycle/request-status';
import { Request } from '../persistence/request.entity';
import { allocateReference } from '../reference/reference-allocator';
import { SlaPolicy } from '../sla/sla-policy.service';
import { Contact } from '../contacts/contact.entity';
import { recordEvents, RequestEventType, TimelineEntry } from './request-timeline';

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
