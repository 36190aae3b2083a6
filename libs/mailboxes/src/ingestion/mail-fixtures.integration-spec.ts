import { Request } from '@gru/requests';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MailboxDirectory } from '../mailbox-directory.service';
import { MailMessage, MailState } from '../persistence/mail-message.entity';
import { MailQuarantine } from '../quarantine/mail-quarantine.service';
import { MailTestContext, startMailTestContext } from '../testing/mail-test-context';
import { MailFileImport } from './mail-file-import.service';
import { IntakeOutcome, MailIntake } from './mail-intake.service';

const FIXTURES = resolve(__dirname, '../../../../test/fixtures/mail');

/** What each fixture must become; Zoé's reply threads on utf-8-base64, imported before it (name order). */
const EXPECTED: Record<string, IntakeOutcome> = {
  'iso-8859-1-quoted-printable.eml': 'created',
  'windows-1252-8bit.eml': 'created',
  'utf-8-base64.eml': 'created',
  'rfc2047-split-words.eml': 'created',
  'tnef-winmail.eml': 'created',
  'multipart-related.eml': 'created',
  'missing-message-id.eml': 'created',
  'malformed-headers.eml': 'created',
  'eight-bit-headers.eml': 'created',
  'zoe-reply-by-headers.eml': 'threaded',
  'auto-reply-out-of-office.eml': 'ignored',
  'bounce-dsn.eml': 'ignored',
  'dangerous-attachment.eml': 'quarantined',
};

let context: MailTestContext;
let intake: MailIntake;

beforeAll(async () => {
  context = await startMailTestContext();
  intake = context.app.get(MailIntake);
}, 60_000);
afterAll(() => context?.close());

const byKey = (key: string) =>
  context.dataSource.getRepository(MailMessage).findOneByOrFail({ messageKey: key });

