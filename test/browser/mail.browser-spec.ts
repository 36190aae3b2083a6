import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Role } from '@gru/auth';
import { MailboxDirectory } from '@gru/mailboxes';
import { QueueName } from '@gru/queue';
import {
  DovecotServer,
  MailUser,
  SmtpListener,
  startDovecot,
  startSmtpListener,
  waitFor,
} from '@gru/testing';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { startTestApi, type TestApi } from '../support/test-api';
import { EmailThreadPage } from './pages/email-thread.page';
import { InboxPage } from './pages/inbox.page';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { launchChromium, screenshot, seriousViolations } from './support/browser';

const GENERAL: MailUser = { user: 'contact@region.test', password: 'general-secret' };
const CITIZEN = 'lea.vasseur@usager.test';
const MESSAGE_ID = '<premiere-demande@usager.test>';

/** What a mail client sends: text and HTML, with a quoted history and a remote image. */
function citizenMail(subject: string): string {
  const boundary = 'limite-42';
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  return [
    `From: Léa Vasseur <${CITIZEN}>`,
    `To: ${GENERAL.user}`,
    `Subject: =?UTF-8?B?${b64(subject)}?=`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${MESSAGE_ID}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(
      'Bonjour,\nmon dossier de bourse est-il complet ?\nLéa, 80000 Amiens\n\nLe 2 nov. 2026, Mairie a écrit :\n> Pensez à joindre votre avis d’imposition.',
    ),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(
      '<p>Bonjour,</p><p>mon dossier de bourse est-il <b>complet</b> ?</p><p>Léa, 80000 Amiens</p>' +
        '<p><img src="https://127.0.0.1:9/logo.png" alt="Logo de la mairie"></p>' +
        '<blockquote>Pensez à joindre votre avis d’imposition.</blockquote>',
    ),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/**
 * Mail in the web app against a real Dovecot and SMTP listener: the worker's mail consumer runs in
 * this process (IDLE, sweeps, sending), the API and the built web app on an ephemeral port.
 */
describe('mail in Chromium', () => {
  jest.setTimeout(120_000);
  let imap: DovecotServer;
  let smtp: SmtpListener;
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: { email: string; password: string };
  let adminToken: string;

  beforeAll(async () => {
    [imap, smtp] = await Promise.all([startDovecot([GENERAL]), startSmtpListener()]);
    api = await startTestApi({
      SMTP_URL: smtp.url,
      MAILBOX_GENERAL_PASSWORD: GENERAL.password,
      MAIL_IDLE: 'true',
      MAIL_SWEEP_INTERVAL_SECONDS: '3600',
    });
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    await api.app.get(MailboxDirectory).create({
      id: 'general',
      address: GENERAL.user,
      displayName: 'Boîte générale',
      imapHost: imap.host,
      imapPort: imap.port,
      imapTls: false,
      imapUser: GENERAL.user,
      passwordEnv: 'MAILBOX_GENERAL_PASSWORD',
      processedFolder: 'Traites',
      smtpFrom: `Région Hauts-de-France <${GENERAL.user}>`,
    });
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({ ...api.config, worker: { port: 0, queues: [QueueName.Mail] } }),
      { logger: false, abortOnError: false },
    );
    await worker.init();
    browser = await launchChromium();
    context = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}`,
      bypassCSP: true,
      locale: 'fr-FR',
    });
    admin = await api.createStaff({ role: Role.Admin });
    adminToken = (
      await api
        .http()
        .post('/api/auth/login')
        .send({ email: admin.email, password: admin.password })
        .expect(200)
    ).body.accessToken as string;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await api?.close();
    await Promise.all([imap?.close(), smtp?.close()]);
  });

  beforeEach(async () => {
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterEach(async () => {
    await page.close();
    await context.clearCookies();
  });

  const signIn = async (account: { email: string; password: string }) => {
    await page.goto('/connexion');
    expect((await new LoginPage(page).signIn(account.email, account.password)).status()).toBe(200);
  };

  const accessible = async (name: string) => {
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, name);
  };

  const requestOfCitizen = () =>
    waitFor(
      async () => {
        const list = await api
          .http()
          .get('/api/requests')
          .set('Authorization', `Bearer ${adminToken}`)
          .expect(200);
        const items = (list.body.items ?? list.body) as {
          id: string;
          reference: string;
          antennaId: string | null;
          subject: string;
        }[];
        return items.find((item) => item.subject.startsWith('Bourse'));
      },
      30_000,
      'the request made of the citizen’s mail',
    );

  it('turns mail dropped in the general mailbox into a request the agent answers from its page, threaded', async () => {
    const subject = 'Bourse : mon dossier est-il complet ?';
    await imap.deliver(GENERAL, citizenMail(subject));
    const created = await requestOfCitizen();
    const agent = await api.createStaff({
      role: Role.Agent,
      antennaId: created.antennaId ?? 'amiens',
    });

    const shell = new ShellPage(page);
    const inbox = new InboxPage(page);
    const thread = new EmailThreadPage(page);
    await signIn(agent);
    await shell.heading('Bureau').waitFor();
    await shell.open('Demandes');
    await shell.heading('Demandes').waitFor();
    await inbox.openTab('Non attribuées');
    await inbox.table.getByRole('link', { name: created.reference }).waitFor();
    await accessible('mail-inbox');

    await inbox.openRequest(created.reference);
    await shell.heading(`Demande ${created.reference}`).waitFor();
    const received = thread.message(subject);
    await received.waitFor();
    await received.getByText(`De Léa Vasseur <${CITIZEN}>`).waitFor();
    const frame = received.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    const body = page.frameLocator('section[aria-labelledby="courriels"] article iframe').first();
    await body.getByText('complet').waitFor();
    // Without the agent's consent no remote image is requested; the quoted history is folded.
    expect(await body.locator('img[src]').count()).toBe(0);
    await body.getByText('Pensez à joindre').waitFor({ state: 'hidden' });
    await accessible('mail-request-thread');

    await received.getByRole('button', { name: 'Afficher l’historique cité' }).click();
    await body.getByText('Pensez à joindre').waitFor();
    expect(
      await received
        .getByRole('button', { name: 'Masquer l’historique cité' })
        .getAttribute('aria-expanded'),
    ).toBe('true');
    await received.getByRole('button', { name: 'Afficher les images distantes' }).click();
    await body.locator('img[src^="https://"]').waitFor({ state: 'attached' });
    await received.getByRole('button', { name: 'Afficher les images distantes' }).waitFor({
      state: 'detached',
    });
    await accessible('mail-request-thread-images');

    // An empty reply is refused in the form, with the field's message.
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await page.getByText('Écrivez la réponse avant de l’envoyer.').waitFor();
    await accessible('mail-reply-invalid');

    const answer = 'Bonjour Léa,\nvotre dossier est complet : il passe en instruction.';
    await thread.reply(answer);
    const sent = thread.thread.locator('article').filter({ hasText: 'il passe en instruction' });
    // Queued first, then sent once the worker's SMTP attempt succeeded (the thread polls).
    await sent.getByText('Envoyé', { exact: true }).waitFor();
    await accessible('mail-reply-sent');

    const reply = await waitFor(
      () =>
        smtp.received.find(
          (mail) =>
            mail.envelopeTo.includes(CITIZEN) && (mail.parsed.text ?? '').includes('instruction'),
        ),
      15_000,
      'the reply at the SMTP listener',
    );
    // Threaded on the last message of the thread (here the acknowledgement), citing the citizen's.
    const acknowledgement = smtp.received.find((mail) =>
      (mail.parsed.subject ?? '').startsWith('Accusé de réception'),
    );
    expect(reply.parsed.subject).toBe(`Re: ${subject} [${created.reference}]`);
    expect(reply.parsed.inReplyTo).toBe(acknowledgement?.parsed.messageId);
    expect([reply.parsed.references].flat()).toEqual(
      expect.arrayContaining([MESSAGE_ID, acknowledgement?.parsed.messageId]),
    );
    expect(reply.parsed.text).toContain('votre dossier est complet');
    // A full-page screenshot leaves out-of-process frames blank: the message gets its own.
    await frame.screenshot({ path: 'tmp/screenshots/mail-message-frame.png' });
  });
});
