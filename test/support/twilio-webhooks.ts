import { expectedTwilioSignature } from '@gru/voice';
import type { TestApi } from './test-api';

/** Posts a webhook exactly as Twilio does: form-encoded, signed over the public URL and the fields. */
export function twilioPost(
  api: TestApi,
  path: string,
  fields: Record<string, string>,
  options: { signature?: string | null } = {},
) {
  const url = `${api.config.http.publicBaseUrl}${path}`;
  const body = {
    AccountSid: 'AC00000000000000000000000000000000',
    ApiVersion: '2010-04-01',
    Direction: 'inbound',
    To: '+33800000000',
    CallStatus: 'in-progress',
    ...fields,
  };
  const signature =
    options.signature === undefined
      ? expectedTwilioSignature(api.config.twilio.authToken as string, url, body)
      : options.signature;
  const request = api.http().post(path).type('form').send(body);
  return signature === null ? request : request.set('X-Twilio-Signature', signature);
}

let sequence = 0;
export function newCallSid(): string {
  sequence += 1;
  return `CA${Date.now().toString(16)}${String(sequence).padStart(6, '0')}`
    .padEnd(34, '0')
    .slice(0, 34);
}
