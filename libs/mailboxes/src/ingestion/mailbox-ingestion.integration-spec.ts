import { ContactChannel } from '@gru/citizens';
import { Contact, Request, RequestEvent, RequestStatus, RequestWorkflow } from '@gru/requests';
import { waitFor } from '@gru/testing';
import { MailDelivery } from '../persistence/mail-delivery.entity';
import { MailDirection, MailMessage, MailState } from '../persistence/mail-message.entity';
import { EmailReplies } from '../replies/email-replies.service';
import { BouncingAddresses } from '../store/bouncing-addresses.service';
import { MailStore } from '../store/mail-store.service';
import {
  GENERAL,
  MailTestContext,
  PERMIS,
  startMailTestContext,
} from '../testing/mail-test-context';
import { testMail } from '../testing/test-mail';
import { MailboxSweep } from './mailbox-sweep.service';
import { MailboxWatch } from './mailbox-watch.service';

let context: MailTestContext;
let sweep: MailboxSweep;

beforeAll(async () => {
  context = await startMailTestContext();
  sweep = context.app.get(MailboxSweep);
}, 60_000);
afterAll(() => context?.close());

const requests = () => context.dataSource.getRepository(Request);
const messages = () => context.dataSource.getRepository(MailMessage);

async function requestOf(messageId: string): Promise<Request> {
  const message = await messages().findOneByOrFail({ messageKey: `id:${messageId}` });
  return requests().findOneByOrFail({ id: message.requestId! });
}

async function acknowledgementsTo(address: string, count: number) {
  return waitFor(
    () => {
      const found = context.smtp.received.filter((mail) => mail.envelopeTo.includes(address));
      return found.length >= count ? found : undefined;
    },
    15_000,
    `${count} message(s) to ${address}`,
  );
}

