import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { ImapFlow } from 'imapflow';
import { freePort } from './free-port';
import { spawnProcess, SpawnedProcess } from './spawned-process';

const DOVECOT = '/usr/sbin/dovecot';
const ROOT = resolve(__dirname, '../../..');

export interface MailUser {
  readonly user: string;
  readonly password: string;
}

export interface DovecotServer {
  readonly host: string;
  readonly port: number;
  readonly directory: string;
  /** IMAP APPEND, as a mail server's delivery would; resolves with the new UID. */
  deliver(user: MailUser, raw: Buffer | string, folder?: string): Promise<number>;
  /** Subjects (and UIDs) of the messages in a folder, oldest first. */
  list(user: MailUser, folder?: string): Promise<{ uid: number; subject: string }[]>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Makes the server forget a folder's UIDs: it comes back with a new UIDVALIDITY. */
  resetUidValidity(user: MailUser, folder?: string): Promise<void>;
  close(): Promise<void>;
}

/** Installs Debian's dovecot-imapd through the project script when this machine lacks it. */
export function ensureDovecotInstalled(): void {
  if (existsSync(DOVECOT)) return;
  execFileSync('bash', [join(ROOT, 'scripts/ensure-services.sh'), '--mail'], { stdio: 'inherit' });
}

/**
 * A throwaway Dovecot: its own config, passwd-file and Maildirs under tmp/, on a free high port,
 * plain IMAP on 127.0.0.1. Never the package's system service.
 */
export async function startDovecot(
  users: readonly MailUser[],
  options: { readonly port?: number; readonly directory?: string } = {},
): Promise<DovecotServer> {
  ensureDovecotInstalled();
  const directory =
    options.directory ?? join(ROOT, 'tmp', `dovecot-${randomBytes(4).toString('hex')}`);
  const port = options.port ?? (await freePort());
  const asRoot = process.getuid?.() === 0;
  // Dovecot refuses uid 0 for mail: as root, mail belongs to the package's `dovecot` user.
  const mailUser = asRoot ? 'dovecot' : userInfo().username;
  const loginUser = asRoot ? 'dovenull' : userInfo().username;
  await mkdir(join(directory, 'mail'), { recursive: true });
  await mkdir(join(directory, 'home'), { recursive: true });
  await chmod(directory, 0o755);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'dovecot']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'dovecot']).toString().trim());
    await chown(join(directory, 'mail'), uid, gid);
    await chown(join(directory, 'home'), uid, gid);
  }
  await writeFile(
    join(directory, 'passwd'),
    users.map((entry) => `${entry.user}:{PLAIN}${entry.password}::::::\n`).join(''),
  );
  const config = join(directory, 'dovecot.conf');
  await writeFile(
    config,
    `base_dir = ${directory}/run
state_dir = ${directory}/state
log_path = ${directory}/dovecot.log
instance_name = gru-test-${port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:${directory}/mail/%u
mail_uid = ${mailUser}
mail_gid = ${mailUser}
default_internal_user = ${mailUser}
default_login_user = ${loginUser}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${directory}/passwd
}
userdb {
  driver = static
  args = uid=${mailUser} gid=${mailUser} home=${directory}/home/%u
}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
namespace inbox {
  inbox = yes
  separator = /
}
`,
  );
  let server: SpawnedProcess | undefined;
  const start = async () => {
    await mkdir(join(directory, 'run'), { recursive: true });
    await mkdir(join(directory, 'state'), { recursive: true });
    // Its own process group: stopping it ends the IMAP sessions too, as a real server restart does.
    server = spawnProcess(DOVECOT, ['-F', '-c', config], { detached: true });
    await waitForPort(port, server);
  };
  const stop = async () => {
    if (!server) return;
    const exited = server.exited;
    try {
      process.kill(-server.child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
    server = undefined;
    await waitForPortClosed(port);
  };
  await start();
  const withClient = async <T>(user: MailUser, work: (client: ImapFlow) => Promise<T>) => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user: user.user, pass: user.password },
      logger: false,
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout().catch(() => client.close());
    }
  };
  return {
    host: '127.0.0.1',
    port,
    directory,
    deliver: (user, raw, folder = 'INBOX') =>
      withClient(user, async (client) => {
        const appended = await client.append(
          folder,
          typeof raw === 'string' ? Buffer.from(raw) : raw,
        );
        if (!appended || !appended.uid) throw new Error('APPEND returned no UID');
        return appended.uid;
      }),
    list: (user, folder = 'INBOX') =>
      withClient(user, async (client) => {
        const mailbox = await client.mailboxOpen(folder);
        if (mailbox.exists === 0) return [];
        const messages = await client.fetchAll('1:*', { uid: true, envelope: true });
        return messages.map((message) => ({
          uid: message.uid,
          subject: message.envelope?.subject ?? '',
        }));
      }),
    stop,
    start,
    async resetUidValidity(user, folder = 'INBOX') {
      await stop();
      const maildir = join(directory, 'mail', user.user, folder === 'INBOX' ? '' : `.${folder}`);
      for (const file of await readdir(maildir))
        if (file.startsWith('dovecot')) await rm(join(maildir, file), { force: true });
      // UIDVALIDITY is a timestamp: make sure the new one differs from the old.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await start();
    },
    async close() {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, process: SpawnedProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await accepts(port))) {
    if (process.child.exitCode !== null)
      throw new Error(`dovecot exited (${process.child.exitCode}):\n${process.output()}`);
    if (Date.now() > deadline)
      throw new Error(`dovecot did not listen on ${port}:\n${process.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForPortClosed(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await accepts(port)) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
