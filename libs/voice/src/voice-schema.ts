import type { SchemaPart } from '@gru/database';
import { VoiceAgent } from './agents/voice-agent.entity';
import { VoiceAgents1795443723629 } from './migrations/1795443723629-voice-agents';
import { PresencePeriods1796047573611 } from './migrations/1796047573611-presence-periods';
import { PresencePeriod } from './presence/presence-period.entity';

export const VOICE_SCHEMA: SchemaPart = {
  owner: 'voice',
  entities: [VoiceAgent, PresencePeriod],
  migrations: [VoiceAgents1795443723629, PresencePeriods1796047573611],
};
