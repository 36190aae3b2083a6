import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';

describe('callback choice on the free number, retried by Twilio', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_OPENING: 'always' });
  });

  afterAll(() => api.close());

  const totalCallbackRequests = async (): Promise<number> => {
    const rows: { count: string }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT count(*) AS count FROM requests WHERE subject = 'Rappel demandé depuis le numéro vert'`,
      );
    return Number(rows[0].count);
  };

  const callWaiting = async (from: string): Promise<string> => {
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: from }).expect(200);
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: from,
      Digits: '80000',
    }).expect(200);
    return callSid;
  };

  it('creates one callback for three identical signed posts and answers each the same TwiML', async () => {
    const before = await totalCallbackRequests();
    const callSid = await callWaiting('+33612340001');
    const answers: string[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await twilioPost(api, '/voice/wait-choice', {
        CallSid: callSid,
        From: '+33612340001',
        Digits: '1',
      }).expect(200);
      answers.push(response.text);
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain('<Leave/>');
    expect(await totalCallbackRequests()).toBe(before + 1);
  });

  it('creates one callback when the three posts arrive at once', async () => {
    const before = await totalCallbackRequests();
    const callSid = await callWaiting('+33612340002');
    const responses = await Promise.all(
      [0, 1, 2].map(() =>
        twilioPost(api, '/voice/wait-choice', {
          CallSid: callSid,
          From: '+33612340002',
          Digits: '1',
        }).expect(200),
      ),
    );
    expect(new Set(responses.map((response) => response.text)).size).toBe(1);
    expect(await totalCallbackRequests()).toBe(before + 1);
  });
});
