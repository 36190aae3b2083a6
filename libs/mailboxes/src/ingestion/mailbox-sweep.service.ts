import { Injectable, Logger } from '@nestjs/common';
import { RedisConnection } from '@gru/redis';
import { randomUUID } from 'node:crypto';
import { ImapConnector } from '../imap/imap-connector';
import type { ImapSession } from '../imap/imap-session';
import { MailboxDirectory } from '../mailbox-directory.service';
import type { Mailbox } from '../persistence/mailbox.entity';
import { MailStore } from '../store/mail-store.service';
import { IntakeOutcome, MailIntake } from './mail-intake.service';

export type SweepReport = Record<IntakeOutcome | 'moved', number>;

const LOCK_TTL_MS = 5 * 60_000;
const LOCK_WAIT_MS = 2 * 60_000;
/** Deletes the lock only if it is still ours (it may have expired and been taken). */
const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/** UIDs handled between two MOVEs: what a crash can leave committed but not yet moved. */
const WINDOW = 100;
/** Senders handled at once: each commit waits for the disk, so parallel senders share the wait. */
const PARALLEL_SENDERS = 8;

/**
 * Reconciles a mailbox by UID: every copy still in a read folder is either already committed (a
 * crash hit between our commit and the move: it is only moved now) or new (ingested, committed,
 * then moved). Whatever the outage, the next sweep backfills it; the server copy is moved to the
 * processed folder only after the commit and never deleted. One sender's messages go in UID order
 * (a reply finds the message it answers); different senders go in parallel.
 */
@Injectable()
export class MailboxSweep {
  private readonly logger = new Logger(MailboxSweep.name);

  constructor(
    private readonly connector: ImapConnector,
    private readonly mailboxes: MailboxDirectory,
    private readonly store: MailStore,
    private readonly intake: MailIntake,
    private readonly redis: RedisConnection,
  ) {}

  async sweepAll(): Promise<Record<string, SweepReport | { error: string }>> {
    const reports: Record<string, SweepReport | { error: string }> = {};
    for (const mailbox of await this.mailboxes.active()) {
      // One unreachable mailbox must not hold the others back.
      reports[mailbox.id] = await this.sweep(mailbox.id).catch((error: Error) => {
        this.logger.warn({ mailbox: mailbox.id, err: error.message }, 'mailbox sweep failed');
        return { error: error.message };
      });
    }
    return reports;
  }

  /** One sweep of a mailbox at a time across workers: a second one waits for the first. */
  async sweep(mailboxId: string): Promise<SweepReport> {
    const key = this.redis.key('mail', 'sweep', mailboxId);
    const token = randomUUID();
    const deadline = Date.now() + LOCK_WAIT_MS;
    while ((await this.redis.client.set(key, token, 'PX', LOCK_TTL_MS, 'NX')) !== 'OK') {
      if (Date.now() > deadline) throw new Error(`mailbox ${mailboxId} is being swept elsewhere`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    try {
      return await this.sweepLocked(mailboxId, () =>
        this.redis.client.pexpire(key, LOCK_TTL_MS).then(() => undefined),
      );
    } finally {
      await this.redis.client.eval(RELEASE, 1, key, token);
    }
  }

  private async sweepLocked(mailboxId: string, renew: () => Promise<void>): Promise<SweepReport> {
    const mailbox = await this.mailboxes.get(mailboxId);
    const report: SweepReport = {
      created: 0,
      threaded: 0,
      duplicate: 0,
      quarantined: 0,
      ignored: 0,
      moved: 0,
    };
    const session = await this.connector.open(mailbox);
    try {
      for (const folder of mailbox.folders)
        await this.sweepFolder(session, mailbox, folder, report, renew);
    } finally {
      await session.close();
    }
    return report;
  }

  private async sweepFolder(
    session: ImapSession,
    mailbox: Mailbox,
    folder: string,
    report: SweepReport,
    renew: () => Promise<void>,
  ): Promise<void> {
    const { uidValidity, uids } = await session.select(folder);
    for (let start = 0; start < uids.length; start += WINDOW) {
      await renew();
      const window = uids.slice(start, start + WINDOW);
      const senders = await session.senders(window);
      const bySender = new Map<string, number[]>();
      for (const uid of window) {
        const sender = senders.get(uid) ?? '';
        bySender.set(sender, [...(bySender.get(sender) ?? []), uid]);
      }
      const committed: number[] = [];
      const deliveryIds: string[] = [];
      const groups = [...bySender.values()];
      let failure: Error | undefined;
      const worker = async () => {
        for (let group = groups.shift(); group && !failure; group = groups.shift()) {
          for (const uid of group) {
            const deliveryId = await this.commit(
              session,
              mailbox,
              folder,
              uidValidity,
              uid,
              report,
            ).catch((error: unknown) => {
              failure ??= error instanceof Error ? error : new Error(String(error));
              return undefined;
            });
            if (deliveryId === undefined) break;
            if (deliveryId === null) continue;
            committed.push(uid);
            deliveryIds.push(deliveryId);
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_SENDERS }, worker));
      // What was committed is moved even when another message failed: the next sweep retries that one.
      await session.move(committed, mailbox.processedFolder);
      await this.store.markMoved(deliveryIds);
      report.moved += committed.length;
      if (failure) throw failure;
    }
  }

  /** The committed delivery's id, or null when the copy vanished (another worker moved it). */
  private async commit(
    session: ImapSession,
    mailbox: Mailbox,
    folder: string,
    uidValidity: string,
    uid: number,
    report: SweepReport,
  ): Promise<string | null> {
    const known = await this.store.delivery(mailbox.id, folder, uidValidity, String(uid));
    if (known) return known.id;
    const raw = await session.source(uid);
    if (!raw) return null;
    const result = await this.intake.ingest(raw, mailbox);
    report[result.outcome] += 1;
    const delivery = await this.store.recordDelivery({
      mailboxId: mailbox.id,
      folder,
      uidValidity,
      uid: String(uid),
      messageId: result.mailMessageId,
      duplicate: result.outcome === 'duplicate',
    });
    return delivery.id;
  }
}
