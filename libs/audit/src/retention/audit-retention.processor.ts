import { Processor } from '@nestjs/bullmq';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@gru/config';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, JobProducer, QueueName } from '@gru/queue';
import { AuditEntry } from '../audit-entry.entity';
import { AuditLogService } from '../audit-log.service';
import { AuditRetention } from './audit-retention.service';

const DAILY_AT_4_AM = '0 4 * * *';
/** The region's clock (the calendar library's, which itself depends on this one). */
const REGION_TIME_ZONE = 'Europe/Paris';

/** Consumes the `audit` queue: the daily purge of entries past `retention.auditMonths`. */
@Processor(QueueName.Audit)
export class AuditRetentionProcessor
  extends GruProcessor<QueueName.Audit>
  implements OnApplicationBootstrap
{
  protected readonly handlers: JobHandlers<QueueName.Audit> = {
    [JobName.PurgeAuditEntries]: async () => {
      const result = await this.retention.purge(this.config.values.retention.auditMonths);
      this.logger.log(result, 'audit entries past their keeping period deleted');
      return result;
    },
  };

  constructor(
    metrics: MetricsRegistry,
    private readonly retention: AuditRetention,
    private readonly config: AppConfig,
    private readonly jobs: JobProducer,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(JobName.PurgeAuditEntries, {
      pattern: DAILY_AT_4_AM,
      tz: REGION_TIME_ZONE,
    });
  }
}

/** Worker side of the audit trail: its retention. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditLogService, AuditRetention, AuditRetentionProcessor],
})
export class AuditRetentionJobsModule {}
