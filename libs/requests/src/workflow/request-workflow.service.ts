import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainException,
  ErrorCode,
  NotFoundException,
  ValidationFailedException,
} from '@gru/errors';
import { TerritoryService } from '@gru/territory';
import { DataSource, EntityManager } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { allowedTransitions, canTransition, reasonRequired } from '../lifecycle/request-lifecycle';
import { RequestStatus } from '../lifecycle/request-status';
import { RequestNote } from '../persistence/request-note.entity';
import { Request } from '../persistence/request.entity';
import { RequestTransitionNotAllowed } from './request-transition-not-allowed.exception';
import { recordEvents, RequestEventType } from './request-timeline';

/** Changes to an existing request; each one locks the row and writes its timeline event. */
@Injectable()
export class RequestWorkflow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
  ) {}

  transition(
    id: string,
    to: RequestStatus,
    actorUserId: string | null,
    reason?: string,
  ): Promise<Request> {
    return this.change(id, async (manager, request) => {
      if (!canTransition(request.status, to))
        throw new RequestTransitionNotAllowed(
          request.status,
          to,
          allowedTransitions(request.status),
        );
      if (reasonRequired(request.status, to) && !reason?.trim())
        throw new ValidationFailedException([
          {
            field: 'reason',
            messages: ['reason : un motif est demandé pour ce changement / a reason is required'],
          },
        ]);
      const from = request.status;
      const now = new Date();
      const resolvedAt =
        to === RequestStatus.Resolved
          ? now
          : to === RequestStatus.InProgress
            ? null
            : request.resolvedAt;
      const closedAt = to === RequestStatus.Closed ? now : request.closedAt;
      await manager.update(Request, id, { status: to, resolvedAt, closedAt });
      await recordEvents(manager, [
        {
          requestId: id,
          type: RequestEventType.StatusChanged,
          actorUserId,
          before: { status: from },
          after: { status: to },
          reason,
        },
      ]);
    });
  }

  assign(id: string, assigneeUserId: string | null, actorUserId: string | null): Promise<Request> {
    return this.change(id, async (manager, request) => {
      await manager.update(Request, id, { assigneeUserId });
      await recordEvents(manager, [
        {
          requestId: id,
          type: RequestEventType.Assigned,
          actorUserId,
          before: { assigneeUserId: request.assigneeUserId },
          after: { assigneeUserId },
        },
      ]);
    });
  }

  /** Another antenna takes the request over; the reason is mandatory and kept in the timeline. */
  transfer(
    id: string,
    antennaId: string,
    reason: string,
    actorUserId: string | null,
  ): Promise<Request> {
    if (!reason.trim())
      throw new ValidationFailedException([
        {
          field: 'reason',
          messages: ['reason : motif du transfert obligatoire / a reason is required'],
        },
      ]);
    if (!this.territory.index.antenna(antennaId)) {
      throw new ValidationFailedException([
        {
          field: 'antennaId',
          messages: [`antennaId : antenne inconnue (${antennaId}) / unknown antenna`],
        },
      ]);
    }
    return this.change(id, async (manager, request) => {
      await manager.update(Request, id, { antennaId, assigneeUserId: null });
      await recordEvents(manager, [
        {
          requestId: id,
          type: RequestEventType.Transferred,
          actorUserId,
          before: { antennaId: request.antennaId, assigneeUserId: request.assigneeUserId },
          after: { antennaId },
          reason,
        },
      ]);
    });
  }

  /**
   * A channel files one more contact of the citizen on an existing request (a reply by email).
   * Idempotent: a contact already on this request changes nothing.
   */
  async linkContact(id: string, contactId: string, actorUserId: string | null): Promise<void> {
    await this.change(id, async (manager, request) => {
      const contact = await manager.findOne(Contact, {
        where: { id: contactId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!contact) throw new NotFoundException('contact', contactId);
      if (contact.requestId === id) return;
      if (contact.requestId !== null)
        throw new DomainException(
          ErrorCode.Conflict,
          'Ce contact est déjà rattaché à une autre demande.',
          { contactId },
        );
      await manager.update(Contact, contactId, { requestId: id, citizenId: request.citizenId });
      await recordEvents(manager, [
        { requestId: id, type: RequestEventType.ContactLinked, actorUserId, after: { contactId } },
      ]);
    });
  }

  async addNote(id: string, body: string, actorUserId: string | null): Promise<RequestNote> {
    let note: RequestNote | undefined;
    await this.change(id, async (manager) => {
      note = await manager.save(
        manager.create(RequestNote, { requestId: id, authorUserId: actorUserId, body }),
      );
      await recordEvents(manager, [
        {
          requestId: id,
          type: RequestEventType.NoteAdded,
          actorUserId,
          after: { noteId: note.id },
        },
      ]);
    });
    return note as RequestNote;
  }

  private change(
    id: string,
    apply: (manager: EntityManager, request: Request) => Promise<void>,
  ): Promise<Request> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(Request, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw new NotFoundException('request', id);
      await apply(manager, request);
      return manager.findOneOrFail(Request, { where: { id } });
    });
  }
}
