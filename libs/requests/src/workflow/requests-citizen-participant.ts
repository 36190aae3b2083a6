import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@gru/auth';
import { CitizenRecordParticipant, CitizenRecordParticipants } from '@gru/citizens';
import { FileStore } from '@gru/storage';
import { DataSource, EntityManager, In } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { AttachmentDto } from '../attachments/attachment.dto';
import { RequestAttachment } from '../persistence/request-attachment.entity';
import { RequestMessage } from '../persistence/request-message.entity';
import { RequestNote } from '../persistence/request-note.entity';
import { Request } from '../persistence/request.entity';
import { recordEvents, RequestEventType } from './request-timeline';

const ANONYMISED = '[anonymisé]';

/**
 * Requests and contacts follow their citizen through merges, undoing, anonymisation and exports.
 * Moved ids are prefixed (`request:`/`contact:`) so one list can put both back.
 */
@Injectable()
export class RequestsCitizenParticipant implements CitizenRecordParticipant, OnModuleInit {
  readonly name = 'requests';

  constructor(
    private readonly registry: CitizenRecordParticipants,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FileStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async moveToCitizen(
    manager: EntityManager,
    fromCitizenId: string,
    toCitizenId: string,
  ): Promise<string[]> {
    const requests = await manager.find(Request, {
      where: { citizenId: fromCitizenId },
      select: { id: true },
    });
    const contacts = await manager.find(Contact, {
      where: { citizenId: fromCitizenId },
      select: { id: true },
    });
    await manager.update(Request, { citizenId: fromCitizenId }, { citizenId: toCitizenId });
    await manager.update(Contact, { citizenId: fromCitizenId }, { citizenId: toCitizenId });
    await recordEvents(
      manager,
      requests.map((request) => ({
        requestId: request.id,
        type: RequestEventType.CitizenMerged,
        actorUserId: null,
        before: { citizenId: fromCitizenId },
        after: { citizenId: toCitizenId },
      })),
    );
    return [
      ...requests.map((request) => `request:${request.id}`),
      ...contacts.map((contact) => `contact:${contact.id}`),
    ];
  }

  async moveBack(manager: EntityManager, ids: string[], toCitizenId: string): Promise<void> {
    const requestIds = ids
      .filter((id) => id.startsWith('request:'))
      .map((id) => id.slice('request:'.length));
    const contactIds = ids
      .filter((id) => id.startsWith('contact:'))
      .map((id) => id.slice('contact:'.length));
    if (requestIds.length > 0)
      await manager.update(Request, { id: In(requestIds) }, { citizenId: toCitizenId });
    if (contactIds.length > 0)
      await manager.update(Contact, { id: In(contactIds) }, { citizenId: toCitizenId });
    await recordEvents(
      manager,
      requestIds.map((requestId) => ({
        requestId,
        type: RequestEventType.CitizenUnmerged,
        actorUserId: null,
        after: { citizenId: toCitizenId },
      })),
    );
  }

  /** Free text may name the person: it goes; what statistics count (channel, antenna, dates, outcome) stays. */
  async anonymise(manager: EntityManager, citizenId: string): Promise<void> {
    const requests = await manager.find(Request, { where: { citizenId }, select: { id: true } });
    const requestIds = requests.map((request) => request.id);
    await manager.update(Request, { citizenId }, { subject: ANONYMISED });
    if (requestIds.length > 0) {
      await manager.update(RequestNote, { requestId: In(requestIds) }, { body: ANONYMISED });
      await manager.query(
        `UPDATE request_events SET reason = NULL WHERE request_id = ANY($1) AND reason IS NOT NULL`,
        [requestIds],
      );
      await manager.update(
        RequestMessage,
        { requestId: In(requestIds) },
        { recipient: ANONYMISED, subject: ANONYMISED, body: ANONYMISED },
      );
      // Documents are personal data through and through: they go, files included. Files go before
      // the commit: a rollback after this point would leave rows without files, never files without rows.
      const attachments = await manager.find(RequestAttachment, {
        where: { requestId: In(requestIds) },
      });
      await manager.delete(RequestAttachment, { requestId: In(requestIds) });
      for (const attachment of attachments) await this.files.remove(attachment.storageKey);
    }
    await manager.update(Contact, { citizenId }, { details: {} });
    await recordEvents(
      manager,
      requestIds.map((requestId) => ({
        requestId,
        type: RequestEventType.Anonymised,
        actorUserId: null,
      })),
    );
  }

  async exportFor(citizenId: string): Promise<unknown> {
    const requests = await this.dataSource
      .getRepository(Request)
      .find({ where: { citizenId }, order: { createdAt: 'ASC' } });
    const requestIds = requests.map((request) => request.id);
    const byRequest = { where: { requestId: In(requestIds) } };
    const [notes, messages, attachments] =
      requestIds.length > 0
        ? await Promise.all([
            this.dataSource.getRepository(RequestNote).find(byRequest),
            this.dataSource.getRepository(RequestMessage).find(byRequest),
            this.dataSource.getRepository(RequestAttachment).find(byRequest),
          ])
        : [[], [], []];
    const contacts = await this.dataSource
      .getRepository(Contact)
      .find({ where: { citizenId }, order: { startedAt: 'ASC' } });
    return {
      requests: requests.map((request) => ({
        ...request,
        notes: notes.filter((note) => note.requestId === request.id),
        messages: messages.filter((message) => message.requestId === request.id),
        attachments: attachments
          .filter((attachment) => attachment.requestId === request.id)
          .map((attachment) => AttachmentDto.from(attachment)),
      })),
      contacts,
    };
  }

  async grantsAccess(user: AuthenticatedUser, citizenId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(Request)
      .exists({ where: { citizenId, assigneeUserId: user.id } });
  }
}
