import { SetMetadata } from '@nestjs/common';
import type { AuditAction } from './audit-action';

export const AUDITED_METADATA = 'gru:audited';

export interface AuditedOptions {
  readonly action: AuditAction;
  readonly resourceType: string;
  /** Route parameter holding the resource id; omitted for list endpoints. */
  readonly idParam?: string;
}

/**
 * Marks a route whose successful response is an audited access. The response is only sent once the
 * audit entry is written: a read that cannot be audited does not happen.
 */
export const Audited = (options: AuditedOptions) => SetMetadata(AUDITED_METADATA, options);
