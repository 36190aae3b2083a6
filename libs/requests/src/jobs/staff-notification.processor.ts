import { Processor } from '@nestjs/bullmq';
import { StaffDirectory } from '@gru/auth';
import { AppConfig } from '@gru/config';
import { MailSender, StaffNotification } from '@gru/notifications';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobPayload, QueueName } from '@gru/queue';
import type { Job } from 'bullmq';
import { SlaState } from '../lifecycle/request-status';
import { RequestReader } from '../workflow/request-reader.service';

const PARIS = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** Renders and sends staff notifications; re-reads the request so a stale alert is dropped. */
@Processor(QueueName.Notifications)
export class StaffNotificationProcessor extends GruProcessor {
  constructor(
    metrics: MetricsRegistry,
    private readonly requests: RequestReader,
    private readonly staff: StaffDirectory,
    private readonly mail: MailSender,
    private readonly config: AppConfig,
  ) {
    super(metrics);
  }

  protected async handle(job: Job<JobPayload<StaffNotification>>): Promise<{ outcome: string }> {
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
