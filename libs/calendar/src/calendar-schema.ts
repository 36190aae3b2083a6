import type { SchemaPart } from '@gru/database';
import { AntennaClosure } from './antenna-closure.entity';

/** `antenna_closures` was created by the requests library's first migration, before the split. */
export const CALENDAR_SCHEMA: SchemaPart = { owner: 'calendar', entities: [AntennaClosure], migrations: [] };
