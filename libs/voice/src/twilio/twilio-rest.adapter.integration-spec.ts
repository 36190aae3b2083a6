import type { AppConfig } from '@gru/config';
import { startTwilioDouble, TwilioDouble } from '@gru/testing';
import { TwilioRestAdapter } from './twilio-rest.adapter';

const ACCOUNT = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'test-twilio-auth-token-0123456789';

function adapterFor(double: TwilioDouble, token = TOKEN): TwilioRestAdapter {
  return new TwilioRestAdapter({
    values: {
      twilio: {
        accountSid: ACCOUNT,
        authToken: token,
        apiBaseUrl: double.url,
        opening: 'schedule',
      },
    },
  } as unknown as AppConfig);
}

describe('TwilioRestAdapter against the local Twilio double', () => {
  let double: TwilioDouble;

  beforeAll(async () => {
    double = await startTwilioDouble(ACCOUNT, TOKEN);
  });

  afterAll(() => double.close());

  it("redirects a live call with Twilio's form fields and Basic auth", async () => {
    const callSid = 'CA0123456789abcdef0123456789abcdef';
    const result = await adapterFor(double).redirectCall(
      callSid,
      'https://gru.example/voice/connect-agent?agent=u1',
    );
    expect(result).toEqual({ sid: callSid, status: 'in-progress' });
    expect(double.requests.at(-1)).toEqual({
      method: 'POST',
      path: `/2010-04-01/Accounts/${ACCOUNT}/Calls/${callSid}.json`,
      form: { Url: 'https://gru.example/voice/connect-agent?agent=u1', Method: 'POST' },
    });
  });

  it('places an outbound call with status callbacks for every event', async () => {
    const placed = await adapterFor(double).placeCall({
      to: 'client:agent-1',
      from: '+33800000000',
      url: 'https://gru.example/voice/callback',
      statusCallback: 'https://gru.example/voice/status',
    });
    expect(placed.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(double.requests.at(-1)?.form).toMatchObject({
      To: 'client:agent-1',
      From: '+33800000000',
      StatusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    });
  });

  it("surfaces Twilio's authentication error", async () => {
    await expect(
      adapterFor(double, 'wrong-token-0123456789').redirectCall(
        'CA0123456789abcdef0123456789abcdef',
        'https://x/y',
      ),
    ).rejects.toMatchObject({ status: 401, code: 20003 });
  });
});
