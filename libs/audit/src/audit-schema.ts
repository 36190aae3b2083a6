import type { SchemaPart } from '@gru/database';
import { AuditEntry } from './audit-entry.entity';

/** `audit_entries` and its append-only trigger were created by the auth library's first migration. */
export const AUDIT_SCHEMA: SchemaPart = { owner: 'audit', entities: [AuditEntry], migrations: [] };
