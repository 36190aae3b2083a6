import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import type { AuditEvent } from './audit-event';

export interface AuditQuery {
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly actorUserId?: string;
  readonly limit?: number;
}

@Injectable()
export class AuditLogService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Pass the caller's transaction manager when the audited change must commit with its entry. */
  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repository.insert({
      action: event.action,
      resourceType: event.resourceType,
      resourceId: event.resourceId ?? null,
      actorUserId: event.actor.userId,
      actorRole: event.actor.role,
      ipAddress: event.origin?.ipAddress ?? null,
      userAgent: event.origin?.userAgent?.slice(0, 512) ?? null,
      requestId: event.origin?.requestId ?? null,
      details: (event.details ?? {}) as object,
    });
  }

  find(query: AuditQuery): Promise<AuditEntry[]> {
    return this.entries.find({
      where: {
        ...(query.resourceType ? { resourceType: query.resourceType } : {}),
        ...(query.resourceId ? { resourceId: query.resourceId } : {}),
        ...(query.actorUserId ? { actorUserId: query.actorUserId } : {}),
      },
      order: { id: 'DESC' },
      take: Math.min(query.limit ?? 100, 1000),
    });
  }
}
