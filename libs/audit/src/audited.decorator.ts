import { SetMetadata } from '@nestjs/common';
import type { AuditAction } from './audit-action';

export const AUDITED_METADATA = 'gru:audited';

export interface AuditedOptions {
  readonly action: AuditAction;
  readonly resourceType: string;
  /** Route parameter holding the resource id; omitted for list endpoints. */
  readonly idParam?: string;
  /** Lists and searches: the citizens the response shows, recorded with the query that found them. */
  readonly citizensOf?: (body: unknown) => readonly (string | null | undefined)[];
}

/**
 * Marks a route whose successful response is an audited access. The response is only sent once the
 * audit entry is written: a read that cannot be audited does not happen. A Server-Sent Events route
 * is audited when its stream opens, before its first event.
 */
export const Audited = (options: AuditedOptions) => SetMetadata(AUDITED_METADATA, options);
