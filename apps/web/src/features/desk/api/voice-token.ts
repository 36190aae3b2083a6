import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';

export type VoiceToken = components['schemas']['VoiceTokenDto'];

/** GET /api/voice/token: the browser softphone's Twilio access token (not cached: it expires). */
export function fetchVoiceToken(): Promise<VoiceToken> {
  return unwrap(api.GET('/api/voice/token'));
}
