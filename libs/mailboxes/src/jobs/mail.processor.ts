import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, JobProducer, QueueName } from '@gru/queue';
import { MailboxSweep } from '../ingestion/mailbox-sweep.service';
import { MailboxWatch } from '../ingestion/mailbox-watch.service';
import { MailboxDirectory } from '../mailbox-directory.service';
import { OutboundMail } from '../outgoing/outbound-mail.service';
import { MailStore } from '../store/mail-store.service';

/** Consumes the `mail` queue: UID sweeps (scheduled here, and on IDLE news) and outgoing mail. */
@Processor(QueueName.Mail)
export class MailProcessor extends GruProcessor<QueueName.Mail> implements OnApplicationBootstrap {
  protected readonly handlers: JobHandlers<QueueName.Mail> = {
    [JobName.SweepMailboxes]: async () => {
      await this.watch.watchActive();
      return this.sweep.sweepAll();
    },
    [JobName.SweepMailbox]: ({ mailboxId }) => this.sweep.sweep(mailboxId),
    [JobName.SendMail]: async ({ mailMessageId }) => {
      const message = await this.store.get(mailMessageId);
      if (!message?.mailboxId) return 'unknown';
      const mailbox = await this.mailboxes.get(message.mailboxId);
      return this.outbound.deliver(mailMessageId, mailbox.smtpFrom);
    },
  };

  constructor(
    metrics: MetricsRegistry,
    private readonly sweep: MailboxSweep,
    private readonly outbound: OutboundMail,
    private readonly store: MailStore,
    private readonly mailboxes: MailboxDirectory,
    private readonly jobs: JobProducer,
    private readonly config: AppConfig,
    private readonly watch: MailboxWatch,
  ) {
    super(metrics);
  }

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.values.mail.sweepIntervalSeconds * 1000;
    // The IDLE watch sweeps each mailbox at boot; the repeatable sweep starts one interval later.
    await this.jobs.schedule(JobName.SweepMailboxes, { every, startDate: Date.now() + every });
  }
}
