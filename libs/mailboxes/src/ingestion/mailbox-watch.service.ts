import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { JobName, JobProducer } from '@gru/queue';
import { ImapConnector } from '../imap/imap-connector';
import type { ImapSession } from '../imap/imap-session';
import { MailboxDirectory } from '../mailbox-directory.service';
import type { Mailbox } from '../persistence/mailbox.entity';

const RECONNECT_DELAY_MS = 5_000;

/**
 * IMAP IDLE on each active mailbox's first folder: news triggers a sweep at once instead of at the
 * next repeatable one. It only ever enqueues: the sweep does the work, so a lost IDLE connection
 * costs latency, never mail.
 */
@Injectable()
export class MailboxWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailboxWatch.name);
  private readonly sessions = new Map<string, ImapSession>();
  private readonly watched = new Set<string>();
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly mailboxes: MailboxDirectory,
    private readonly connector: ImapConnector,
    private readonly jobs: JobProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.watchActive();
  }

  /** Starts watching mailboxes activated since (called at boot and by every repeatable sweep). */
  async watchActive(): Promise<void> {
    if (!this.config.values.mail.idle || this.stopped) return;
    for (const mailbox of await this.mailboxes.active()) {
      if (this.watched.has(mailbox.id)) continue;
      this.watched.add(mailbox.id);
      void this.watch(mailbox).finally(() => this.watched.delete(mailbox.id));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.sessions.values()].map((session) => session.close()));
  }

  private async watch(initial: Mailbox): Promise<void> {
    let mailbox = initial;
    while (!this.stopped) {
      try {
        const session = await this.connector.open(mailbox);
        this.sessions.set(mailbox.id, session);
        await session.select(mailbox.folders[0] ?? 'INBOX');
        const closed = session.waitForNews(() => void this.sweepSoon(mailbox.id));
        await this.sweepSoon(mailbox.id);
        while (!this.stopped) {
          const ended = await Promise.race([
            session.idle().then(() => false),
            closed.then(() => true),
          ]);
          if (ended) break;
        }
      } catch (error) {
        this.logger.warn({ mailbox: mailbox.id, err: (error as Error).message }, 'IMAP IDLE lost');
      } finally {
        this.sessions.delete(mailbox.id);
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS));
      // Shut down meanwhile: the database may be gone already.
      if (this.stopped) return;
      // A mailbox deactivated or changed meanwhile: stop, or reconnect with its new settings.
      const current = (await this.mailboxes.active()).find((active) => active.id === mailbox.id);
      if (!current) return;
      mailbox = current;
    }
  }

  private async sweepSoon(mailboxId: string): Promise<void> {
    await this.jobs
      .enqueue(
        JobName.SweepMailbox,
        { mailboxId },
        { deduplication: { id: `sweep-mailbox_${mailboxId}` } },
      )
      .catch((error: Error) =>
        this.logger.warn({ mailbox: mailboxId, err: error.message }, 'sweep not enqueued'),
      );
  }
}
