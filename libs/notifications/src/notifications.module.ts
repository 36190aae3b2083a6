import { Module } from '@nestjs/common';
import { MailSender } from './mail-sender';
import { StaffNotifier } from './staff-notifier.service';

@Module({ providers: [MailSender, StaffNotifier], exports: [MailSender, StaffNotifier] })
export class NotificationsModule {}
