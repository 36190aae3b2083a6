import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@gru/config';
import { MailboxDirectory } from '@gru/mailboxes';
import { JobName, JobProducer } from '@gru/queue';
import { DovecotServer, MailUser, startDovecot, startSmtpListener } from '@gru/testing';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAIL_IMPORT_SECTIONS, MailImportModule } from '../tools/mail-import/mail-import.module';

const ROOT = resolve(__dirname, '..');
export const DEMO_MAIL_DIRECTORY = resolve(ROOT, 'tmp/demo-mail');
const PASSWORD = 'demo-mail-password';

const MAILBOXES = [
  {
    id: 'general',
    user: 'contact@demo.hautsdefrance.example',
    name: 'Boîte générale',
    scheme: null,
  },
  {
    id: 'aide-permis',
    user: 'permis@demo.hautsdefrance.example',
    name: 'Aide au permis',
    scheme: 'aide-permis',
  },
  {
    id: 'bourse-etudes',
    user: 'bourses@demo.hautsdefrance.example',
    name: 'Bourses d’études',
    scheme: 'bourse-etudes',
  },
] as const;

const DEMO_MESSAGES: {
  mailbox: (typeof MAILBOXES)[number]['id'];
  from: string;
  subject: string;
  body: string;
}[] = [
  {
    mailbox: 'general',
    from: 'Élodie Carré <elodie.carre@exemple.test>',
    subject: 'Transport scolaire de ma fille',
    body: 'Bonjour,\n\nma fille entre au lycée à Amiens en septembre. Comment obtenir la carte de transport ?\n\nÉlodie Carré\n80000 Amiens',
  },
  {
    mailbox: 'aide-permis',
    from: 'Karim Benali <karim.benali@exemple.test>',
    subject: 'Aide au permis : pièces à fournir',
    body: 'Bonjour,\n\nj’ai 19 ans et je voudrais l’aide au permis. Quelles pièces dois-je envoyer ?\n\nKarim\n59300 Valenciennes',
  },
  {
    mailbox: 'bourse-etudes',
    from: 'Zoé Hébert <zoe.hebert@exemple.test>',
    subject: 'Bourse régionale : où en est mon dossier ?',
    body: 'Bonjour,\n\nj’ai déposé ma demande de bourse le 3 novembre. Pouvez-vous me dire où elle en est ?\n\nZoé Hébert\n62000 Arras',
  },
];

function demoMessage(index: number, message: (typeof DEMO_MESSAGES)[number], to: string): string {
  return [
    `From: ${encode(message.from.replace(/ <.*/, ''))} <${/<(.*)>/.exec(message.from)![1]}>`,
    `To: ${to}`,
    `Subject: ${encode(message.subject)}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <demo-${index}@exemple.test>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(message.body).toString('base64'),
    '',
  ].join('\r\n');
}

function encode(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
}

/**
 * `npm run demo`'s mail side: a throwaway Dovecot holding the general mailbox and two aid schemes'
 * (a few messages of ours to turn into requests), and an SMTP listener keeping every message the
 * worker sends in tmp/demo-mail/outbox/. Stays up until the demo stops.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit([...MAIL_IMPORT_SECTIONS]);
  if (!config.demoMode) throw new Error('demo mail is only for NODE_ENV=development');
  const smtpPort = Number(new URL(config.smtp.url ?? 'smtp://127.0.0.1:0').port);
  await rm(resolve(DEMO_MAIL_DIRECTORY, 'dovecot'), { recursive: true, force: true });
  const users: MailUser[] = MAILBOXES.map((mailbox) => ({
    user: mailbox.user,
    password: PASSWORD,
  }));
  const dovecot: DovecotServer = await startDovecot(users, {
    port: Number(process.env.DEMO_IMAP_PORT) || undefined,
    directory: resolve(DEMO_MAIL_DIRECTORY, 'dovecot'),
  });
  const imapPort = dovecot.port;
  const smtp = await startSmtpListener({
    port: smtpPort,
    outbox: resolve(DEMO_MAIL_DIRECTORY, 'outbox'),
  });
  const app = await NestFactory.createApplicationContext(MailImportModule.forRoot(config), {
    logger: ['error'],
  });
  try {
    const directory = app.get(MailboxDirectory);
    const known = new Set((await directory.list()).map((mailbox) => mailbox.id));
    for (const mailbox of MAILBOXES) {
      const settings = {
        address: mailbox.user,
        displayName: mailbox.name,
        aidSchemeSlug: mailbox.scheme,
        imapHost: '127.0.0.1',
        imapPort,
        imapTls: false,
        imapUser: mailbox.user,
        passwordEnv: `MAILBOX_${mailbox.id.toUpperCase().replace(/-/g, '_')}_PASSWORD`,
        processedFolder: 'Traites',
        smtpFrom: `Région Hauts-de-France <${mailbox.user}>`,
        active: true,
      };
      if (known.has(mailbox.id)) await directory.update(mailbox.id, settings);
      else await directory.create({ id: mailbox.id, ...settings });
    }
    for (const [index, message] of DEMO_MESSAGES.entries()) {
      const mailbox = MAILBOXES.find((candidate) => candidate.id === message.mailbox)!;
      await dovecot.deliver(
        { user: mailbox.user, password: PASSWORD },
        demoMessage(index, message, mailbox.user),
      );
    }
    // The worker booted before these mailboxes existed: a sweep now also starts their IDLE watch.
    await app.get(JobProducer).enqueue(JobName.SweepMailboxes, {});
  } finally {
    await app.close();
  }
  process.stdout.write(
    `Demo mail: IMAP 127.0.0.1:${imapPort} (${MAILBOXES.map((mailbox) => mailbox.user).join(', ')}, password ${PASSWORD}); outgoing mail in tmp/demo-mail/outbox/\n`,
  );
  const stop = () => {
    void Promise.all([dovecot.stop(), smtp.close()]).finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  // The rest of the demo works without mail: say why and stay up (concurrently would stop everything).
  process.stderr.write(`Demo mail unavailable: ${error.message}\n`);
  setInterval(() => undefined, 1 << 30);
});
