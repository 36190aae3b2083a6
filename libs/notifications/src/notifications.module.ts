import { Module } from '@nestjs/common';
import { ConfigModule } from '@gru/config';
import { MailSender } from './mail-sender';
import { StaffNotifier } from './staff-notifier.service';

@Module({
  imports: [ConfigModule.forFeature(['smtp'], 'NotificationsModule')],
  providers: [MailSender, StaffNotifier],
  exports: [MailSender, StaffNotifier],
})
export class NotificationsModule {}
