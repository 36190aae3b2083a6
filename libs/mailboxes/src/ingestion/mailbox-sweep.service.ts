import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import { randomUUID } from 'node:crypto';
import { ImapConnector } from '../imap/imap-connector';
import type { ImapSession } from '../imap/imap-session';
import { MailboxDirectory } from '../mailbox-directory.service';
import type { Mailbox } from '../persistence/mailbox.entity';
import { MailStore } from '../store/mail-store.service';
import { OutboundMail } from '../outgoing/outbound-mail.service';
import type { IntakeOutcome, IntakeResult } from './mail-intake.service';
import { MailWindowIntake } from './mail-window-intake.service';

export type SweepReport = Record<IntakeOutcome | 'moved', number>;

const LOCK_TTL_MS = 5 * 60_000;
const LOCK_WAIT_MS = 2 * 60_000;
/** Deletes the lock only if it is still ours (it may have expired and been taken). */
const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

/**
 * Reconciles a mailbox by UID: every copy still in a read folder is either already committed (a
 * crash hit between our commit and the move: it is only moved now) or new (ingested, committed,
 * then moved). Whatever the outage, the next sweep backfills it; the server copy is moved to the
 * processed folder only after the commit and never deleted. A window of UIDs (`MAIL_SWEEP_WINDOW`)
 * is fetched in one UID FETCH, filed by `MailWindowIntake` in UID order (new persons' messages in
 * one transaction), its deliveries recorded in one statement, then moved in one MOVE while the next
 * window is filed.
 */
@Injectable()
export class MailboxSweep {
  private readonly logger = new Logger(MailboxSweep.name);

  constructor(
    private readonly connector: ImapConnector,
    private readonly mailboxes: MailboxDirectory,
    private readonly store: MailStore,
    private readonly windows: MailWindowIntake,
    private readonly outbound: OutboundMail,
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  async sweepAll(): Promise<Record<string, SweepReport | { error: string }>> {
    const reports: Record<string, SweepReport | { error: string }> = {};
    // Acknowledgements committed with their window whose send job a crash lost.
    await this.outbound
      .requeueStranded()
      .catch((error: Error) =>
        this.logger.warn({ err: error.message }, 'stranded mail not requeued'),
      );
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
    const size = this.config.values.mail.sweepWindow;
    const windows: number[][] = [];
    for (let start = 0; start < uids.length; start += size)
      windows.push(uids.slice(start, start + size));
    const fetch = async (window: readonly number[]) => {
      // Copies committed before a crash (or a failed move) are only moved now.
      const known = await this.store.deliveriesOf(mailbox.id, folder, uidValidity, window);
      const sources = await session.sources(window.filter((uid) => !known.has(uid)));
      // A copy that vanished meanwhile was moved by another worker.
      const fresh = window.filter((uid) => sources.has(uid));
      const parsed = await this.windows.parse(fresh.map((uid) => sources.get(uid)!));
      return { known, fresh, parsed };
    };
    let next = windows.length > 0 ? fetch(windows[0]) : null;
    // The previous window's deliveries and MOVE, running while this window is filed.
    let tail: Promise<void> = Promise.resolve();
    try {
      for (let index = 0; next; index += 1) {
        const { known, fresh, parsed } = await next;
        // The next window is fetched and parsed while this one is committed (it only reads).
        next = index + 1 < windows.length ? fetch(windows[index + 1]) : null;
        // Settled here too, so that a failure of this window never leaves it unhandled.
        next?.catch(() => undefined);
        await renew();
        const afterCommit: Promise<void>[] = [];
        const results = await this.windows.file(parsed, mailbox, { afterCommit });
        for (const result of results) report[result.outcome] += 1;
        await tail;
        // Committed: recording and moving the copies, queueing the acknowledgements read nothing
        // the next window writes (other UIDs, other rows), so they overlap that window's commit.
        tail = Promise.all([
          this.moveCommitted(session, mailbox, folder, uidValidity, known, fresh, results),
          ...afterCommit,
        ]).then(() => undefined);
        tail.catch(() => undefined);
        report.moved += known.size + fresh.length;
      }
    } finally {
      // Never leave a MOVE running past the sweep (its session closes next).
      await tail.catch(() => undefined);
    }
    await tail;
  }

  /** After the commit only: the deliveries in one statement, the copies in one MOVE. */
  private async moveCommitted(
    session: ImapSession,
    mailbox: Mailbox,
    folder: string,
    uidValidity: string,
    known: ReadonlyMap<number, string>,
    fresh: readonly number[],
    results: readonly IntakeResult[],
  ): Promise<void> {
    const recorded = await this.store.recordDeliveries(
      results.map((result, position) => ({
        mailboxId: mailbox.id,
        folder,
        uidValidity,
        uid: String(fresh[position]),
        messageId: result.mailMessageId,
        duplicate: result.outcome === 'duplicate',
      })),
    );
    await session.move([...known.keys(), ...fresh], mailbox.processedFolder);
    await this.store.markMoved([...known.values(), ...recorded]);
  }
}
