import { CallDispatcher } from '@gru/call-routing';
import { ContactChannel } from '@gru/citizens';
import { ContactFactsReader, ContactLog } from '@gru/requests';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';

const HOUR_MS = 3_600_000;

/**
 * The overflow rate counts calls that left their first routing step. Calls nobody answered
 * (hang-up, callback) must carry the step they reached too, not only answered ones.
 */
describe('numéro vert: the routing step of unanswered calls reaches the contact facts', () => {
  let api: TestApi;
  let contacts: ContactLog;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_OPENING: 'always' });
    contacts = api.app.get(ContactLog);
  });

  afterAll(() => api.close());

  /** A caller from Amiens put in the queue, then moved past its first step. */
  async function overflowedCall(from: string): Promise<string> {
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: from }).expect(200);
    const routed = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: from,
      Digits: '80000',
    }).expect(200);
    expect(routed.text).toContain('<Enqueue');
    // An hour later every step's timeout has passed: the call is at its last step.
    await api.app.get(CallDispatcher).escalate(callSid, new Date(Date.now() + HOUR_MS));
    return callSid;
  }

  const stepOf = async (callSid: string) =>
    (await contacts.findByExternalRef(ContactChannel.Phone, callSid))?.details.step;

  it('records the step reached by abandoned and callback calls, and counts them as overflowed', async () => {
    const started = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS);
    const abandoned = await overflowedCall('+33611000001');
    await twilioPost(api, '/voice/status', {
      CallSid: abandoned,
      CallStatus: 'completed',
      CallDuration: '240',
    }).expect(200);
    const callback = await overflowedCall('+33611000002');
    await twilioPost(api, '/voice/wait-choice', {
      CallSid: callback,
      From: '+33611000002',
      Digits: '1',
    }).expect(200);
    expect(await contacts.findByExternalRef(ContactChannel.Phone, abandoned)).toMatchObject({
      outcome: 'abandoned',
    });
    expect(await contacts.findByExternalRef(ContactChannel.Phone, callback)).toMatchObject({
      outcome: 'callback_scheduled',
    });
    const dispatcher = api.app.get(CallDispatcher);
    for (const callSid of [abandoned, callback]) {
      const routed = await dispatcher.call(callSid);
      expect(routed?.step).toBeGreaterThan(0);
      expect(await stepOf(callSid)).toBe(routed?.step);
    }

    const facts = await api.app
      .get(ContactFactsReader)
      .callHours(started, new Date(Date.now() + HOUR_MS));
    const sum = (field: 'offered' | 'overflowed' | 'abandoned' | 'callbacks') =>
      facts.reduce((total, row) => total + row[field], 0);
    expect({
      offered: sum('offered'),
      overflowed: sum('overflowed'),
      abandoned: sum('abandoned'),
      callbacks: sum('callbacks'),
    }).toEqual({ offered: 2, overflowed: 2, abandoned: 1, callbacks: 1 });
  });
});
