import { Processor } from '@nestjs/bullmq';
import { StaffDirectory } from '@gru/auth';
import { REGION_TIME_ZONE } from '@gru/calendar';
import { AppConfig } from '@gru/config';
import { MailSender, StaffNotification } from '@gru/notifications';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobName, JobPayload, QueueName } from '@gru/queue';
import type { Job } from 'bullmq';
import { SlaState } from '../lifecycle/request-status';
import { CitizenMessages } from '../messages/citizen-messages.service';
import { RequestReader } from '../workflow/request-reader.service';

const PARIS = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: REGION_TIME_ZONE });

/**
 * The `notifications` queue: alerts to staff (re-reading the request so a stale alert is dropped)
 * and messages to citizens.
 */
@Processor(QueueName.Notifications)
export class NotificationsProcessor extends GruProcessor {
  constructor(
    metrics: MetricsRegistry,
    private readonly requests: RequestReader,
    private readonly staff: StaffDirectory,
    private readonly mail: MailSender,
    private readonly config: AppConfig,
    private readonly messages: CitizenMessages,
  ) {
    super(metrics);
  }

  protected async handle(job: Job): Promise<{ outcome: string }> {
    switch (job.name as JobName) {
      case JobName.NotifyStaff:
        return this.notifyStaff(job as Job<JobPayload<StaffNotification>>);
      case JobName.SendCitizenMessage:
        return this.sendCitizenMessage(job as Job<JobPayload<{ messageId: string }>>);
      default:
        throw new Error(`Unknown job ${job.name} on ${QueueName.Notifications}`);
    }
  }

  private async sendCitizenMessage(job: Job<JobPayload<{ messageId: string }>>): Promise<{ outcome: string }> {
    return { outcome: await this.messages.deliver(job.data.messageId) };
  }

  private async notifyStaff(job: Job<JobPayload<StaffNotification>>): Promise<{ outcome: string }> {
    const { userId, requestId, kind } = job.data;
    const [request, user] = await Promise.all([this.requests.get(requestId), this.staff.get(userId)]);
    const stillTrue = kind === 'request-overdue' ? request.slaState === SlaState.Overdue : request.slaState !== SlaState.OnTime;
    if (!stillTrue || request.assigneeUserId !== userId || !user.active) return { outcome: 'skipped' };
    const due = request.dueAt ? PARIS.format(request.dueAt) : 'sans échéance';
    const headline = kind === 'request-overdue' ? 'Demande en retard' : 'Échéance proche';
    const outcome = await this.mail.send({
      to: user.email,
      subject: `[GRU] ${headline} : ${request.reference}`,
      text: [
        `Bonjour ${user.displayName},`,
        '',
        `${headline} pour la demande ${request.reference} « ${request.subject} ».`,
        `Échéance : ${due}.`,
        `${this.config.values.http.publicBaseUrl}/demandes/${request.id}`,
      ].join('\n'),
    });
    return { outcome };
  }
}
