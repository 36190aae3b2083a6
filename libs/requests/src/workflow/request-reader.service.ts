import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundException } from '@gru/errors';
import { In, Repository } from 'typeorm';
import { OPEN_STATUSES } from '../lifecycle/request-lifecycle';
import type { RequestStatus } from '../lifecycle/request-status';
import { RequestEvent } from '../persistence/request-event.entity';
import { RequestNote } from '../persistence/request-note.entity';
import { Request } from '../persistence/request.entity';
import { normaliseReference } from '../reference/request-reference';

/** The request list's filters; every one narrows, `visibleTo` keeps an agent within reach. */
export interface RequestListFilter {
  readonly statuses?: readonly RequestStatus[];
  readonly channel?: string;
  readonly aidSchemeSlug?: string;
  readonly citizenId?: string;
  readonly antennaId?: string;
  /** A user id, or null for the unassigned ones. */
  readonly assigneeUserId?: string | null;
  readonly team?: string;
  /** Due at or after this instant. */
  readonly dueFrom?: Date;
  /** Due before this instant. */
  readonly dueUntil?: Date;
  readonly visibleTo?: { antennaId: string | null; userId: string };
  readonly page: number;
  readonly pageSize: number;
}

@Injectable()
export class RequestReader {
  constructor(
    @InjectRepository(Request) private readonly requests: Repository<Request>,
    @InjectRepository(RequestEvent) private readonly events: Repository<RequestEvent>,
    @InjectRepository(RequestNote) private readonly notes: Repository<RequestNote>,
  ) {}

  async get(id: string): Promise<Request> {
    const request = await this.requests.findOne({ where: { id } });
    if (!request) throw new NotFoundException('request', id);
    return request;
  }

  findByReference(reference: string): Promise<Request | null> {
    return this.requests.findOne({ where: { reference: normaliseReference(reference) } });
  }

  /** A page of requests, soonest due first (undated last), then oldest created. */
  async list(filter: RequestListFilter): Promise<{ items: Request[]; total: number }> {
    const query = this.requests
      .createQueryBuilder('request')
      .where('request.status IN (:...statuses)', { statuses: filter.statuses ?? OPEN_STATUSES })
      .orderBy('request.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('request.created_at', 'ASC')
      .addOrderBy('request.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize);
    if (filter.channel) query.andWhere('request.channel = :channel', { channel: filter.channel });
    if (filter.aidSchemeSlug)
      query.andWhere('request.aid_scheme_slug = :scheme', { scheme: filter.aidSchemeSlug });
    if (filter.citizenId)
      query.andWhere('request.citizen_id = :citizenId', { citizenId: filter.citizenId });
    if (filter.antennaId)
      query.andWhere('request.antenna_id = :antennaId', { antennaId: filter.antennaId });
    if (filter.assigneeUserId === null) query.andWhere('request.assignee_user_id IS NULL');
    else if (filter.assigneeUserId)
      query.andWhere('request.assignee_user_id = :assignee', { assignee: filter.assigneeUserId });
    if (filter.team) query.andWhere('request.team = :team', { team: filter.team });
    if (filter.dueFrom) query.andWhere('request.due_at >= :dueFrom', { dueFrom: filter.dueFrom });
    if (filter.dueUntil)
      query.andWhere('request.due_at < :dueUntil', { dueUntil: filter.dueUntil });
    if (filter.visibleTo)
      query.andWhere(
        '(request.antenna_id = :visibleAntenna OR request.assignee_user_id = :visibleUser)',
        {
          visibleAntenna: filter.visibleTo.antennaId ?? '',
          visibleUser: filter.visibleTo.userId,
        },
      );
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  /** Open requests with a callback promised (asked on the free number, or scheduled when coding a contact), for an antenna's callback desk. */
  callbacks(antennaId: string | null, limit = 100): Promise<Request[]> {
    const query = this.requests
      .createQueryBuilder('request')
      .where('request.status IN (:...statuses)', { statuses: OPEN_STATUSES })
      .andWhere(
        `EXISTS (SELECT 1 FROM contacts k WHERE k.request_id = request.id AND (k.reason_code = 'callback' OR k.outcome = 'callback_scheduled'))`,
      )
      .orderBy('request.due_at', 'ASC', 'NULLS LAST')
      .limit(Math.min(limit, 200));
    if (antennaId) query.andWhere('request.antenna_id = :antennaId', { antennaId });
    return query.getMany();
  }

  openRequestsOf(citizenIds: readonly string[]): Promise<Request[]> {
    if (citizenIds.length === 0) return Promise.resolve([]);
    return this.requests.find({
      where: { citizenId: In([...citizenIds]), status: In([...OPEN_STATUSES]) },
      order: { createdAt: 'DESC' },
    });
  }

  requestsOf(citizenId: string): Promise<Request[]> {
    return this.requests.find({ where: { citizenId }, order: { createdAt: 'DESC' } });
  }

  timeline(requestId: string): Promise<RequestEvent[]> {
    return this.events.find({ where: { requestId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  notesOf(requestId: string): Promise<RequestNote[]> {
    return this.notes.find({ where: { requestId }, order: { createdAt: 'ASC' } });
  }
}