describe('our mail fixtures through the pipeline', () => {
  it('turns each fixture into exactly its one outcome, and a second import into duplicates only', async () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    const lines: Record<string, string> = {};
    const summary = await context.app
      .get(MailFileImport)
      .run('general', [FIXTURES], (line) => (lines[line.file.split('/').pop()!] = line.outcome));
    expect(lines).toEqual(EXPECTED);
    expect(summary).toMatchObject({
      read: 13,
      created: 9,
      threaded: 1,
      ignored: 2,
      quarantined: 1,
      failed: 0,
    });
    const again = await context.app.get(MailFileImport).run('general', [FIXTURES]);
    expect(again).toMatchObject({ read: 13, duplicates: 13, created: 0, failed: 0 });
  });

  it('keeps French accents through ISO-8859-1, windows-1252, UTF-8, quoted-printable, base64 and RFC 2047', async () => {
    expect(await byKey('id:<iso-8859-1-qp@usager.test>')).toMatchObject({
      subject: "Aide à l'achat d'un vélo électrique",
      fromName: 'Françoise Lefèvre',
      textBody: expect.stringContaining("bénéficier de l'aide à l'achat"),
    });
    expect(await byKey('id:<windows-1252@usager.test>')).toMatchObject({
      subject: 'Pass Permis : coût €',
      textBody: expect.stringContaining(
        'L’aide « Pass Permis » : mon fils a eu 18 ans. Coût du permis : 1 200 € — œuvre',
      ),
    });
    expect(await byKey('id:<utf-8-base64@usager.test>')).toMatchObject({
      subject: 'Bourse régionale : confirmation de réception',
      fromName: 'Zoé Hébert',
    });
    expect(await byKey('id:<rfc2047-split@usager.test>')).toMatchObject({
      subject: "Demande d’information sur l'aide à la rénovation",
      fromName: 'Gérard Désiré',
      textBody: expect.stringContaining('rénovation énergétique'),
    });
    expect(await byKey('id:<eight-bit-headers@usager.test>')).toMatchObject({
      subject: 'Aide à la mobilité : ça avance ?',
      fromName: 'Hélène Dupré',
    });
  });

  it('sanitises HTML (no script, no handler, no remote image) and files the PDF, not the inline logo', async () => {
    const message = await byKey('id:<multipart-related@usager.test>');
    expect(message.htmlBody).toContain('<b>facture</b>');
    expect(message.htmlBody).not.toMatch(/script|onload|tracker\.example/);
    expect(message.htmlBody).toContain('cid:logo@usager');
    expect(message.attachments).toEqual([
      expect.objectContaining({ fileName: 'facture.pdf', requestAttachmentId: expect.any(String) }),
    ]);
    const tnef = await byKey('id:<tnef-winmail@usager.test>');
    expect(tnef.attachments).toEqual([
      expect.objectContaining({
        fileName: 'winmail.dat',
        mediaType: 'application/ms-tnef',
        requestAttachmentId: null,
      }),
    ]);
  });

  it('proposes the antenna from a postcode in the signature', async () => {
    const message = await byKey('id:<iso-8859-1-qp@usager.test>');
    const request = await context.dataSource
      .getRepository(Request)
      .findOneByOrFail({ id: message.requestId! });
    expect(request.antennaId).not.toBeNull();
  });

  it('quarantines a 20 MB attachment over the size limit, then files it when an agent releases it', async () => {
    const attachment = randomBytes(20 * 1024 * 1024)
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const raw = Buffer.from(
      [
        'From: Gros Envoi <gros.envoi@usager.test>',
        'To: contact@region.test',
        'Subject: Mon dossier complet',
        'Message-ID: <twenty-megabytes@usager.test>',
        `Date: ${new Date().toUTCString()}`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="big"',
        '',
        '--big',
        'Content-Type: text/plain; charset=us-ascii',
        '',
        'Tout mon dossier en pièce jointe.',
        '--big',
        'Content-Type: application/octet-stream; name="dossier.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        attachment,
        '--big--',
        '',
      ].join('\r\n'),
    );
    const mailbox = await context.app.get(MailboxDirectory).get('general');
    const first = await intake.ingest(raw, mailbox);
    expect(first).toMatchObject({
      outcome: 'quarantined',
      reason: expect.stringMatching(/trop volumineux/),
    });
    expect(await intake.ingest(raw, mailbox)).toMatchObject({ outcome: 'duplicate' });
    const quarantine = context.app.get(MailQuarantine);
    expect((await quarantine.list()).map((message) => message.id)).toContain(first.mailMessageId);
    expect(await quarantine.release(first.mailMessageId)).toMatchObject({ outcome: 'created' });
    expect((await byKey('id:<twenty-megabytes@usager.test>')).state).toBe(MailState.Filed);
  }, 60_000);

  it('keeps a dangerous attachment quarantined until discarded, with its reason', async () => {
    const message = await byKey('id:<dangerous-attachment@usager.test>');
    expect(message.reason).toMatch(/dangereuse.*facture\.pdf.*PE/);
    const discarded = await context.app.get(MailQuarantine).discard(message.id, 'Hameçonnage');
    expect(discarded).toMatchObject({ state: MailState.Discarded, rawKey: expect.any(String) });
  });

  it('files a message whose headers and attachment name carry NUL bytes', async () => {
    const mailbox = await context.app.get(MailboxDirectory).get('general');
    const raw = Buffer.from(
      [
        'From: "Nul\u0000 Octet" <nul@usager.test>',
        'To: contact@region.test',
        'Subject: Objet\u0000 avec NUL',
        'Message-ID: <nul-bytes@usager.test>',
        `Date: ${new Date().toUTCString()}`,
        'Content-Type: multipart/mixed; boundary="n"',
        '',
        '--n',
        'Content-Type: text/plain',
        '',
        'Texte\u0000 avec NUL',
        '--n',
        'Content-Type: application/pdf; name="a\u0000.pdf"',
        'Content-Disposition: attachment; filename="a\u0000.pdf"',
        '',
        '%PDF-1.4 x',
        '--n--',
        '',
      ].join('\r\n'),
      'latin1',
    );
    expect((await intake.ingest(raw, mailbox)).outcome).toBe('created');
  });

  it('never throws out of the pipeline on any byte sequence', async () => {
    const mailbox = await context.app.get(MailboxDirectory).get('general');
    for (const raw of [
      Buffer.alloc(0),
      randomBytes(4096),
      Buffer.from('\r\n\r\n\r\n'),
      readFileSync(join(FIXTURES, 'malformed-headers.eml')).subarray(0, 40),
    ])
      expect(['quarantined', 'created', 'duplicate', 'ignored']).toContain(
        (await intake.ingest(raw, mailbox)).outcome,
      );
  });
});

describe('the antenna proposal', () => {
  it('reads a commune alone on a signature line when no postcode decides', async () => {
    const mailbox = await context.app.get(MailboxDirectory).get('general');
    const raw = Buffer.from(
      [
        'From: Louise Petit <louise.petit@usager.test>',
        'To: contact@region.test',
        'Subject: Transport scolaire',
        'Message-ID: <commune-signature@usager.test>',
        `Date: ${new Date().toUTCString()}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Bonjour, je vis à la campagne et voudrais un abonnement.',
        '',
        'Louise Petit',
        'Abbeville',
        '',
      ].join('\r\n'),
    );
    const result = await intake.ingest(raw, mailbox);
    expect(result.outcome).toBe('created');
    const message = await byKey('id:<commune-signature@usager.test>');
    const request = await context.dataSource
      .getRepository(Request)
      .findOneByOrFail({ id: message.requestId! });
    expect(request.antennaId).toBe(
      (
        await context.dataSource.getRepository(Request).findOneByOrFail({
          id: (await byKey('id:<iso-8859-1-qp@usager.test>')).requestId!,
        })
      ).antennaId,
    );
  });
});
