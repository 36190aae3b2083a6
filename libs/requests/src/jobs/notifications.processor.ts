import { Processor } from '@nestjs/bullmq';
import { StaffDirectory } from '@gru/auth';
import { REGION_TIME_ZONE } from '@gru/calendar';
import { AppConfig } from '@gru/config';
import { MailSender, StaffNotification } from '@gru/notifications';
import { MetricsRegistry } from '@gru/observability';
import { GruProcessor, JobHandlers, JobName, QueueName } from '@gru/queue';
import { SlaState } from '../lifecycle/request-status';
import { CitizenMessages } from '../messages/citizen-messages.service';
import { RequestReader } from '../workflow/request-reader.service';

const PARIS = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: REGION_TIME_ZONE,
});

/**
 * The `notifications` queue: alerts to staff (re-reading the request so a stale alert is dropped)
 * and messages to citizens.
 */
@Processor(QueueName.Notifications)
export class NotificationsProcessor extends GruProcessor<QueueName.Notifications> {
  protected readonly handlers: JobHandlers<QueueName.Notifications> = {
    [JobName.NotifyStaff]: (notification) => this.notifyStaff(notification),
    [JobName.SendCitizenMessage]: async ({ messageId }) => ({
      outcome: await this.messages.deliver(messageId),
    }),
  };

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

  private async notifyStaff({
    userId,
    requestId,
    kind,
  }: StaffNotification): Promise<{ outcome: string }> {
    const [request, user] = await Promise.all([
      this.requests.get(requestId),
      this.staff.get(userId),
    ]);
    const stillTrue =
      kind === 'request-overdue'
        ? request.slaState === SlaState.Overdue
        : request.slaState !== SlaState.OnTime;
    if (!stillTrue || request.assigneeUserId !== userId || !user.active)
      return { outcome: 'skipped' };
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
