import type { SchemaPart } from '@gru/database';
import { VoiceAgent } from './agents/voice-agent.entity';
import { VoiceAgents1795443723629 } from './migrations/1795443723629-voice-agents';

export const VOICE_SCHEMA: SchemaPart = {
  owner: 'voice',
  entities: [VoiceAgent],
  migrations: [VoiceAgents1795443723629],
};
