import { randomBytes } from 'node:crypto';
import { BenchApi, startBenchApi } from './bench-api';

/** The base URL Twilio would call: the webhooks are signed over it, whatever port the app got. */
export const VOICE_PUBLIC_BASE_URL = 'http://127.0.0.1:3000';

export interface VoiceBenchApi extends BenchApi {
  /** The auth token the API checks X-Twilio-Signature against. */
  readonly twilioAuthToken: string;
}

/**
 * The bench API with what the voice webhooks need: a known auth token, `VOICE_OPENING=always`
 * and the public URL signatures are computed over. No account SID: nothing can reach Twilio.
 */
export async function startVoiceBenchApi(): Promise<VoiceBenchApi> {
  const twilioAuthToken = randomBytes(16).toString('hex');
  const api = await startBenchApi({
    env: {
      TWILIO_AUTH_TOKEN: twilioAuthToken,
      VOICE_OPENING: 'always',
      PUBLIC_BASE_URL: VOICE_PUBLIC_BASE_URL,
    },
  });
  return { ...api, twilioAuthToken };
}
