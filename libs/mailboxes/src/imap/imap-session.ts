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

  /** Many messages' exact bytes in one UID FETCH; a UID that vanished meanwhile is absent. */
  async sources(uids: readonly number[]): Promise<Map<number, Buffer>> {
    const sources = new Map<number, Buffer>();
    if (uids.length === 0) return sources;
    const messages = await this.client.fetchAll(
      uids.join(','),
      { uid: true, source: true },
      { uid: true },
    );
    for (const message of messages) if (message.source) sources.set(message.uid, message.source);
    return sources;
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