describe('mailbox ingestion against a real Dovecot and SMTP listener', () => {
  it('turns new mail into a request of the mailbox’s scheme, moves the copy and acknowledges it', async () => {
    const messageId = '<premier@usager.test>';
    await context.imap.deliver(
      PERMIS,
      testMail({
        messageId,
        from: 'Élodie Carré <elodie.carre@usager.test>',
        subject: 'Aide au permis : où en est mon dossier ?',
      }),
    );
    const report = await sweep.sweep('permis');
    expect(report).toMatchObject({ created: 1, moved: 1 });
    const request = await requestOf(messageId);
    expect(request).toMatchObject({
      aidSchemeSlug: 'aide-permis',
      channel: ContactChannel.Email,
      subject: 'Aide au permis : où en est mon dossier ?',
      antennaId: expect.any(String),
    });
    const contact = await context.dataSource
      .getRepository(Contact)
      .findOneByOrFail({ requestId: request.id });
    expect(contact).toMatchObject({
      channel: ContactChannel.Email,
      aidSchemeSlug: 'aide-permis',
      citizenId: request.citizenId,
    });
    const inbound = await messages().findOneByOrFail({ messageKey: `id:${messageId}` });
    expect(inbound.contactId).toBe(contact.id);
    // Written in the window's one statement with the request and its contact: the timeline.
    const events = await context.dataSource
      .getRepository(RequestEvent)
      .find({ where: { requestId: request.id }, order: { id: 'ASC' } });
    expect(events.map((event) => [event.type, event.after])).toEqual([
      ['created', expect.objectContaining({ reference: request.reference, status: 'new' })],
      ['contact-linked', { contactId: contact.id }],
    ]);
    expect(await context.imap.list(PERMIS)).toEqual([]);
    expect(await context.imap.list(PERMIS, 'Traites')).toHaveLength(1);
    const [ack] = await acknowledgementsTo('elodie.carre@usager.test', 1);
    expect(ack.parsed.subject).toContain(`[${request.reference}]`);
    expect(ack.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.parsed.inReplyTo).toBe(messageId);
    expect(ack.parsed.text).toContain(request.reference);
  });

  it('removes the raw files a rolled-back window wrote, never one a message refers to', async () => {
    const store = context.app.get(MailStore);
    const [kept, orphan] = await store.storeRawMany([
      Buffer.from(testMail({ messageId: '<brut-garde@usager.test>', subject: 'A' })),
      Buffer.from(testMail({ messageId: '<brut-orphelin@usager.test>', subject: 'B' })),
    ]);
    await store.claim({
      messageKey: 'id:<brut-garde@usager.test>',
      direction: MailDirection.Inbound,
      state: MailState.Pending,
      mailboxId: 'general',
      rawKey: kept.key,
      rawSha256: kept.sha256,
      rawSize: kept.sizeBytes,
    });
    await store.removeUnreferenced([kept.key, orphan.key]);
    expect((await store.readRaw(kept.key)).length).toBe(kept.sizeBytes);
    await expect(store.readRaw(orphan.key)).rejects.toThrow(/ENOENT/);
  });

  it('threads a reply by the reference in its subject, then one by its headers alone', async () => {
    const first = '<fil@usager.test>';
    const from = 'Marc Noël <marc.noel@usager.test>';
    await context.imap.deliver(GENERAL, testMail({ messageId: first, from, subject: 'Bourse' }));
    await sweep.sweep('general');
    const request = await requestOf(first);
    const [ack] = await acknowledgementsTo('marc.noel@usager.test', 1);

    await context.imap.deliver(
      GENERAL,
      testMail({
        messageId: '<fil-2@usager.test>',
        from,
        subject: `Re: Accusé [${request.reference}]`,
      }),
    );
    await context.imap.deliver(
      GENERAL,
      testMail({
        messageId: '<fil-3@usager.test>',
        from,
        subject: 'Autre objet, sans référence',
        inReplyTo: ack.parsed.messageId!,
        references: `${first} ${ack.parsed.messageId!}`,
      }),
    );
    const report = await sweep.sweep('general');
    expect(report).toMatchObject({ created: 0, threaded: 2 });
    expect((await requestOf('<fil-2@usager.test>')).id).toBe(request.id);
    expect((await requestOf('<fil-3@usager.test>')).id).toBe(request.id);
    expect(await context.dataSource.getRepository(Contact).countBy({ requestId: request.id })).toBe(
      3,
    );
  });

  it('reopens a resolved request and opens a linked one for a closed request, saying why', async () => {
    const workflow = context.app.get(RequestWorkflow);
    const from = 'sam.roux@usager.test';
    await context.imap.deliver(
      GENERAL,
      testMail({ messageId: '<r1@usager.test>', from, subject: 'Question' }),
    );
    await sweep.sweep('general');
    const request = await requestOf('<r1@usager.test>');
    await workflow.transition(request.id, RequestStatus.Resolved, null);
    await context.imap.deliver(
      GENERAL,
      testMail({ messageId: '<r2@usager.test>', from, subject: `Re: [${request.reference}]` }),
    );
    await sweep.sweep('general');
    expect((await requests().findOneByOrFail({ id: request.id })).status).toBe(
      RequestStatus.InProgress,
    );
    await workflow.transition(request.id, RequestStatus.Resolved, null);
    await workflow.transition(request.id, RequestStatus.Closed, null);
    await context.imap.deliver(
      GENERAL,
      testMail({ messageId: '<r3@usager.test>', from, subject: `Re: [${request.reference}]` }),
    );
    expect(await sweep.sweep('general')).toMatchObject({ created: 1 });
    const followUp = await requestOf('<r3@usager.test>');
    expect(followUp.id).not.toBe(request.id);
    expect(followUp.citizenId).toBe(request.citizenId);
    const notes = await context.dataSource
      .getRepository(RequestEvent)
      .findBy({ requestId: request.id, type: 'note-added' as RequestEvent['type'] });
    expect(notes).toHaveLength(1);
    const changes = await context.dataSource
      .getRepository(RequestEvent)
      .findBy({ requestId: request.id, type: 'status-changed' as RequestEvent['type'] });
    const reopened = changes.find((event) => event.reason?.includes('rouverte'));
    expect(reopened).toBeDefined();
  });

  it('files a message delivered to two of our mailboxes once', async () => {
    const raw = testMail({
      messageId: '<deux-boites@usager.test>',
      to: `${GENERAL.user}, ${PERMIS.user}`,
    });
    await context.imap.deliver(GENERAL, raw);
    await context.imap.deliver(PERMIS, raw);
    const before = await requests().count();
    const general = await sweep.sweep('general');
    const permis = await sweep.sweep('permis');
    expect(general.created + permis.created).toBe(1);
    expect(general.duplicate + permis.duplicate).toBe(1);
    expect(await requests().count()).toBe(before + 1);
    expect(
      await context.dataSource.getRepository(MailDelivery).count({
        where: { message: { messageKey: 'id:<deux-boites@usager.test>' } },
        relations: { message: true },
      }),
    ).toBe(2);
  });

  it('never acknowledges an auto-reply or a bounce, and files a bounce of our mail on its request', async () => {
    const from = 'absent@usager.test';
    await context.imap.deliver(
      GENERAL,
      testMail({ messageId: '<b0@usager.test>', from, subject: 'Dossier' }),
    );
    await sweep.sweep('general');
    const request = await requestOf('<b0@usager.test>');
    const [ack] = await acknowledgementsTo(from, 1);
    const sentBefore = context.smtp.received.length;
    await context.imap.deliver(
      GENERAL,
      testMail({
        messageId: '<b1@usager.test>',
        from,
        subject: `Réponse automatique : absent [${request.reference}]`,
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    );
    await context.imap.deliver(GENERAL, bounceOf(ack.parsed.messageId!, from));
    const report = await sweep.sweep('general');
    expect(report).toMatchObject({ ignored: 2, created: 0 });
    const bounce = await messages().findOneByOrFail({ messageKey: 'id:<bounce-1@mx.region.test>' });
    expect(bounce).toMatchObject({ requestId: request.id, acknowledgement: 'skipped:bounce' });
    const ours = await messages().findOneByOrFail({ messageKey: `id:${ack.parsed.messageId!}` });
    expect(ours).toMatchObject({ direction: MailDirection.Outbound, state: MailState.Failed });
    const flagged = await context.dataSource
      .getRepository(RequestEvent)
      .findBy({ requestId: request.id, type: 'note-added' as RequestEvent['type'] });
    expect(flagged).toHaveLength(1);
    // Attached to its request: the report is in the request's email thread, beside ours.
    const thread = await context.app.get(MailStore).thread(request.id);
    expect(thread.map((message) => message.id)).toEqual(
      expect.arrayContaining([bounce.id, ours.id]),
    );
    // And the address is flagged: the request page warns before the next reply.
    const bounces = context.app.get(BouncingAddresses);
    expect(await bounces.of(from)).toMatchObject({
      bounceCount: 1,
      bounceMessageId: bounce.id,
      reason: expect.stringContaining(ours.subject),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(context.smtp.received.length).toBe(sentBefore);
    // The citizen writes from that address again: it receives mail, the flag is down.
    await context.imap.deliver(GENERAL, testMail({ from, subject: 'Nouvelle adresse ? Non.' }));
    await sweep.sweep('general');
    expect(await bounces.of(from)).toBeNull();
  });

  it('sends at most N acknowledgements per sender per hour (loop guard)', async () => {
    const from = 'robot-boucle@usager.test';
    for (let index = 0; index < 5; index += 1)
      await context.imap.deliver(GENERAL, testMail({ from, subject: `Message ${index}` }));
    expect(await sweep.sweep('general')).toMatchObject({ created: 5 });
    await acknowledgementsTo(from, 3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(context.smtp.received.filter((mail) => mail.envelopeTo.includes(from))).toHaveLength(3);
    expect(
      await messages().countBy({ fromAddress: from, acknowledgement: 'skipped:loop-guard' }),
    ).toBe(2);
  });

  it('sends a reply from the request threaded on the citizen’s message, with the reference', async () => {
    const from = 'lea.moreau@usager.test';
    await context.imap.deliver(
      GENERAL,
      testMail({ messageId: '<q@usager.test>', from, subject: 'Question sur ma bourse' }),
    );
    await sweep.sweep('general');
    const request = await requestOf('<q@usager.test>');
    await acknowledgementsTo(from, 1);
    const reply = await context.app
      .get(EmailReplies)
      .reply(
        request,
        { body: 'Bonjour, votre dossier est complet.' },
        '00000000-0000-4000-8000-000000000001',
      );
    const received = await acknowledgementsTo(from, 2);
    const sent = received.find((mail) => mail.parsed.messageId === reply.messageKey.slice(3))!;
    expect(sent.parsed.subject).toBe(`Re: Question sur ma bourse [${request.reference}]`);
    // On the citizen's message, not on our acknowledgement sent after it.
    expect(sent.parsed.inReplyTo).toBe('<q@usager.test>');
    expect([sent.parsed.references ?? []].flat()).toEqual(['<q@usager.test>']);
    expect(sent.parsed.headers.get('auto-submitted')).toBeUndefined();
    await waitFor(
      async () => (await messages().findOneByOrFail({ id: reply.id })).state === MailState.Sent,
    );
    const contacts = await context.dataSource
      .getRepository(Contact)
      .findBy({ requestId: request.id });
    expect(contacts.map((contact) => contact.direction).sort()).toEqual(['inbound', 'outbound']);
  });

  it('threads a reply on the citizen’s last inbound message, never on our own last one', async () => {
    const from = 'hugo.lefevre@usager.test';
    await context.imap.deliver(
      GENERAL,
      testMail({ messageId: '<t1@usager.test>', from, subject: 'Bourse : pièces à fournir' }),
    );
    await sweep.sweep('general');
    const request = await requestOf('<t1@usager.test>');
    const [ack] = await acknowledgementsTo(from, 1);
    // The citizen answers our acknowledgement with a new subject: it threads by its headers.
    await context.imap.deliver(
      GENERAL,
      testMail({
        messageId: '<t2@usager.test>',
        from,
        subject: 'Mon avis d’imposition',
        inReplyTo: ack.parsed.messageId!,
        references: `<t1@usager.test> ${ack.parsed.messageId!}`,
      }),
    );
    expect(await sweep.sweep('general')).toMatchObject({ threaded: 1, created: 0 });
    // Our acknowledgement of that second message is now the thread's last message.
    await acknowledgementsTo(from, 2);
    const reply = await context.app
      .get(EmailReplies)
      .reply(request, { body: 'Bien reçu, merci.' }, '00000000-0000-4000-8000-000000000001');
    const received = await acknowledgementsTo(from, 3);
    const sent = received.find((mail) => mail.parsed.messageId === reply.messageKey.slice(3))!;
    expect(sent.parsed.inReplyTo).toBe('<t2@usager.test>');
    const references = [sent.parsed.references ?? []].flat();
    expect(references).toEqual(
      expect.arrayContaining(['<t1@usager.test>', ack.parsed.messageId!, '<t2@usager.test>']),
    );
    expect(references[references.length - 1]).toBe('<t2@usager.test>');
    expect(sent.parsed.subject).toBe(`Re: Mon avis d’imposition [${request.reference}]`);
  });

  it('retries a reply the mail server refused, showing the failure on the request meanwhile', async () => {
    const from = 'refus.temporaire@usager.test';
    await context.imap.deliver(GENERAL, testMail({ messageId: '<retry@usager.test>', from }));
    await sweep.sweep('general');
    const request = await requestOf('<retry@usager.test>');
    await acknowledgementsTo(from, 1);
    context.smtp.failNext(1);
    const reply = await context.app
      .get(EmailReplies)
      .reply(request, { body: 'Réponse' }, '00000000-0000-4000-8000-000000000001');
    const failed = await waitFor(
      async () => {
        const message = await messages().findOneByOrFail({ id: reply.id });
        return message.state === MailState.Failed ? message : undefined;
      },
      10_000,
      'the first attempt to fail',
    );
    expect(failed).toMatchObject({ attempts: 1, reason: expect.stringMatching(/451|Try again/) });
    await waitFor(
      async () => (await messages().findOneByOrFail({ id: reply.id })).state === MailState.Sent,
      20_000,
      'the retry to go through',
    );
    await acknowledgementsTo(from, 2);
  });
});

function bounceOf(originalMessageId: string, recipient: string): string {
  const boundary = 'dsn-boundary';
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.usager.test>',
    `To: ${GENERAL.user}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Message-ID: <bounce-1@mx.region.test>',
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system. Your message could not be delivered.',
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.usager.test',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    `From: ${GENERAL.user}`,
    `To: ${recipient}`,
    `Message-ID: ${originalMessageId}`,
    'Subject: Accusé de réception',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe('IMAP IDLE', () => {
  let idle: MailTestContext;

  beforeAll(async () => {
    idle = await startMailTestContext({ settings: { MAIL_IDLE: 'true' } });
    await idle.app.get(MailboxWatch).watchActive();
  }, 60_000);
  afterAll(() => idle?.close());

  it('files new mail as soon as the server announces it, without waiting for the repeatable sweep', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await idle.imap.deliver(GENERAL, testMail({ messageId: '<idle@usager.test>' }));
    const message = await waitFor(
      async () =>
        (await idle.dataSource
          .getRepository(MailMessage)
          .findOneBy({ messageKey: 'id:<idle@usager.test>', state: MailState.Filed })) ?? undefined,
      20_000,
      'the IDLE-triggered sweep',
    );
    expect(message.requestId).not.toBeNull();
    await waitFor(async () => (await idle.imap.list(GENERAL)).length === 0, 10_000, 'the move');
  });
});
