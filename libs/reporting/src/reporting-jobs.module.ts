import { Module } from '@nestjs/common';
import { ReportingProcessor } from './jobs/reporting.processor';
import { ReportingModule } from './reporting.module';

/** Worker side: the `reporting` queue (rollups, rebuilds, monthly report). */
@Module({
  imports: [ReportingModule],
  providers: [ReportingProcessor],
})
export class ReportingJobsModule {}
