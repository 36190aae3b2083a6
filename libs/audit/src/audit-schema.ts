import type { SchemaPart } from '@gru/database';
import { AuditEntry } from './audit-entry.entity';
import { AuditRetention1796070000000 } from './migrations/1796070000000-audit-retention';

/**
 * `audit_entries` and its append-only trigger were created by the auth library's first migration;
 * this library's own migrations come after it.
 */
export const AUDIT_SCHEMA: SchemaPart = {
  owner: 'audit',
  entities: [AuditEntry],
  migrations: [AuditRetention1796070000000],
};
