import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingEmail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
  readonly inReplyTo?: string | null;
  readonly references?: readonly string[];
  readonly headers?: Readonly<Record<string, string>>;
}

/** The mailboxes library's only SMTP file (nodemailer), on the platform's SMTP_URL. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transport?: Transporter;

  constructor(config: AppConfig) {
    if (config.values.smtp.url) this.transport = createTransport(config.values.smtp.url);
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: OutgoingEmail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL non configuré : courriel non envoyé');
    await this.transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      inReplyTo: mail.inReplyTo ?? undefined,
      references: mail.references && mail.references.length > 0 ? [...mail.references] : undefined,
      headers: mail.headers ? { ...mail.headers } : undefined,
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
