import { Role } from '@gru/auth';
import { KnowledgeReader, KnowledgeTransfer, WeeklyHandover } from '@gru/knowledge';
import { SmtpListener, startSmtpListener } from '@gru/testing';
import { parse } from 'yaml';
import { startTestApi, TestApi } from '../support/test-api';

/** The knowledge base through HTTP: content-team permission, workflow, revisions, search, eligibility. */
describe('knowledge base', () => {
  let api: TestApi;
  let smtp: SmtpListener;
  let admin: string;
  let author: string;
  let reviewer: string;
  let agent: string;
  let authorId: string;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  const STUDENT_GRANT = {
    slug: 'bourse-etudes-superieures',
    name: "Bourse régionale d'études supérieures",
    shortName: 'Bourse étudiante',
    theme: 'etudes',
    summary: '<p>Une aide financière pour les étudiants boursiers des Hauts-de-France.</p>',
    body: '<p>Versée en <strong>deux fois</strong>.</p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">lien</a>',
    tags: ['bourse', 'étudiant'],
    audiences: ['student'],
    eligibility: {
      minAge: 16,
      maxAge: 28,
      statuses: ['student'],
      territory: { regions: ['32'] },
      maxFamilyQuotient: 900,
    },
    opensOn: '2020-09-01',
    closesOn: null,
    requiredDocuments: ['Certificat de scolarité', "Avis d'imposition"],
    applyUrl: 'https://aides.hautsdefrance.example/bourse',
  };

  async function contentTeamMember(displayName: string): Promise<{ token: string; id: string }> {
    const user = await api.createStaff({ role: Role.Instructor, displayName });
    await api
      .http()
      .put(`/api/users/${user.id}/content-team`)
      .set(bearer(admin))
      .send({ contentTeam: true })
      .expect(200);
    const login = await api
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    return { token: login.body.accessToken as string, id: user.id };
  }

  beforeAll(async () => {
    smtp = await startSmtpListener();
    api = await startTestApi({ SMTP_URL: smtp.url, SMTP_FROM: 'base@region.test' });
    admin = await api.tokenFor({ role: Role.Admin });
    ({ token: author, id: authorId } = await contentTeamMember('Inès Carpentier'));
    ({ token: reviewer } = await contentTeamMember('Paul Lefebvre'));
    agent = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('lets only the content team write, and admins grant the permission', async () => {
    await api
      .http()
      .post('/api/knowledge/schemes')
      .set(bearer(agent))
      .send(STUDENT_GRANT)
      .expect(403);
    await api
      .http()
      .post('/api/knowledge/schemes')
      .set(bearer(admin))
      .send(STUDENT_GRANT)
      .expect(403);
    await api
      .http()
      .put(`/api/users/${authorId}/content-team`)
      .set(bearer(agent))
      .send({ contentTeam: true })
      .expect(403);
    const me = await api.http().get('/api/auth/me').set(bearer(author)).expect(200);
    expect(me.body.contentTeam).toBe(true);
    const created = await api
      .http()
      .post('/api/knowledge/schemes')
      .set(bearer(author))
      .send(STUDENT_GRANT)
      .expect(201);
    expect(created.body).toMatchObject({ number: 1, state: 'draft', allowedActions: ['submit'] });
    await api
      .http()
      .post('/api/knowledge/schemes')
      .set(bearer(author))
      .send(STUDENT_GRANT)
      .expect(409);
  });

  it('sanitises hostile HTML on save', async () => {
    const revision = await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures/revisions/1')
      .set(bearer(author))
      .expect(200);
    const body = revision.body.scheme.body as string;
    expect(body).toContain('<strong>deux fois</strong>');
    expect(body).not.toMatch(/script|onerror|javascript:|<img/i);
  });

  it('publishes only after review by someone other than the author; agents see only what is published', async () => {
    await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures')
      .set(bearer(agent))
      .expect(404);
    const draft = await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures')
      .set(bearer(author))
      .expect(200);
    expect(draft.body).toMatchObject({ live: false, revision: { number: 1, state: 'draft' } });
    const base = '/api/knowledge/schemes/bourse-etudes-superieures/revisions/1';
    await api.http().post(`${base}/publish`).set(bearer(reviewer)).send({}).expect(409);
    await api.http().post(`${base}/submit`).set(bearer(agent)).send({}).expect(403);
    await api.http().post(`${base}/submit`).set(bearer(author)).send({}).expect(200);
    const own = await api.http().post(`${base}/publish`).set(bearer(author)).send({}).expect(409);
    expect(own.body.code).toBe('conflict');
    await api
      .http()
      .post(`${base}/publish`)
      .set(bearer(reviewer))
      .send({ comment: 'Relu, conforme.' })
      .expect(200);
    const live = await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures')
      .set(bearer(agent))
      .expect(200);
    expect(live.body).toMatchObject({
      type: 'scheme',
      status: 'open',
      live: true,
      revision: { number: 1, state: 'published' },
    });
    const comments = await api.http().get(`${base}/comments`).set(bearer(author)).expect(200);
    expect(comments.body).toEqual([
      expect.objectContaining({ body: 'Relu, conforme.', authorName: 'Paul Lefebvre' }),
    ]);
    await api.http().get(`${base}/comments`).set(bearer(agent)).expect(403);
  });

  it('keeps every revision, compares any two, and shows a scheduled revision from its date only', async () => {
    const saved = await api
      .http()
      .put('/api/knowledge/schemes/bourse-etudes-superieures')
      .set(bearer(author))
      .send({
        ...STUDENT_GRANT,
        slug: undefined,
        summary: '<p>Une aide financière pour les étudiants des Hauts-de-France.</p>',
        changeNote: 'Tous les étudiants',
      })
      .expect(200);
    expect(saved.body).toMatchObject({
      number: 2,
      state: 'draft',
      changeNote: 'Tous les étudiants',
    });
    const diff = await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures/revisions/1/diff/2')
      .set(bearer(author))
      .expect(200);
    expect(diff.body.fields).toEqual([
      {
        field: 'summary',
        label: 'Résumé',
        parts: [
          { type: 'unchanged', value: 'Une aide financière pour les étudiants ' },
          { type: 'removed', value: 'boursiers ' },
          { type: 'unchanged', value: 'des Hauts-de-France.' },
        ],
      },
    ]);
    const base = '/api/knowledge/schemes/bourse-etudes-superieures/revisions/2';
    await api.http().post(`${base}/submit`).set(bearer(author)).send({}).expect(200);
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
    await api
      .http()
      .post(`${base}/publish`)
      .set(bearer(reviewer))
      .send({ effectiveFrom: tomorrow.toISOString() })
      .expect(200);
    const today = await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures')
      .set(bearer(agent))
      .expect(200);
    expect(today.body.revision.number).toBe(1);
    const reader = api.app.get(KnowledgeReader);
    const later = await reader.view(
      'scheme' as never,
      'bourse-etudes-superieures',
      false,
      new Date(tomorrow.getTime() + 1000),
    );
    expect(later.revision.number).toBe(2);
    const first = await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures/revisions/1')
      .set(bearer(author))
      .expect(200);
    expect(first.body.scheme.summary).toContain('boursiers');
    const history = await api
      .http()
      .get('/api/knowledge/schemes/bourse-etudes-superieures/revisions')
      .set(bearer(author))
      .expect(200);
    expect(history.body.map((revision: { number: number }) => revision.number)).toEqual([2, 1]);
    // Named through the users library, for the list, the diff's two sides and the reviewer.
    expect(history.body[1]).toMatchObject({
      authorUserId: authorId,
      authorName: 'Inès Carpentier',
      publishedByName: 'Paul Lefebvre',
    });
  });

  it('refuses an editor whose permission was revoked, even with a token issued before', async () => {
    const member = await contentTeamMember('Claire Dubois');
    await api
      .http()
      .put(`/api/users/${member.id}/content-team`)
      .set(bearer(admin))
      .send({ contentTeam: false })
      .expect(200);
    await api
      .http()
      .post('/api/knowledge/articles')
      .set(bearer(member.token))
      .send({ slug: 'faq-x', kind: 'faq', title: 'Question', body: '<p>Réponse</p>' })
      .expect(403);
  });

  it('finds the student grant despite typos, missing accents and synonyms, and records empty searches', async () => {
    const search = async (q: string) =>
      (await api.http().get('/api/knowledge/search').query({ q }).set(bearer(agent)).expect(200))
        .body as {
        results: { type: string; slug: string; snippet: string }[];
      };
    const typo = await search('bouse etudiant');
    expect(typo.results[0]).toMatchObject({ type: 'scheme', slug: 'bourse-etudes-superieures' });
    expect(typo.results[0].snippet).toContain('<mark>');
    expect((await search('ETUDES superieures')).results[0]?.slug).toBe('bourse-etudes-superieures');
    expect((await search('allocation fac')).results).toEqual([]);
    await api
      .http()
      .put('/api/knowledge/synonyms')
      .set(bearer(author))
      .send({
        groups: [
          ['bourse', 'allocation', 'aide financière'],
          ['étudiant', 'fac'],
        ],
      })
      .expect(200);
    await api
      .http()
      .put('/api/knowledge/synonyms')
      .set(bearer(agent))
      .send({ groups: [] })
      .expect(403);
    expect((await search('allocation fac')).results[0]?.slug).toBe('bourse-etudes-superieures');
    const empty = await api
      .http()
      .get('/api/knowledge/empty-searches')
      .set(bearer(author))
      .expect(200);
    expect(empty.body).toEqual([expect.objectContaining({ query: 'allocation fac', count: 1 })]);
    await api.http().get('/api/knowledge/empty-searches').set(bearer(agent)).expect(403);
  });

  it('sorts the open schemes by eligibility, with reasons in French and the inputs to ask for', async () => {
    const check = (body: object) =>
      api.http().post('/api/knowledge/eligibility').set(bearer(agent)).send(body).expect(200);
    const eligible = await check({
      age: 20,
      status: 'student',
      inseeCode: '80021',
      familyQuotient: 500,
    });
    expect(eligible.body.eligible).toEqual([
      { slug: 'bourse-etudes-superieures', name: "Bourse régionale d'études supérieures" },
    ]);
    const refused = await check({
      birthDate: '1980-01-01',
      status: 'employee',
      inseeCode: '80021',
    });
    expect(refused.body.notEligible[0].reasons).toEqual([
      "Âge maximum 28 ans (l'usager a 46 ans).",
      "Réservé aux statuts : étudiant (l'usager est salarié).",
    ]);
    const unknown = await check({ age: 20, status: 'student' });
    expect(unknown.body.unknown).toEqual([
      {
        slug: 'bourse-etudes-superieures',
        name: "Bourse régionale d'études supérieures",
        missing: ['inseeCode', 'familyQuotient'],
      },
    ]);
    await api
      .http()
      .post('/api/knowledge/eligibility')
      .set(bearer(agent))
      .send({ inseeCode: 'abc' })
      .expect(400);
  });

  it('counts phrasing copied at the desk and articles named by a contact coding', async () => {
    await api
      .http()
      .post('/api/knowledge/articles')
      .set(bearer(author))
      .send({
        slug: 'bourse-refus',
        kind: 'phrasing',
        title: 'Annoncer un refus de bourse',
        body: '<p>Je comprends votre déception.</p>',
        schemeSlug: 'bourse-etudes-superieures',
      })
      .expect(201);
    const article = await api
      .http()
      .get('/api/knowledge/articles/bourse-refus')
      .set(bearer(author))
      .expect(200);
    expect(article.body).toMatchObject({
      schemeTitle: STUDENT_GRANT.name,
      revision: { authorName: 'Inès Carpentier', article: { schemeSlug: STUDENT_GRANT.slug } },
    });
    await api
      .http()
      .post('/api/knowledge/usage')
      .set(bearer(agent))
      .send({ articleSlug: 'bourse-refus', action: 'copied' })
      .expect(204);
    await api
      .http()
      .post('/api/knowledge/usage')
      .set(bearer(agent))
      .send({ articleSlug: 'inconnu', action: 'copied' })
      .expect(404);
    const contact = await api
      .http()
      .post('/api/contacts')
      .set(bearer(agent))
      .send({ channel: 'phone', direction: 'inbound' })
      .expect(201);
    const contactId = (contact.body.contact?.id ?? contact.body.id) as string;
    const coding = {
      reasonCode: 'information',
      outcome: 'answered_on_the_spot',
      knowledgeArticleSlugs: ['bourse-refus'],
    };
    await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(bearer(agent))
      .send({ ...coding, knowledgeArticleSlugs: ['inconnu'] })
      .expect(400);
    await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(bearer(agent))
      .send(coding)
      .expect(200);
    await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(bearer(agent))
      .send(coding)
      .expect(200);
    const usage = await api.http().get('/api/knowledge/usage').set(bearer(author)).expect(200);
    expect(usage.body).toEqual([
      expect.objectContaining({ slug: 'bourse-refus', copied: 1, coded: 1, total: 2 }),
    ]);
  });

  it("names the articles used on the citizen's contacts and on the request they opened", async () => {
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set(bearer(agent))
      .send({ firstName: 'Nora', lastName: 'Lemaire', inseeCode: '80021' })
      .expect(201);
    const contact = await api
      .http()
      .post('/api/contacts')
      .set(bearer(agent))
      .send({ channel: 'phone', direction: 'inbound', citizenId: citizen.body.id })
      .expect(201);
    const contactId = (contact.body.contact?.id ?? contact.body.id) as string;
    const request = await api
      .http()
      .post('/api/requests')
      .set(bearer(agent))
      .send({
        citizenId: citizen.body.id,
        channel: 'phone',
        subject: 'Refus de bourse contesté',
        contactId,
      })
      .expect(201);
    const coded = await api
      .http()
      .post(`/api/contacts/${contactId}/coding`)
      .set(bearer(agent))
      .send({
        reasonCode: 'complaint',
        outcome: 'request_created',
        requestId: request.body.id,
        knowledgeArticleSlugs: ['bourse-refus'],
      })
      .expect(200);
    const used = [{ slug: 'bourse-refus', title: 'Annoncer un refus de bourse' }];
    expect(coded.body.knowledgeArticles).toEqual(used);

    const timeline = await api
      .http()
      .get(`/api/citizens/${citizen.body.id}/timeline`)
      .set(bearer(agent))
      .expect(200);
    expect(timeline.body.contacts).toEqual([
      expect.objectContaining({ id: contactId, knowledgeArticles: used }),
    ]);
    const detail = await api
      .http()
      .get(`/api/requests/${request.body.id}`)
      .set(bearer(agent))
      .expect(200);
    expect(detail.body.knowledgeArticles).toEqual(used);
  });

  it('hands the week over once per week per staff member, read-confirmed, readers shown to supervisors', async () => {
    const handover = api.app.get(WeeklyHandover);
    const active = (await api.http().get('/api/users').set(bearer(admin)).expect(200)).body
      .length as number;
    const first = await handover.run();
    expect(first).toMatchObject({ items: 1, sent: active });
    const second = await handover.run();
    expect(second.sent).toBe(0);
    await smtp.waitForMessages(active);
    expect(smtp.received).toHaveLength(active);
    expect(smtp.received[0].parsed.text).toContain(
      '/connaissances/dispositifs/bourse-etudes-superieures',
    );
    const list = await api.http().get('/api/knowledge/handovers').set(bearer(agent)).expect(200);
    expect(list.body[0]).toMatchObject({
      readAt: null,
      items: [
        expect.objectContaining({
          slug: 'bourse-etudes-superieures',
          change: 'changed',
          revision: 2,
        }),
      ],
    });
    await api
      .http()
      .post(`/api/knowledge/handovers/${list.body[0].id as string}/read`)
      .set(bearer(agent))
      .expect(200);
    await api
      .http()
      .get(`/api/knowledge/handovers/${list.body[0].id as string}/readers`)
      .set(bearer(agent))
      .expect(403);
    const readers = await api
      .http()
      .get(`/api/knowledge/handovers/${list.body[0].id as string}/readers`)
      .set(bearer(admin))
      .expect(200);
    expect(
      readers.body.filter((reader: { readAt: string | null }) => reader.readAt !== null),
    ).toHaveLength(1);
  });

  it('exports what is published in the import format, as JSON or YAML, to the content team only', async () => {
    await api.http().get('/api/knowledge/export').set(bearer(agent)).expect(403);
    const json = await api.http().get('/api/knowledge/export').set(bearer(author)).expect(200);
    expect(json.headers['content-disposition']).toMatch(
      /^attachment; filename="?socle-commun-\d{4}-\d{2}-\d{2}\.json"?$/,
    );
    expect(json.body.schemes).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: STUDENT_GRANT.slug })]),
    );
    const yaml = await api
      .http()
      .get('/api/knowledge/export?format=yaml')
      .set(bearer(author))
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => done(null, text));
      })
      .expect(200);
    expect(yaml.headers['content-type']).toBe('application/yaml; charset=utf-8');
    expect(parse(yaml.body as string)).toEqual(json.body);
    // Imported back, the export changes nothing.
    const report = await api.app.get(KnowledgeTransfer).import(parse(yaml.body as string), {
      publish: true,
    });
    expect(report.schemes).toMatchObject({ created: 0, updated: 0 });
    expect(report.articles).toMatchObject({ created: 0, updated: 0 });
    await api.http().get('/api/knowledge/export?format=xml').set(bearer(author)).expect(400);
  });
});
