import { Module } from '@nestjs/common';
import { StaffAccountsModule } from '@gru/auth';
import { ConfigModule } from '@gru/config';
import { NotificationsModule } from '@gru/notifications';
import { WeeklyHandover } from './handover/weekly-handover.service';

/** The weekly hand-over (its mail carries links to the web app, hence `http`). */
@Module({
  imports: [
    ConfigModule.forFeature(['http', 'smtp'], 'KnowledgeHandoverModule'),
    StaffAccountsModule,
    NotificationsModule,
  ],
  providers: [WeeklyHandover],
  exports: [WeeklyHandover],
})
export class KnowledgeHandoverModule {}
