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
