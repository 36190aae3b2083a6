import { AuditEntry } from '@gru/audit';
import { RefreshToken, User } from '@gru/auth';
import { AntennaClosure } from '@gru/calendar';
import { Citizen, CitizenMerge } from '@gru/citizens';
import { REQUEST_ENTITIES } from '@gru/requests';
import { TERRITORY_ENTITIES } from '@gru/territory';
import { VoiceAgent } from '@gru/voice';

/**
 * Every mapped entity, for the one DataSource shared by the apps and the migration CLI. Feature
 * libraries own their entities; this composition root only lists them.
 */
export const ENTITIES = [AuditEntry, User, RefreshToken, ...TERRITORY_ENTITIES, AntennaClosure, Citizen, CitizenMerge, ...REQUEST_ENTITIES, VoiceAgent];
