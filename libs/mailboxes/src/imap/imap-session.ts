import { ImapFlow } from 'imapflow';

export interface ImapAccount {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly user: string;
  readonly password: string;
}

export interface FolderState {
  readonly uidValidity: string;
  readonly uids: readonly number[];
}

/**
 * The only file that imports imapflow: one authenticated connection, read by UID. Moving a copy
 * creates the destination folder on first use; nothing is ever deleted.
 */
export class ImapSession {
  private constructor(private readonly client: ImapFlow) {}

  static async open(account: ImapAccount): Promise<ImapSession> {
    const client = new ImapFlow({
      host: account.host,
      port: account.port,
      secure: account.secure,
      auth: { user: account.user, pass: account.password },
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
    // A dropped connection surfaces as a rejected command; an unhandled 'error' would kill the worker.
    client.on('error', () => undefined);
    await client.connect();
    return new ImapSession(client);
  }

  /** Opens the folder and lists every UID in it, in ascending order. */
  async select(folder: string): Promise<FolderState> {
    const opened = await this.client.mailboxOpen(folder);
    const uids =
      opened.exists > 0 ? (await this.client.search({ all: true }, { uid: true })) || [] : [];
    return { uidValidity: String(opened.uidValidity), uids: [...uids].sort((a, b) => a - b) };
  }

  /** The message's exact bytes, or null when it vanished meanwhile (moved by another worker). */
  async source(uid: number): Promise<Buffer | null> {
    const message = await this.client.fetchOne(String(uid), { source: true }, { uid: true });
    return message && message.source ? message.source : null;
  }

  /** The sender of each message (from the envelope), to keep one sender's messages in order. */
  async senders(uids: readonly number[]): Promise<Map<number, string>> {
    const senders = new Map<number, string>();
    if (uids.length === 0) return senders;
    const messages = await this.client.fetchAll(
      uids.join(','),
      { uid: true, envelope: true },
      { uid: true },
    );
    for (const message of messages)
      senders.set(message.uid, message.envelope?.from?.[0]?.address?.toLowerCase() ?? '');
    return senders;
  }

  /** One MOVE for many copies; the destination folder is created on first use. */
  async move(uids: readonly number[], folder: string): Promise<void> {
    if (uids.length === 0) return;
    await this.ensureFolder(folder);
    await this.client.messageMove(uids.join(','), folder, { uid: true });
  }

  private readonly knownFolders = new Set<string>();

  async ensureFolder(folder: string): Promise<void> {
    if (this.knownFolders.has(folder)) return;
    const existing = await this.client.list();
    if (!existing.some((entry) => entry.path === folder)) {
      await this.client.mailboxCreate(folder).catch((error: { serverResponseCode?: string }) => {
        if (error.serverResponseCode !== 'ALREADYEXISTS') throw error;
      });
    }
    this.knownFolders.add(folder);
  }

  /** Resolves when the server announces new mail in the selected folder, or the connection ends. */
  waitForNews(onNews: () => void): Promise<void> {
    this.client.on('exists', onNews);
    return new Promise((resolve) => this.client.once('close', () => resolve()));
  }

  async idle(): Promise<void> {
    await this.client.idle();
  }

  async close(): Promise<void> {
    await this.client.logout().catch(() => this.client.close());
  }
}
