import { Role } from '@gru/auth';
import { AuditLogService } from '@gru/audit';
import { startTestApi, TestApi } from '../support/test-api';

describe('citizens: one record across channels', () => {
  let api: TestApi;
  let agentAmiens: string;
  let agentArras: string;
  let mobile: string;
  let manager: string;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    [agentAmiens, agentArras, mobile, manager, admin] = await Promise.all([
      api.tokenFor({ role: Role.Agent, antennaId: 'amiens' }),
      api.tokenFor({ role: Role.Agent, antennaId: 'arras' }),
      api.tokenFor({ role: Role.Agent, mobileTeam: true }),
      api.tokenFor({ role: Role.Manager }),
      api.tokenFor({ role: Role.Admin }),
    ]);
  });

  afterAll(() => api.close());

  const as = (token: string) => ({
    post: (path: string, body: object) =>
      api.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) =>
      api.http().patch(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => api.http().get(path).set('Authorization', `Bearer ${token}`),
  });

  it('creates a citizen with a normalised phone and email, attached to the antenna of their commune', async () => {
    const response = await as(agentAmiens)
      .post('/api/citizens', {
        firstName: 'Hélène',
        lastName: 'Lefèvre',
        phone: '06 12 34 56 78',
        email: ' Helene.Lefevre@Example.FR',
        inseeCode: '80021',
      })
      .expect(201);
    expect(response.body).toMatchObject({
      id: expect.any(String),
      antennaId: 'amiens',
      inseeCode: '80021',
      phones: ['+33612345678'],
      emails: ['helene.lefevre@example.fr'],
      possibleDuplicates: [],
    });
  });

  it('names the field when a phone or an email is not one, and creates nothing', async () => {
    const phone = await as(agentAmiens)
      .post('/api/citizens', { lastName: 'Martin', phone: '12' })
      .expect(400);
    expect(phone.body.errors).toEqual([
      { field: 'phone', messages: [expect.stringContaining('numéro de téléphone invalide')] },
    ]);
    const email = await as(agentAmiens)
      .post('/api/citizens', { lastName: 'Martin', email: 'martin@' })
      .expect(400);
    expect(email.body.errors[0].field).toBe('email');
    const found = await as(manager).get('/api/search?q=martin').expect(200);
    expect(found.body.citizens).toEqual([]);
  });

  it('leaves the antenna open (triage) for a postcode shared by two antennas, and decides it from the commune', async () => {
    // 80370 spans Amiens and Abbeville: the postcode alone does not decide.
    const ambiguous = await as(mobile)
      .post('/api/citizens', { lastName: 'Caron', postcode: '80370' })
      .expect(201);
    expect(ambiguous.body.antennaId).toBeNull();
    const triage = await as(manager).get('/api/citizens/triage').expect(200);
    expect(triage.body.map((citizen: { id: string }) => citizen.id)).toContain(ambiguous.body.id);
    const unambiguous = await as(mobile)
      .post('/api/citizens', { lastName: 'Caron', postcode: '80000' })
      .expect(201);
    expect(unambiguous.body.antennaId).toBe('amiens');
    await as(mobile)
      .post('/api/citizens', { lastName: 'Caron', postcode: '80000', inseeCode: '62041' })
      .expect(400);
  });

  it('proposes duplicates without merging: strong on phone, weak on name and postcode', async () => {
    await as(agentAmiens)
      .post('/api/citizens', {
        firstName: 'Jean',
        lastName: 'Dupont',
        phone: '0611111111',
        postcode: '80000',
      })
      .expect(201);
    const samePhone = await as(agentAmiens)
      .post('/api/citizens', { firstName: 'J.', lastName: 'Dupond', phone: '+33 6 11 11 11 11' })
      .expect(201);
    expect(samePhone.body.possibleDuplicates).toEqual([
      { id: expect.any(String), strength: 'strong', matchedOn: ['phone'] },
    ]);
    const sameName = await as(agentAmiens)
      .post('/api/citizens', { firstName: 'JEAN', lastName: 'dupont', postcode: '80000' })
      .expect(201);
    expect(sameName.body.possibleDuplicates).toEqual([
      { id: expect.any(String), strength: 'weak', matchedOn: ['name-and-postcode'] },
    ]);
  });

  it("lets antenna staff read only their antenna's citizens, the mobile team and managers all, and audits each read", async () => {
    const created = await as(agentAmiens)
      .post('/api/citizens', { lastName: 'Bernard', inseeCode: '80021' })
      .expect(201);
    await as(agentAmiens).get(`/api/citizens/${created.body.id}`).expect(200);
    await as(agentArras).get(`/api/citizens/${created.body.id}`).expect(403);
    await as(mobile).get(`/api/citizens/${created.body.id}`).expect(200);
    await as(manager).get(`/api/citizens/${created.body.id}`).expect(200);
    const reads = await api.app
      .get(AuditLogService)
      .find({ resourceType: 'citizen', resourceId: created.body.id });
    expect(reads.filter((entry) => entry.action === 'read')).toHaveLength(3);
  });

  it('searches by name prefix, with accents, case and a typo ignored', async () => {
    await as(agentAmiens)
      .post('/api/citizens', { firstName: 'Noémie', lastName: 'Thévenin', inseeCode: '80021' })
      .expect(201);
    const prefix = await as(agentAmiens).get('/api/search?q=THEVEN').expect(200);
    expect(prefix.body.citizens.map((citizen: { lastName: string }) => citizen.lastName)).toContain(
      'Thévenin',
    );
    const typo = await as(agentAmiens).get('/api/search?q=thevenim').expect(200);
    expect(typo.body.citizens.map((citizen: { lastName: string }) => citizen.lastName)).toContain(
      'Thévenin',
    );
    const firstName = await as(agentAmiens).get('/api/search?q=noemie').expect(200);
    expect(
      firstName.body.citizens.map((citizen: { lastName: string }) => citizen.lastName),
    ).toContain('Thévenin');
    const otherAntenna = await as(agentArras).get('/api/search?q=thevenin').expect(200);
    expect(otherAntenna.body.citizens).toEqual([]);
  });

  it('merges a duplicate with its requests and contacts, and lets an admin undo it', async () => {
    const kept = await as(agentAmiens)
      .post('/api/citizens', {
        firstName: 'Paul',
        lastName: 'Leroy',
        phone: '0622222222',
        inseeCode: '80021',
      })
      .expect(201);
    const duplicate = await as(agentAmiens)
      .post('/api/citizens', {
        firstName: 'Paul',
        lastName: 'Leroy',
        email: 'paul.leroy@example.fr',
        inseeCode: '80021',
      })
      .expect(201);
    const request = await as(agentAmiens)
      .post('/api/requests', {
        citizenId: duplicate.body.id,
        channel: 'email',
        subject: 'Aide au permis',
      })
      .expect(201);
    await as(agentAmiens)
      .post('/api/contacts', {
        channel: 'email',
        citizenId: duplicate.body.id,
        requestId: request.body.id,
        outcome: 'request_created',
        externalRef: '<m1@example.fr>',
      })
      .expect(201);

    const candidates = await as(agentAmiens)
      .get(`/api/citizens/${kept.body.id}/merge-candidates`)
      .expect(200);
    expect(candidates.body.map((match: { citizen: { id: string } }) => match.citizen.id)).toContain(
      duplicate.body.id,
    );
    await as(agentArras).get(`/api/citizens/${kept.body.id}/merge-candidates`).expect(403);
    const merged = await as(agentAmiens)
      .post(`/api/citizens/${kept.body.id}/merge`, { duplicateId: duplicate.body.id })
      .expect(201);
    const merges = await as(admin).get(`/api/citizens/${kept.body.id}/merges`).expect(200);
    expect(merges.body).toEqual([
      expect.objectContaining({
        id: merged.body.mergeId,
        sourceCitizenId: duplicate.body.id,
        targetCitizenId: kept.body.id,
        revertedAt: null,
      }),
    ]);
    expect(merged.body.citizen).toMatchObject({
      phones: ['+33622222222'],
      emails: ['paul.leroy@example.fr'],
    });
    const timeline = await as(agentAmiens)
      .get(`/api/citizens/${kept.body.id}/timeline`)
      .expect(200);
    expect(timeline.body.requests.map((item: { id: string }) => item.id)).toEqual([
      request.body.id,
    ]);
    expect(timeline.body.contacts).toHaveLength(1);
    const events = await as(agentAmiens).get(`/api/requests/${request.body.id}`).expect(200);
    expect(events.body.timeline.map((event: { type: string }) => event.type)).toContain(
      'citizen-merged',
    );

    await as(manager).post(`/api/citizen-merges/${merged.body.mergeId}/revert`, {}).expect(403);
    await as(admin).post(`/api/citizen-merges/${merged.body.mergeId}/revert`, {}).expect(201);
    const back = await as(agentAmiens)
      .get(`/api/citizens/${duplicate.body.id}/timeline`)
      .expect(200);
    expect(back.body.requests.map((item: { id: string }) => item.id)).toEqual([request.body.id]);
    const keptAgain = await as(agentAmiens).get(`/api/citizens/${kept.body.id}`).expect(200);
    expect(keptAgain.body.emails).toEqual([]);
    await as(admin).post(`/api/citizen-merges/${merged.body.mergeId}/revert`, {}).expect(409);
  });

  it('exports everything about a citizen and anonymises them while keeping the statistics', async () => {
    const citizen = await as(agentAmiens)
      .post('/api/citizens', {
        firstName: 'Alice',
        lastName: 'Moreau',
        phone: '0633333333',
        inseeCode: '80021',
      })
      .expect(201);
    const request = await as(agentAmiens)
      .post('/api/requests', {
        citizenId: citizen.body.id,
        channel: 'phone',
        subject: 'Alice Moreau demande un rappel',
      })
      .expect(201);
    await as(agentAmiens)
      .post('/api/contacts', {
        channel: 'phone',
        citizenId: citizen.body.id,
        requestId: request.body.id,
        outcome: 'callback_scheduled',
      })
      .expect(201);

    await as(agentAmiens).get(`/api/citizens/${citizen.body.id}/export`).expect(403);
    const exported = await as(manager).get(`/api/citizens/${citizen.body.id}/export`).expect(200);
    expect(exported.body).toMatchObject({
      citizen: { lastName: 'Moreau' },
      requests: { requests: [{ id: request.body.id }], contacts: [{ channel: 'phone' }] },
    });

    await as(admin).post(`/api/citizens/${citizen.body.id}/anonymise`, {}).expect(204);
    const after = await as(manager).get(`/api/citizens/${citizen.body.id}/timeline`).expect(200);
    expect(after.body.citizen).toMatchObject({
      firstName: null,
      lastName: null,
      phones: [],
      emails: [],
      antennaId: 'amiens',
      anonymisedAt: expect.any(String),
    });
    expect(after.body.requests).toEqual([
      expect.objectContaining({
        id: request.body.id,
        subject: '[anonymisé]',
        channel: 'phone',
        antennaId: 'amiens',
      }),
    ]);
    expect(after.body.contacts).toHaveLength(1);
  });
});
