import { Module } from '@nestjs/common';
import { StaffAccountsModule } from '@gru/auth';
import { AuditModule } from '@gru/audit';
import { ConfigModule } from '@gru/config';
import { CitizensModule } from '@gru/citizens';
import { NotificationsModule } from '@gru/notifications';
import { RequestsMaintenanceProcessor } from './jobs/requests-maintenance.processor';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { RequestsModule } from './requests.module';
import { CitizenRetention } from './retention/citizen-retention.service';
import { SlaWatch } from './sla/sla-watch.service';

/** Worker side of the requests library: the `requests` queue (SLA watch, retention). */
@Module({
  imports: [RequestsModule, CitizensModule, NotificationsModule, AuditModule],
  providers: [SlaWatch, CitizenRetention, RequestsMaintenanceProcessor],
  exports: [SlaWatch, CitizenRetention],
})
export class RequestsJobsModule {}

/** Worker side: the `notifications` queue (SLA alerts to assignees, messages to citizens). */
@Module({
  imports: [ConfigModule.forFeature(['http'], 'StaffNotificationsJobsModule'), RequestsModule, NotificationsModule, StaffAccountsModule],
  providers: [NotificationsProcessor],
})
export class StaffNotificationsJobsModule {}
