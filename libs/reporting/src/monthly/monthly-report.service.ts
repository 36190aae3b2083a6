import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, StaffDirectory } from '@gru/auth';
import { addCalendarDays, type CalendarDate } from '@gru/calendar';
import { MailSender } from '@gru/notifications';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { MonthlyReportDispatch } from '../persistence/monthly-report-dispatch.entity';
import { ContactsReports } from '../reports/contacts-report.service';
import { periodOf, type ReportingPeriod } from '../reports/reporting-period';
import { RequestsReports } from '../reports/requests-report.service';
import { VoiceReports } from '../reports/voice-report.service';
import { parisDayOf } from '../rollup/paris-days';
import { MonthlyReportContent, renderMonthlyReportPdf } from './monthly-report-pdf';

export type MonthlyReportOutcome = 'sent' | 'already-sent' | 'no-recipient';

const number = new Intl.NumberFormat('fr-FR');
const percent = (value: number | null) =>
  value === null
    ? '—'
    : new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(value);

/**
 * The monthly report (PDF) mailed to the directorate's managers, once per month: the month's row
 * is locked while the mail goes out and marked sent in the same transaction, so a second run (a
 * retry, two workers, a re-scheduled job) finds it sent and does nothing.
 */
@Injectable()
export class MonthlyReports {
  private readonly logger = new Logger(MonthlyReports.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contacts: ContactsReports,
    private readonly requests: RequestsReports,
    private readonly voice: VoiceReports,
    private readonly staff: StaffDirectory,
    private readonly mail: MailSender,
  ) {}

  /** The month before the Paris month of `now`. */
  sendPreviousMonth(now = new Date()): Promise<MonthlyReportOutcome> {
    const month = DateTime.fromISO(parisDayOf(now)).startOf('month').minus({ months: 1 });
    return this.send(month.toISODate() as CalendarDate);
  }

  async send(firstDay: CalendarDate): Promise<MonthlyReportOutcome> {
    const last = addCalendarDays(
      DateTime.fromISO(firstDay).plus({ months: 1 }).toISODate() as CalendarDate,
      -1,
    );
    const period = periodOf(firstDay, last);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(MonthlyReportDispatch)
      .values({ month: firstDay, sentAt: null, recipients: 0 })
      .orIgnore()
      .execute();
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager
        .createQueryBuilder(MonthlyReportDispatch, 'dispatch')
        .setLock('pessimistic_write')
        .where('dispatch.month = :month', { month: firstDay })
        .getOneOrFail();
      if (claim.sentAt !== null) return 'already-sent';
      const managers = (await this.staff.list()).filter(
        (user) => user.role === Role.Manager && user.active,
      );
      if (managers.length === 0) return 'no-recipient';
      const content = await this.content(period);
      const pdf = await renderMonthlyReportPdf(content);
      await this.mail.send({
        to: managers.map((user) => user.email).join(', '),
        subject: content.title,
        text: `Bonjour,\n\nVous trouverez ci-joint le ${content.title.toLowerCase()}.\n\nLa plateforme GRU`,
        attachments: [
          {
            filename: `rapport-${firstDay.slice(0, 7)}.pdf`,
            content: pdf,
            contentType: 'application/pdf',
          },
        ],
      });
      await manager.update(
        MonthlyReportDispatch,
        { month: firstDay },
        { sentAt: new Date(), recipients: managers.length },
      );
      this.logger.log({ month: firstDay, recipients: managers.length }, 'monthly report sent');
      return 'sent';
    });
  }

  private async content(period: ReportingPeriod): Promise<MonthlyReportContent> {
    const [byChannel, byAntenna, requests, voice] = await Promise.all([
      this.contacts.report(period, ['channel'], null, {}),
      this.contacts.report(period, ['antenna'], null, {}),
      this.requests.report(period, [], null, {}),
      this.voice.report(period, [], null),
    ]);
    const monthName = DateTime.fromISO(period.from).setLocale('fr').toFormat('LLLL yyyy');
    const key = (row: { key: Record<string, string | number | null> }, name: string) =>
      String(row.key[name] ?? 'non renseigné');
    return {
      title: `Rapport mensuel de la relation usagers — ${monthName}`,
      sections: [
        {
          heading: 'Contacts',
          lines: [
            ['Total', number.format(byChannel.total)],
            ['Mois précédent', number.format(byChannel.previous.total)],
            ...byChannel.rows.map(
              (row) => [`Canal ${key(row, 'channel')}`, number.format(row.contacts)] as const,
            ),
            ...byAntenna.rows.map(
              (row) => [`Antenne ${key(row, 'antenna')}`, number.format(row.contacts)] as const,
            ),
          ],
        },
        {
          heading: 'Numéro vert',
          lines: [
            ['Appels présentés', number.format(voice.total.offered)],
            ['Appels décrochés', number.format(voice.total.answered)],
            ['Décrochés en 20 s ou moins', percent(voice.total.serviceLevel)],
            ['Abandons', number.format(voice.total.abandoned)],
            ['Rappels demandés', number.format(voice.total.callbacks)],
            ['Délai moyen de décroché (s)', String(voice.total.averageSpeedOfAnswerSeconds ?? '—')],
            ['Part décrochée par l’antenne de l’appelant', percent(voice.total.ownAntennaShare)],
            ['Indice d’équité de Jain entre antennes', String(voice.jainIndex ?? '—')],
          ],
        },
        {
          heading: 'Demandes',
          lines: [
            ['Ouvertes', number.format(requests.total.opened)],
            ['Résolues', number.format(requests.total.resolved)],
            ['Résolues dans les délais', percent(requests.total.slaMetRate)],
            ['En cours en fin de mois', number.format(requests.total.backlog)],
            ['Rappels tenus dans les délais', percent(requests.total.callbacksKeptRate)],
          ],
        },
      ],
    };
  }
}
