import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { addCalendarDays, REGION_TIME_ZONE } from '@gru/calendar';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, JobProducer, QueueName } from '@gru/queue';
import { MonthlyReports } from '../monthly/monthly-report.service';
import { reportingPeriod } from '../reports/reporting-period';
import { nextParisDay, parisDayOf, startOfParisDay } from '../rollup/paris-days';
import { ReportingRollup } from '../rollup/reporting-rollup.service';

/** Days re-rolled every night: contacts are coded, and requests resolved, after the fact. */
const LATE_CODING_DAYS = 7;

/**
 * Consumes `reporting`: today every minute (figures at most a minute old), yesterday and today
 * every hour, the last week every night, rebuilds of any range on demand, the monthly report.
 */
@Processor(QueueName.Reporting)
export class ReportingProcessor
  extends GruProcessor<QueueName.Reporting>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<QueueName.Reporting> = {
    [JobName.RollupToday]: () => this.rollBack(0),
    [JobName.RollupRecentHours]: () => this.rollBack(1),
    [JobName.RollupRecentDays]: () => this.rollBack(LATE_CODING_DAYS),
    [JobName.RebuildReporting]: ({ from, to }) => {
      const period = reportingPeriod(from, to);
      return this.rollup.rebuild(period.start, period.end);
    },
    [JobName.SendMonthlyReport]: () => this.monthly.sendPreviousMonth(),
  };

  constructor(
    metrics: MetricsRegistry,
    private readonly rollup: ReportingRollup,
    private readonly monthly: MonthlyReports,
    private readonly jobs: JobProducer,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    const tz = REGION_TIME_ZONE;
    await this.jobs.schedule(JobName.RollupToday, { every: 60_000 });
    await this.jobs.schedule(JobName.RollupRecentHours, { pattern: '5 * * * *', tz });
    await this.jobs.schedule(JobName.RollupRecentDays, { pattern: '30 2 * * *', tz });
    await this.jobs.schedule(JobName.SendMonthlyReport, { pattern: '0 7 1 * *', tz });
  }

  /** Rebuilds today and the `days` days before it. */
  private rollBack(days: number): Promise<number> {
    const today = parisDayOf(new Date());
    return this.rollup.rebuild(
      startOfParisDay(addCalendarDays(today, -days)),
      startOfParisDay(nextParisDay(today)),
    );
  }
}
