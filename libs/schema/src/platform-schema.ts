import { AUDIT_SCHEMA } from '@gru/audit';
import { AUTH_SCHEMA } from '@gru/auth';
import { CALENDAR_SCHEMA } from '@gru/calendar';
import { CITIZENS_SCHEMA } from '@gru/citizens';
import { composeSchema } from '@gru/database';
import { MAILBOXES_SCHEMA } from '@gru/mailboxes';
import { REPORTING_SCHEMA } from '@gru/reporting';
import { REQUESTS_SCHEMA } from '@gru/requests';
import { TERRITORY_SCHEMA } from '@gru/territory';
import { VOICE_SCHEMA } from '@gru/voice';

/**
 * The composition root of the database: every feature library's entities and migrations. The
 * apps, the migration CLI, the tests and the benchmarks all use this one list.
 */
export const PLATFORM_SCHEMA = composeSchema([
  AUDIT_SCHEMA,
  AUTH_SCHEMA,
  TERRITORY_SCHEMA,
  CALENDAR_SCHEMA,
  CITIZENS_SCHEMA,
  REQUESTS_SCHEMA,
  VOICE_SCHEMA,
  MAILBOXES_SCHEMA,
  REPORTING_SCHEMA,
]);
