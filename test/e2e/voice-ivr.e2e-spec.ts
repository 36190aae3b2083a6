import { AuditLogService } from '@gru/audit';
import { Role } from '@gru/auth';
import { ContactLog } from '@gru/requests';
import { ContactChannel } from '@gru/citizens';
import { startTestApi, TestApi } from '../support/test-api';
import { newCallSid, twilioPost } from '../support/twilio-webhooks';

const CALLER = '+33612345678';

describe('numéro vert IVR (signed Twilio webhooks)', () => {
  let api: TestApi;
  let contacts: ContactLog;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_OPENING: 'always' });
    contacts = api.app.get(ContactLog);
  });

  afterAll(() => api.close());

  it('refuses a forged or missing signature with 403 and audits it', async () => {
    const callSid = newCallSid();
    await twilioPost(
      api,
      '/voice/incoming',
      { CallSid: callSid, From: CALLER },
      { signature: 'bm90LWEtc2lnbmF0dXJl' },
    ).expect(403);
    await twilioPost(
      api,
      '/voice/incoming',
      { CallSid: callSid, From: CALLER },
      { signature: null },
    ).expect(403);
    const entries = await api.app
      .get(AuditLogService)
      .find({ resourceType: 'twilio-webhook', resourceId: callSid });
    expect(entries.map((entry) => entry.action)).toEqual([
      'signature-rejected',
      'signature-rejected',
    ]);
    expect(await contacts.findByExternalRef(ContactChannel.Phone, callSid)).toBeNull();
  });

  it('welcomes an unknown caller and asks for five digits; a Twilio retry logs the call once', async () => {
    const callSid = newCallSid();
    const first = await twilioPost(api, '/voice/incoming', {
      CallSid: callSid,
      From: '+33699999999',
    }).expect(200);
    expect(first.headers['content-type']).toContain('text/xml');
    expect(first.text).toContain('<Gather input="dtmf" numDigits="5"');
    expect(first.text).toContain(
      `action="${api.config.http.publicBaseUrl}/voice/postcode?attempt=1"`,
    );
    expect(first.text).toContain('tapez les cinq chiffres de votre code postal');
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: '+33699999999' }).expect(
      200,
    );
    const contact = await contacts.findByExternalRef(ContactChannel.Phone, callSid);
    expect(contact).toMatchObject({ channel: 'phone', outcome: 'pending' });
  });

  it('routes a postcode to its antenna, the headquarters area to the mobile team, elsewhere to the regional pool', async () => {
    const amiens = newCallSid();
    const routed = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: amiens,
      From: CALLER,
      Digits: '80000',
    }).expect(200);
    expect(routed.text).toContain('<Enqueue');
    expect(routed.text).toContain('>gru-amiens</Enqueue>');
    expect(routed.text).toContain("Nous vous mettons en relation avec l'antenne d'Amiens.");

    const lille = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: newCallSid(),
      Digits: '59000',
    }).expect(200);
    expect(lille.text).toContain('>gru-equipe-mobile</Enqueue>');

    const paris = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: newCallSid(),
      Digits: '75001',
    }).expect(200);
    expect(paris.text).toContain("n'est pas situé en Hauts-de-France");
    expect(paris.text).toContain('>gru-region</Enqueue>');
  });

  it('asks, never guesses, when a postcode spans two antennas, naming the communes that make the difference', async () => {
    const callSid = newCallSid();
    const question = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      Digits: '02000',
    }).expect(200);
    expect(question.text).toContain('<Gather input="dtmf" numDigits="1"');
    expect(question.text).toContain(
      'Si vous habitez Chavignon, Pargny-et-Filain ou Monampteuil, tapez 2.',
    );
    expect(question.text).toContain('Pour toute autre commune, tapez 1.');
    const chosen = await twilioPost(api, '/voice/commune?postcode=02000&attempt=1', {
      CallSid: callSid,
      Digits: '2',
    }).expect(200);
    expect(chosen.text).toContain('>gru-soissons</Enqueue>');
    const other = await twilioPost(api, '/voice/commune?postcode=02000&attempt=1', {
      CallSid: newCallSid(),
      Digits: '1',
    }).expect(200);
    expect(other.text).toContain('>gru-laon</Enqueue>');
  });

  it('re-asks after bad digits and sends the caller to the regional pool after three failures', async () => {
    const callSid = newCallSid();
    const again = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      Digits: '8010',
    }).expect(200);
    expect(again.text).toContain("Nous n'avons pas compris votre code postal.");
    expect(again.text).toContain('/voice/postcode?attempt=2');
    await twilioPost(api, '/voice/postcode?attempt=2', { CallSid: callSid, Digits: '' }).expect(
      200,
    );
    const pooled = await twilioPost(api, '/voice/postcode?attempt=3', {
      CallSid: callSid,
      Digits: '*#',
    }).expect(200);
    expect(pooled.text).toContain('>gru-region</Enqueue>');
    const wrongChoice = await twilioPost(api, '/voice/commune?postcode=02000&attempt=3', {
      CallSid: newCallSid(),
      Digits: '9',
    }).expect(200);
    expect(wrongChoice.text).toContain('>gru-region</Enqueue>');
  });

  it('offers a known caller their antenna on one key', async () => {
    const token = await api.tokenFor({ role: Role.Agent, antennaId: 'arras' });
    await api
      .http()
      .post('/api/citizens')
      .set('Authorization', `Bearer ${token}`)
      .send({ lastName: 'Connu', phone: '06 55 44 33 22', inseeCode: '62041' })
      .expect(201);
    const callSid = newCallSid();
    const welcome = await twilioPost(api, '/voice/incoming', {
      CallSid: callSid,
      From: '+33655443322',
    }).expect(200);
    expect(welcome.text).toContain("Pour joindre votre antenne d'Arras, tapez 1.");
    expect(welcome.text).toContain('/voice/postcode?attempt=1&amp;known=arras');
    const routed = await twilioPost(api, '/voice/postcode?attempt=1&known=arras', {
      CallSid: callSid,
      From: '+33655443322',
      Digits: '1',
    }).expect(200);
    expect(routed.text).toContain('>gru-arras</Enqueue>');
    const contact = await contacts.findByExternalRef(ContactChannel.Phone, callSid);
    expect(contact).toMatchObject({ antennaId: 'arras', citizenId: expect.any(String) });
  });

  it('plays music while waiting, then offers a callback that creates a request due the next working day', async () => {
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: '+33677889900' }).expect(
      200,
    );
    await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: callSid,
      From: '+33677889900',
      Digits: '80000',
    }).expect(200);
    const early = await twilioPost(api, '/voice/wait', {
      CallSid: callSid,
      QueueTime: '30',
      QueuePosition: '3',
    }).expect(200);
    expect(early.text).toContain('Vous êtes 3e dans la file');
    expect(early.text).toContain('<Play>');
    const later = await twilioPost(api, '/voice/wait', {
      CallSid: callSid,
      QueueTime: '200',
      QueuePosition: '1',
    }).expect(200);
    expect(later.text).toContain(`action="${api.config.http.publicBaseUrl}/voice/wait-choice"`);
    const confirmed = await twilioPost(api, '/voice/wait-choice', {
      CallSid: callSid,
      From: '+33677889900',
      Digits: '1',
    }).expect(200);
    expect(confirmed.text).toContain('<Leave/>');
    const contact = await contacts.findByExternalRef(ContactChannel.Phone, callSid);
    expect(contact).toMatchObject({
      outcome: 'callback_scheduled',
      antennaId: 'amiens',
      requestId: expect.any(String),
    });
    const admin = await api.tokenFor({ role: Role.Admin });
    const request = await api
      .http()
      .get(`/api/requests/${contact?.requestId}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(request.body).toMatchObject({
      channel: 'phone',
      antennaId: 'amiens',
      subject: 'Rappel demandé depuis le numéro vert',
    });
  });

  it('records a caller who hangs up while waiting as abandoned', async () => {
    const callSid = newCallSid();
    await twilioPost(api, '/voice/incoming', { CallSid: callSid, From: CALLER }).expect(200);
    await twilioPost(api, '/voice/status', {
      CallSid: callSid,
      CallStatus: 'completed',
      CallDuration: '95',
    }).expect(200);
    expect(await contacts.findByExternalRef(ContactChannel.Phone, callSid)).toMatchObject({
      outcome: 'abandoned',
      durationSeconds: 95,
    });
  });

  it('answers the fallback URL with static TwiML to the regional pool', async () => {
    const response = await twilioPost(api, '/voice/fallback', { CallSid: newCallSid() }).expect(
      200,
    );
    expect(response.text).toContain('difficulté technique');
    expect(response.text).toContain('>gru-region</Enqueue>');
  });
});

describe('numéro vert outside opening hours', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_OPENING: 'closed' });
  });

  afterAll(() => api.close());

  it('says the hours and offers a callback', async () => {
    const callSid = newCallSid();
    const closed = await twilioPost(api, '/voice/incoming', {
      CallSid: callSid,
      From: '+33611223344',
    }).expect(200);
    expect(closed.text).toContain('Nos conseillers vous répondent du lundi au jeudi de 08 h 30');
    expect(closed.text).toContain('/voice/closed-choice');
    const contacts = api.app.get(ContactLog);
    expect(await contacts.findByExternalRef(ContactChannel.Phone, callSid)).toMatchObject({
      outcome: 'out_of_hours',
    });
    const confirmed = await twilioPost(api, '/voice/closed-choice', {
      CallSid: callSid,
      From: '+33611223344',
      Digits: '1',
    }).expect(200);
    expect(confirmed.text).toContain('vous rappellera le prochain jour ouvré');
    expect(await contacts.findByExternalRef(ContactChannel.Phone, callSid)).toMatchObject({
      outcome: 'callback_scheduled',
      requestId: expect.any(String),
    });
  });
});

describe('numéro vert when PostgreSQL is gone', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ VOICE_OPENING: 'always' });
  });

  afterAll(() => api.close().catch(() => undefined));

  it('still welcomes, routes and queues callers', async () => {
    await api.database.drop();
    const welcome = await twilioPost(api, '/voice/incoming', {
      CallSid: newCallSid(),
      From: CALLER,
    }).expect(200);
    expect(welcome.text).toContain('<Gather');
    const routed = await twilioPost(api, '/voice/postcode?attempt=1', {
      CallSid: newCallSid(),
      Digits: '62000',
    }).expect(200);
    expect(routed.text).toContain('>gru-arras</Enqueue>');
  });
});
