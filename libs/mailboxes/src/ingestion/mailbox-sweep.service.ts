import { Injectable, Logger } from '@nestjs/common';
import { ImapConnector } from '../imap/imap-connector';
import type { ImapSession } from '../imap/imap-session';
import { MailboxDirectory } from '../mailbox-directory.service';
import type { Mailbox } from '../persistence/mailbox.entity';
import { MailStore } from '../store/mail-store.service';
import { IntakeOutcome, MailIntake } from './mail-intake.service';

export type SweepReport = Record<IntakeOutcome | 'moved', number>;

/**
 * Reconciles a mailbox by UID: every copy still in a read folder is either already committed (a
 * crash hit between our commit and the move: it is only moved now) or new (ingested, committed,
 * then moved). Whatever the outage, the next sweep backfills it; the server copy is moved to the
 * processed folder only after the commit and never deleted.
 */
@Injectable()
export class MailboxSweep {
  private readonly logger = new Logger(MailboxSweep.name);

  constructor(
    private readonly connector: ImapConnector,
    private readonly mailboxes: MailboxDirectory,
    private readonly store: MailStore,
    private readonly intake: MailIntake,
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

  async sweep(mailboxId: string): Promise<SweepReport> {
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
        await this.sweepFolder(session, mailbox, folder, report);
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
  ): Promise<void> {
    const { uidValidity, uids } = await session.select(folder);
    for (const uid of uids) {
      let delivery = await this.store.delivery(mailbox.id, folder, uidValidity, String(uid));
      if (!delivery) {
        const raw = await session.source(uid);
        if (!raw) continue;
        const result = await this.intake.ingest(raw, mailbox);
        report[result.outcome] += 1;
        delivery = await this.store.recordDelivery({
          mailboxId: mailbox.id,
          folder,
          uidValidity,
          uid: String(uid),
          messageId: result.mailMessageId,
          duplicate: result.outcome === 'duplicate',
        });
      }
      await session.move(uid, mailbox.processedFolder);
      await this.store.markMoved(delivery.id);
      report.moved += 1;
    }
  }
}
