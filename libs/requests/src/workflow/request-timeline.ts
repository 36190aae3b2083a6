import type { EntityManager } from 'typeorm';
import { insertRows } from '@gru/database';
import { RequestEvent } from '../persistence/request-event.entity';

export enum RequestEventType {
  Created = 'created',
  StatusChanged = 'status-changed',
  Assigned = 'assigned',
  Transferred = 'transferred',
  NoteAdded = 'note-added',
  ContactLinked = 'contact-linked',
  SlaFlagged = 'sla-flagged',
  CitizenMerged = 'citizen-merged',
  CitizenUnmerged = 'citizen-unmerged',
  Anonymised = 'anonymised',
  AttachmentAdded = 'attachment-added',
  MessageQueued = 'message-queued',
  MessageSent = 'message-sent',
  MessageFailed = 'message-failed',
}

export interface TimelineEntry {
  readonly requestId: string;
  readonly type: RequestEventType;
  readonly actorUserId: string | null;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
  readonly reason?: string | null;
}

/** Every change of a request writes one event in the same transaction as the change. */
export async function recordEvents(
  manager: EntityManager,
  entries: TimelineEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await insertRows(manager, RequestEvent, eventRows(entries));
}

export function eventRows(entries: readonly TimelineEntry[]): Partial<RequestEvent>[] {
  return entries.map((entry) => ({
    requestId: entry.requestId,
    type: entry.type,
    actorUserId: entry.actorUserId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  }));
}
