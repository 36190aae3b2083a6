import { Module } from '@nestjs/common';
import { RequestsModule } from '@gru/requests';
import { ReportingExportsController } from './http/reporting-exports.controller';
import { ReportingController } from './http/reporting.controller';
import { ReportingModule } from './reporting.module';

/** Reporting's routes under `/api/reporting`, for the API process only. */
@Module({
  imports: [ReportingModule, RequestsModule],
  controllers: [ReportingController, ReportingExportsController],
})
export class ReportingHttpModule {}
