import { Role } from '@gru/auth';
import { BouncingAddresses, MailboxDirectory, MailIntake, MailMessage } from '@gru/mailboxes';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';

const MAILBOX = {
  id: 'aide-permis',
  address: 'permis@hautsdefrance.example',
  displayName: 'Aide au permis',
  aidSchemeSlug: 'aide-permis',
  imapHost: 'imap.hautsdefrance.example',
  imapPort: 993,
  imapTls: true,
  imapUser: 'permis@hautsdefrance.example',
  passwordEnv: 'MAILBOX_PERMIS_PASSWORD',
  processedFolder: 'Traités',
  smtpFrom: 'Aide au permis <permis@hautsdefrance.example>',
};

describe('mailboxes, mail quarantine and email replies over HTTP', () => {
  let api: TestApi;
  let admin: string;
  let manager: string;
  let agent: string;
  let otherAgent: string;

  beforeAll(async () => {
    api = await startTestApi({
      MAILBOX_PERMIS_PASSWORD: 'not-logged-anywhere',
      MAIL_MAX_MESSAGE_BYTES: '4096',
    });
    admin = await api.tokenFor({ role: Role.Admin });
    manager = await api.tokenFor({ role: Role.Manager });
    agent = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    otherAgent = await api.tokenFor({ role: Role.Agent, antennaId: 'arras' });
  });

  afterAll(() => api.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('lets an admin create, read, change and delete a mailbox whose password stays in the environment', async () => {
    const created = await api
      .http()
      .post('/api/mailboxes')
      .set(as(admin))
      .send(MAILBOX)
      .expect(201);
    expect(created.body).toMatchObject({
      ...MAILBOX,
      folders: ['INBOX'],
      active: true,
      passwordConfigured: true,
    });
    expect(JSON.stringify(created.body)).not.toContain('not-logged-anywhere');
    await api.http().post('/api/mailboxes').set(as(admin)).send(MAILBOX).expect(409);
    const list = await api.http().get('/api/mailboxes').set(as(admin)).expect(200);
    expect(list.body.map((mailbox: { id: string }) => mailbox.id)).toContain('aide-permis');
    const changed = await api
      .http()
      .patch('/api/mailboxes/aide-permis')
      .set(as(admin))
      .send({ folders: ['INBOX', 'Permis'], passwordEnv: 'MAILBOX_OTHER_PASSWORD' })
      .expect(200);
    expect(changed.body).toMatchObject({ folders: ['INBOX', 'Permis'], passwordConfigured: false });
    await api.http().delete('/api/mailboxes/aide-permis').set(as(admin)).expect(204);
    await api.http().get('/api/mailboxes/aide-permis').set(as(admin)).expect(404);
  });

  it('refuses mailboxes to everyone but admins, and a password variable outside MAILBOX_*_PASSWORD', async () => {
    await api.http().get('/api/mailboxes').set(as(manager)).expect(403);
    await api.http().post('/api/mailboxes').set(as(agent)).send(MAILBOX).expect(403);
    const refused = await api
      .http()
      .post('/api/mailboxes')
      .set(as(admin))
      .send({ ...MAILBOX, passwordEnv: 'JWT_SECRET' })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('MAILBOX_<NOM>_PASSWORD');
  });

  it('shows the quarantine to region-wide supervisors only', async () => {
    const list = await api.http().get('/api/mail-quarantine').set(as(manager)).expect(200);
    expect(list.body).toEqual([]);
    await api.http().get('/api/mail-quarantine').set(as(agent)).expect(403);
    await api
      .http()
      .get('/api/mail-quarantine/00000000-0000-4000-8000-000000000000/raw')
      .set(as(manager))
      .expect(404);
    await api
      .http()
      .post('/api/mail-quarantine/00000000-0000-4000-8000-000000000000/release')
      .set(as(manager))
      .expect(404);
    await api
      .http()
      .post('/api/mail-quarantine/pas-un-id/discard')
      .set(as(manager))
      .send({ reason: 'Pourriel' })
      .expect(400);
  });

  it('queues an email reply from a request of the agent’s antenna and lists it in the thread', async () => {
    await api
      .http()
      .post('/api/mailboxes')
      .set(as(admin))
      .send({ ...MAILBOX, id: 'general', aidSchemeSlug: null })
      .expect(201);
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(as(agent))
      .send({ lastName: 'Carré', inseeCode: '80021', emails: ['elodie.carre@usager.test'] })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set(as(agent))
      .send({ citizenId: citizen.body.id, channel: 'email', subject: 'Aide au permis' })
      .expect(201);
    const reply = await api
      .http()
      .post(`/api/requests/${request.body.id}/email-replies`)
      .set(as(agent))
      .send({ body: 'Bonjour, votre dossier est complet.' })
      .expect(201);
    expect(reply.body).toMatchObject({
      direction: 'outbound',
      state: 'queued',
      toAddresses: ['elodie.carre@usager.test'],
      subject: `Aide au permis [${request.body.reference}]`,
    });
    const thread = await api
      .http()
      .get(`/api/requests/${request.body.id}/emails`)
      .set(as(agent))
      .expect(200);
    expect(thread.body).toHaveLength(1);
    const recipient = () =>
      api.http().get(`/api/requests/${request.body.id}/email-recipient`).set(as(agent)).expect(200);
    expect((await recipient()).body).toEqual({
      address: 'elodie.carre@usager.test',
      bouncing: false,
      bouncedAt: null,
      bounceReason: null,
    });
    // A delivery report of our reply came back (filed by the worker): the page warns.
    await api.app
      .get(BouncingAddresses)
      .flag(
        'Elodie.Carre@usager.test',
        'Avis de non-remise reçu pour « Aide au permis »',
        reply.body.id,
      );
    expect((await recipient()).body).toMatchObject({
      address: 'elodie.carre@usager.test',
      bouncing: true,
      bouncedAt: expect.any(String),
      bounceReason: 'Avis de non-remise reçu pour « Aide au permis »',
    });
    await api
      .http()
      .get(`/api/requests/${request.body.id}/email-recipient`)
      .set(as(otherAgent))
      .expect(403);
    await api.http().get(`/api/requests/${request.body.id}/emails`).set(as(otherAgent)).expect(403);
    await api
      .http()
      .post(`/api/requests/${request.body.id}/email-replies`)
      .set(as(otherAgent))
      .send({ body: 'Non.' })
      .expect(403);
    await api
      .http()
      .post(`/api/requests/${request.body.id}/email-replies`)
      .set(as(agent))
      .send({})
      .expect(400);
  });

  it('lets a supervisor read a quarantined message as received, release one and discard another', async () => {
    const mailbox = await api.app.get(MailboxDirectory).create({
      ...MAILBOX,
      id: 'quarantine-box',
      aidSchemeSlug: null,
    });
    const intake = api.app.get(MailIntake);
    const big = Buffer.from(
      [
        'From: Gros Envoi <gros@usager.test>',
        'To: contact@region.test',
        'Subject: Dossier complet',
        'Message-ID: <gros-e2e@usager.test>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Mon dossier. '.repeat(500),
      ].join('\r\n'),
    );
    const spam = Buffer.from(
      [
        'From: Faux <faux@usager.test>',
        'Subject: Facture',
        'Message-ID: <faux-e2e@usager.test>',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: application/pdf; name="facture.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('MZ\x90\x00 executable', 'latin1').toString('base64'),
        '--b--',
        '',
      ].join('\r\n'),
    );
    const quarantinedBig = await intake.ingest(big, mailbox);
    const quarantinedSpam = await intake.ingest(spam, mailbox);
    expect([quarantinedBig.outcome, quarantinedSpam.outcome]).toEqual([
      'quarantined',
      'quarantined',
    ]);
    const list = await api.http().get('/api/mail-quarantine').set(as(manager)).expect(200);
    expect(list.body.map((message: { reason: string }) => message.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/trop volumineux/),
        expect.stringMatching(/dangereuse/),
      ]),
    );
    const raw = await api
      .http()
      .get(`/api/mail-quarantine/${quarantinedSpam.mailMessageId}/raw`)
      .set(as(manager))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(raw.headers['content-type']).toMatch(/message\/rfc822/);
    expect(Buffer.compare(raw.body as Buffer, spam)).toBe(0);
    const released = await api
      .http()
      .post(`/api/mail-quarantine/${quarantinedBig.mailMessageId}/release`)
      .set(as(manager))
      .expect(200);
    expect(released.body).toMatchObject({
      outcome: 'created',
      reference: expect.stringMatching(/^HDF-/),
    });
    await api
      .http()
      .post(`/api/mail-quarantine/${quarantinedSpam.mailMessageId}/discard`)
      .set(as(manager))
      .send({ reason: 'Hameçonnage' })
      .expect(200);
    await api
      .http()
      .post(`/api/mail-quarantine/${quarantinedSpam.mailMessageId}/release`)
      .set(as(manager))
      .expect(409);
    expect(
      (await api.http().get('/api/mail-quarantine').set(as(manager)).expect(200)).body,
    ).toEqual([]);
  });

  it('shows a message’s remote images only when the agent asks for them', async () => {
    const mailbox = await api.app.get(MailboxDirectory).get('quarantine-box');
    const filed = await api.app
      .get(MailIntake)
      .ingest(
        Buffer.from(
          [
            'From: Lettre HTML <html@usager.test>',
            'Subject: Avec image',
            'Message-ID: <html-e2e@usager.test>',
            'Content-Type: text/html; charset=utf-8',
            '',
            '<p>Bonjour</p><img src="https://pixel.example/p.gif"><script>x()</script>',
          ].join('\r\n'),
        ),
        mailbox,
      );
    const { requestId } = await api.app
      .get(DataSource)
      .getRepository(MailMessage)
      .findOneByOrFail({ id: filed.mailMessageId });
    const thread = await api
      .http()
      .get(`/api/requests/${requestId}/emails`)
      .set(as(manager))
      .expect(200);
    expect(thread.body[0].html).toContain('Bonjour');
    expect(thread.body[0].html).not.toMatch(/pixel\.example|script/);
    const remote = await api
      .http()
      .get(`/api/requests/${requestId}/emails/${filed.mailMessageId}/html?remoteImages=true`)
      .set(as(manager))
      .expect(200);
    expect(remote.body.html).toContain('https://pixel.example/p.gif');
    expect(remote.body.html).not.toContain('script');

    // The app-wide policy lets no remote image in; only this response's does (and no script).
    const appWide = thread.headers['content-security-policy'];
    const directive = (policy: string, name: string) =>
      new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(policy)?.[1];
    expect(directive(appWide, 'img-src')).toBe("'self' data: blob:");
    const plain = await api
      .http()
      .get(`/api/requests/${requestId}/emails/${filed.mailMessageId}/html`)
      .set(as(manager))
      .expect(200);
    expect(plain.headers['content-security-policy']).toBe(appWide);
    expect(plain.body.documentUrl).toBeNull();
    const withImages = remote.headers['content-security-policy'];
    expect(directive(withImages, 'img-src')).toBe('https: data:');
    expect(directive(withImages, 'default-src')).toBe("'none'");
    expect(directive(withImages, 'script-src')).toBe("'none'");

    // The frame loads that document without a bearer token, through the ticket the call issued.
    const documentUrl: string = remote.body.documentUrl;
    expect(documentUrl).toMatch(
      new RegExp(
        `^/api/requests/${requestId}/emails/${filed.mailMessageId}/html\\?remoteImages=true&ticket=[0-9a-f]{64}$`,
      ),
    );
    const frame = await api.http().get(`${documentUrl}&fold=true`).expect(200);
    expect(frame.headers['content-type']).toMatch(/^text\/html/);
    expect(frame.headers['content-security-policy']).toBe(withImages);
    expect(frame.text).toContain('<img src="https://pixel.example/p.gif"');
    expect(frame.text).toContain('blockquote,.gmail_quote');
    expect(frame.text).not.toContain('script>');
    await api
      .http()
      .get(`/api/requests/${requestId}/emails/${filed.mailMessageId}/html?remoteImages=true`)
      .expect(401);
    const forged = await api
      .http()
      .get(
        `/api/requests/${requestId}/emails/${filed.mailMessageId}/html?remoteImages=true&ticket=${'0'.repeat(64)}`,
      )
      .expect(404);
    expect(forged.body).toMatchObject({ code: 'not-found' });
    // A ticket opens its own message only.
    await api
      .http()
      .get(documentUrl.replace(filed.mailMessageId, '00000000-0000-4000-8000-000000000000'))
      .expect(404);
  });
});
