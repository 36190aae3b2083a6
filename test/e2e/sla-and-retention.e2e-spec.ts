import { Role } from '@gru/auth';
import { JobName, QueueName, redisOptionsFromUrl } from '@gru/queue';
import { freePort, REDIS_SERVER_URL, SpawnedProcess, waitFor } from '@gru/testing';
import { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { startTestApi, TestApi } from '../support/test-api';
import { workerFixture, WorkerFixture } from '../support/worker-process';

interface ReceivedMail {
  to: string[];
  raw: string;
}

describe('SLA watch, alerts to assignees and RGPD retention (API + worker + SMTP)', () => {
  let fixture: WorkerFixture;
  let api: TestApi;
  let smtp: SMTPServer;
  let requestsQueue: Queue;
  let worker: SpawnedProcess;
  const mails: ReceivedMail[] = [];

  beforeAll(async () => {
    const smtpPort = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((address) => address.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
    fixture = await workerFixture();
    api = await startTestApi({ DATABASE_URL: fixture.database.url, REDIS_PREFIX: fixture.prefix });
    worker = await fixture.start({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    requestsQueue = new Queue(QueueName.Requests, {
      connection: redisOptionsFromUrl(REDIS_SERVER_URL),
      prefix: `${fixture.prefix}:bull`,
    });
  });

  afterAll(async () => {
    await requestsQueue.close();
    await api.close();
    await fixture.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('flags an overdue request, records it in the timeline and emails the assignee once', async () => {
    const agent = await api.createStaff({
      role: Role.Agent,
      antennaId: 'amiens',
      email: 'assignee@gru.test',
    });
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: agent.email, password: agent.password })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({ lastName: 'Petit', inseeCode: '80021' })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set(auth)
      .send({ citizenId: citizen.body.id, channel: 'email', subject: 'Question sur la bourse' })
      .expect(201);
    await api.http().post(`/api/requests/${request.body.id}/assign-to-me`).set(auth).expect(200);
    // The clock cannot be moved inside the worker: the request's due date is moved instead.
    await api.app
      .get(DataSource)
      .query(`UPDATE requests SET due_at = now() - interval '1 hour' WHERE id = $1`, [
        request.body.id,
      ]);

    await requestsQueue.add(JobName.WatchDueDates, {
      meta: { enqueuedAt: new Date().toISOString() },
    });
    await waitFor(
      () => mails.find((mail) => mail.to.includes('assignee@gru.test')),
      15_000,
      'the overdue alert',
    ).catch((error: Error) => {
      throw new Error(`${error.message}; worker output:\n${worker.output().slice(-3000)}`);
    });
    const mail = mails.find((candidate) => candidate.to.includes('assignee@gru.test'));
    expect(mail?.raw).toContain(
      `Subject: [GRU] Demande en retard : ${request.body.reference as string}`,
    );

    const detail = await api.http().get(`/api/requests/${request.body.id}`).set(auth).expect(200);
    expect(detail.body.slaState).toBe('overdue');
    expect(detail.body.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'sla-flagged',
          before: { slaState: 'on_time' },
          after: { slaState: 'overdue' },
        }),
      ]),
    );

    await requestsQueue.add(JobName.WatchDueDates, {
      meta: { enqueuedAt: new Date().toISOString() },
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mails.filter((candidate) => candidate.to.includes('assignee@gru.test'))).toHaveLength(1);
  });

  it('sends a message to the citizen by email through the worker and records its delivery', async () => {
    const agent = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    const auth = { Authorization: `Bearer ${agent}` };
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({ lastName: 'Henry', email: 'claire.henry@example.fr', inseeCode: '80021' })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set(auth)
      .send({ citizenId: citizen.body.id, channel: 'email', subject: 'Pièce manquante' })
      .expect(201);
    const message = await api
      .http()
      .post(`/api/requests/${request.body.id}/messages`)
      .set(auth)
      .send({
        subject: 'Votre demande : pièce manquante',
        body: 'Bonjour, merci de nous transmettre votre avis d’imposition.',
      })
      .expect(201);
    expect(message.body.status).toBe('queued');
    await waitFor(
      () => mails.find((mail) => mail.to.includes('claire.henry@example.fr')),
      15_000,
      'the message to the citizen',
    );
    const sent = mails.find((mail) => mail.to.includes('claire.henry@example.fr'));
    expect(sent?.raw).toContain(request.body.reference as string);
    const messages = await waitFor(
      async () => {
        const list = await api
          .http()
          .get(`/api/requests/${request.body.id}/messages`)
          .set(auth)
          .expect(200);
        const body = list.body as { status: string; sentAt: string | null }[];
        return body[0]?.status === 'sent' ? body : undefined;
      },
      5_000,
      'the message to be marked sent',
    );
    expect(messages[0].sentAt).toEqual(expect.any(String));
  });

  it('anonymises citizens inactive beyond the retention period and logs each one', async () => {
    const admin = await api.tokenFor({ role: Role.Admin });
    const auth = { Authorization: `Bearer ${admin}` };
    const old = await api
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({ firstName: 'Ancien', lastName: 'Usager', phone: '0644444444', inseeCode: '80021' })
      .expect(201);
    const recent = await api
      .http()
      .post('/api/citizens')
      .set(auth)
      .send({ firstName: 'Récent', lastName: 'Usager', inseeCode: '80021' })
      .expect(201);
    for (const citizen of [old, recent]) {
      const request = await api
        .http()
        .post('/api/requests')
        .set(auth)
        .send({ citizenId: citizen.body.id, channel: 'phone', subject: 'Renseignement' })
        .expect(201);
      await api
        .http()
        .post(`/api/requests/${request.body.id}/transitions`)
        .set(auth)
        .send({ to: 'resolved' })
        .expect(200);
      await api
        .http()
        .post(`/api/requests/${request.body.id}/transitions`)
        .set(auth)
        .send({ to: 'closed' })
        .expect(200);
    }
    await api.app
      .get(DataSource)
      .query(`UPDATE requests SET closed_at = now() - interval '4 years' WHERE citizen_id = $1`, [
        old.body.id,
      ]);

    await requestsQueue.add(JobName.AnonymiseInactiveCitizens, {
      meta: { enqueuedAt: new Date().toISOString() },
    });
    const anonymised = await waitFor(
      async () => {
        const citizen = await api.http().get(`/api/citizens/${old.body.id}`).set(auth).expect(200);
        const body = citizen.body as { anonymisedAt: string | null };
        return body.anonymisedAt ? body : undefined;
      },
      15_000,
      'the retention job',
    );
    expect(anonymised).toMatchObject({ lastName: null, phones: [], antennaId: 'amiens' });
    const kept = await api.http().get(`/api/citizens/${recent.body.id}`).set(auth).expect(200);
    expect(kept.body.lastName).toBe('Usager');
  });
});
