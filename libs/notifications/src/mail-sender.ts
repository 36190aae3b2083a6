import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly attachments?: readonly MailAttachment[];
}

export interface MailAttachment {
  readonly filename: string;
  readonly content: Buffer;
  readonly contentType: string;
}

/**
 * The only file that talks SMTP (nodemailer). Without SMTP_URL (a demo without a mail server) the
 * message is logged instead of sent, and the caller is told so.
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport?: Transporter;
  private readonly from: string;

  constructor(config: AppConfig) {
    this.from = config.values.smtp.from;
    if (config.values.smtp.url) this.transport = createTransport(config.values.smtp.url);
  }

  async send(mail: OutgoingMail): Promise<'sent' | 'logged'> {
    if (!this.transport) {
      this.logger.log(
        { to: mail.to, subject: mail.subject },
        'SMTP_URL not set: mail logged, not sent',
      );
      return 'logged';
    }
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments?.map((attachment) => ({ ...attachment })),
    });
    return 'sent';
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
