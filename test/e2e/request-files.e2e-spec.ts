import { Role } from '@gru/auth';
import { startTestApi, TestApi } from '../support/test-api';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('request attachments', () => {
  let api: TestApi;
  let token: string;
  let otherAntenna: string;
  let requestId: string;

  beforeAll(async () => {
    api = await startTestApi({ MAX_UPLOAD_BYTES: '2048' });
    token = await api.tokenFor({ role: Role.Agent, antennaId: 'amiens' });
    otherAntenna = await api.tokenFor({ role: Role.Agent, antennaId: 'arras' });
    const citizen = await api
      .http()
      .post('/api/citizens')
      .set('Authorization', `Bearer ${token}`)
      .send({ lastName: 'Fournier', inseeCode: '80021' })
      .expect(201);
    const request = await api
      .http()
      .post('/api/requests')
      .set('Authorization', `Bearer ${token}`)
      .send({ citizenId: citizen.body.id, channel: 'letter', subject: 'Justificatif de domicile' })
      .expect(201);
    requestId = request.body.id as string;
  });

  afterAll(() => api.close());

  const upload = (content: Buffer, name: string, as = token) =>
    api
      .http()
      .post(`/api/requests/${requestId}/attachments`)
      .set('Authorization', `Bearer ${as}`)
      .attach('file', content, name);

  it('stores a PDF, lists it, serves it back byte for byte and records it in the timeline', async () => {
    const created = await upload(PDF, 'justificatif domicile.pdf').expect(201);
    expect(created.body).toMatchObject({
      fileName: 'justificatif domicile.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const list = await api
      .http()
      .get(`/api/requests/${requestId}/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(list.body).toHaveLength(1);
    const content = await api
      .http()
      .get(`/api/requests/${requestId}/attachments/${created.body.id}/content`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(content.body as Buffer, PDF)).toBe(0);
    const detail = await api
      .http()
      .get(`/api/requests/${requestId}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(detail.body.timeline.map((event: { type: string }) => event.type)).toContain(
      'attachment-added',
    );
  });

  it('stores the same file sent twice only once', async () => {
    const again = await upload(PDF, 'copie.pdf').expect(200);
    expect(again.body.fileName).toBe('justificatif domicile.pdf');
  });

  it('refuses a disguised executable, an empty upload, an oversized file and another antenna', async () => {
    const disguised = await upload(Buffer.from('MZ\x90\x00 not a pdf'), 'facture.pdf').expect(400);
    expect(disguised.body.errors[0]).toMatchObject({
      field: 'file',
      messages: [expect.stringContaining('type de document refusé')],
    });
    await api
      .http()
      .post(`/api/requests/${requestId}/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .expect(400);
    await upload(Buffer.concat([PDF, Buffer.alloc(4096)]), 'gros.pdf').expect(413);
    await upload(PDF, 'x.pdf', otherAntenna).expect(403);
  });

  const pdfWith = (marker: string) => Buffer.concat([PDF, Buffer.from(`% ${marker}\n`)]);
  const download = (attachmentId: string) =>
    api
      .http()
      .get(`/api/requests/${requestId}/attachments/${attachmentId}/content`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });

  it('names a file after its detected type: a PDF sent as ../../etc/courrier.bat is served as courrier.pdf, with nosniff', async () => {
    const created = await upload(pdfWith('bat'), '../../etc/courrier.bat').expect(201);
    expect(created.body.fileName).toBe('courrier.pdf');
    const content = await download(created.body.id as string).expect(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-disposition']).toBe(
      `attachment; filename="courrier.pdf"; filename*=UTF-8''courrier.pdf`,
    );
  });

  it('decodes names as UTF-8 and drops bidi overrides and path parts', async () => {
    const accented = await upload(pdfWith('accents'), 'relevé de compte.pdf').expect(201);
    expect(accented.body.fileName).toBe('relevé de compte.pdf');
    const content = await download(accented.body.id as string).expect(200);
    expect(content.headers['content-disposition']).toBe(
      `attachment; filename="releve de compte.pdf"; filename*=UTF-8''relev%C3%A9%20de%20compte.pdf`,
    );
    const spoofed = await upload(pdfWith('bidi'), 'C:\\Users\\facture\u202Efdp.exe').expect(201);
    expect(spoofed.body.fileName).toBe('facturefdp.pdf');
  });

  it('never exposes where a file is stored', async () => {
    const created = await upload(pdfWith('key'), 'cle.pdf').expect(201);
    expect(created.body).not.toHaveProperty('storageKey');
    const list = await api
      .http()
      .get(`/api/requests/${requestId}/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    for (const attachment of list.body as object[])
      expect(attachment).not.toHaveProperty('storageKey');
    expect(JSON.stringify(list.body)).not.toContain('attachments/');
  });

  it('checks access before reading an upload: an oversized post to a request one may not see is refused as such, not with 413', async () => {
    const oversized = Buffer.concat([PDF, Buffer.alloc(4096)]);
    await upload(oversized, 'gros.pdf', otherAntenna).expect(403);
    await api
      .http()
      .post(`/api/requests/00000000-0000-4000-8000-000000000000/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', oversized, 'gros.pdf')
      .expect(404);
    await api
      .http()
      .post(`/api/requests/not-a-uuid/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', oversized, 'gros.pdf')
      .expect(400);
  });

  it('sets security headers on every response, and still serves the API documentation', async () => {
    for (const path of ['/health', '/api/auth/me', `/api/requests/${requestId}`]) {
      const response = await api.http().get(path).set('Authorization', `Bearer ${token}`);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toBeDefined();
    }
    const docs = await api.http().get('/api/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self'");
    // The web app previews attachments it fetched as blob: URLs; no remote image app-wide (an
    // email's, once the agent asks, come through the one route whose own policy allows them).
    const policy = String(docs.headers['content-security-policy']);
    expect(policy).toContain("img-src 'self' data: blob:;");
    expect(policy).toContain("frame-src 'self' blob:");
    expect(policy).toContain("object-src 'none'");
  });

  it('refuses to message a citizen who has no email address', async () => {
    const response = await api
      .http()
      .post(`/api/requests/${requestId}/messages`)
      .set('Authorization', `Bearer ${token}`)
      .send({ subject: 'Votre demande', body: 'Bonjour' })
      .expect(400);
    expect(response.body.errors[0].field).toBe('recipient');
  });
});
