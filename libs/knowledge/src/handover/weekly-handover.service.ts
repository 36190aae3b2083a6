import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser, mayActOnAntenna, StaffDirectory, worksAcrossAntennas } from '@gru/auth';
import { AppConfig } from '@gru/config';
import { NotFoundException } from '@gru/errors';
import { MailSender } from '@gru/notifications';
import { DataSource, IsNull } from 'typeorm';
import { HandoverReceipt } from '../persistence/handover-receipt.entity';
import { Handover, HandoverItem } from '../persistence/handover.entity';
import { MARK_SUPERSEDED, parisDay } from '../revisions/live-revision';
import { handoverChanges } from './handover-changes';
import { handoverMail } from './handover-mail';
import { isoWeekOf } from './iso-week';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface HandoverReader {
  readonly userId: string;
  readonly displayName: string;
  readonly antennaId: string | null;
  readonly emailedAt: Date | null;
  readonly readAt: Date | null;
}

export interface SendReport {
  readonly week: string;
  readonly items: number;
  readonly sent: number;
}

/**
 * The weekly hand-over: one per ISO week (Paris), listing what changed since the previous one,
 * mailed once to every active staff member (a receipt row is claimed before each send, so a
 * second run of the job, or a retry, mails nobody twice), read-confirmed on its page.
 */
@Injectable()
export class WeeklyHandover {
  private readonly logger = new Logger(WeeklyHandover.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffDirectory,
    private readonly mail: MailSender,
    private readonly config: AppConfig,
  ) {}

  /** The job: prepares this week's hand-over (once) and mails whoever has not had it. */
  async run(now = new Date()): Promise<SendReport> {
    // Revisions scheduled for the past week took effect: their predecessors leave the index.
    await this.dataSource.query(MARK_SUPERSEDED, [now, null]);
    const handover = await this.prepare(now);
    if (handover.items.length === 0) return { week: handover.week, items: 0, sent: 0 };
    const sent = await this.send(handover);
    return { week: handover.week, items: handover.items.length, sent };
  }

  async prepare(now = new Date()): Promise<Handover> {
    const week = isoWeekOf(parisDay(now));
    const repository = this.dataSource.getRepository(Handover);
    const existing = await repository.findOne({ where: { week } });
    if (existing) return existing;
    const previous = await repository.findOne({ where: {}, order: { periodTo: 'DESC' } });
    const periodFrom = previous?.periodTo ?? new Date(now.getTime() - WEEK_MS);
    const items = await handoverChanges(this.dataSource.manager, periodFrom, now);
    await repository
      .createQueryBuilder()
      .insert()
      .values({ week, periodFrom, periodTo: now, items })
      .orIgnore()
      .execute();
    return repository.findOneOrFail({ where: { week } });
  }

  /** What the next hand-over will list so far. */
  async upcoming(
    now = new Date(),
  ): Promise<{ periodFrom: Date; periodTo: Date; items: HandoverItem[] }> {
    const previous = await this.dataSource
      .getRepository(Handover)
      .findOne({ where: {}, order: { periodTo: 'DESC' } });
    const periodFrom = previous?.periodTo ?? new Date(now.getTime() - WEEK_MS);
    return {
      periodFrom,
      periodTo: now,
      items: await handoverChanges(this.dataSource.manager, periodFrom, now),
    };
  }

  private async send(handover: Handover): Promise<number> {
    const receipts = this.dataSource.getRepository(HandoverReceipt);
    const recipients = await this.staff.listActive();
    await receipts
      .createQueryBuilder()
      .insert()
      .values(recipients.map((user) => ({ handoverId: handover.id, userId: user.id })))
      .orIgnore()
      .execute();
    let sent = 0;
    let failure: Error | undefined;
    for (const user of recipients) {
      // Claim, then send: two runs at once never both mail one person.
      const claim = await receipts.update(
        { handoverId: handover.id, userId: user.id, emailedAt: IsNull() },
        { emailedAt: new Date() },
      );
      if (claim.affected !== 1) continue;
      try {
        await this.mail.send(
          handoverMail(handover, user.email, this.config.values.http.publicBaseUrl),
        );
        sent += 1;
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        await receipts.update({ handoverId: handover.id, userId: user.id }, { emailedAt: null });
        this.logger.warn(
          { userId: user.id, err: (error as Error).message },
          'hand-over mail failed',
        );
      }
    }
    // The job is retried: the unsent receipts are claimed again, the sent ones are not.
    if (failure) throw failure;
    return sent;
  }

  async list(userId: string, limit = 20): Promise<(Handover & { readAt: Date | null })[]> {
    const handovers = await this.dataSource
      .getRepository(Handover)
      .find({ order: { periodTo: 'DESC' }, take: limit });
    const receipts = await this.dataSource
      .getRepository(HandoverReceipt)
      .find({ where: { userId } });
    return handovers.map((handover) =>
      Object.assign(handover, {
        readAt: receipts.find((receipt) => receipt.handoverId === handover.id)?.readAt ?? null,
      }),
    );
  }

  async get(id: string, userId: string): Promise<Handover & { readAt: Date | null }> {
    const handover = await this.dataSource.getRepository(Handover).findOne({ where: { id } });
    if (!handover) throw new NotFoundException('handover', id);
    const receipt = await this.dataSource
      .getRepository(HandoverReceipt)
      .findOne({ where: { handoverId: id, userId } });
    return Object.assign(handover, { readAt: receipt?.readAt ?? null });
  }

  async markRead(id: string, userId: string): Promise<Date> {
    await this.get(id, userId);
    const [row] = await this.dataSource.query<{ read_at: Date }[]>(
      `INSERT INTO knowledge_handover_receipts (handover_id, user_id, read_at) VALUES ($1, $2, now())
       ON CONFLICT (handover_id, user_id) DO UPDATE SET read_at = COALESCE(knowledge_handover_receipts.read_at, now())
       RETURNING read_at`,
      [id, userId],
    );
    return row.read_at;
  }

  /** Who received and read it; an antenna manager sees the staff of their antenna only. */
  async readers(id: string, viewer: AuthenticatedUser): Promise<HandoverReader[]> {
    await this.get(id, viewer.id);
    const receipts = await this.dataSource
      .getRepository(HandoverReceipt)
      .find({ where: { handoverId: id } });
    const staff = await this.staff.list();
    return staff
      .filter((user) =>
        worksAcrossAntennas(viewer)
          ? true
          : user.antennaId !== null && mayActOnAntenna(viewer, user.antennaId),
      )
      .flatMap((user) => {
        const receipt = receipts.find((candidate) => candidate.userId === user.id);
        if (!receipt) return [];
        return [
          {
            userId: user.id,
            displayName: user.displayName,
            antennaId: user.antennaId,
            emailedAt: receipt.emailedAt,
            readAt: receipt.readAt,
          },
        ];
      });
  }
}
