import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CitizenDirectory } from '@gru/citizens';
import { NotFoundException, ValidationFailedException } from '@gru/errors';
import { MailSender } from '@gru/notifications';
import { JobName, JobProducer } from '@gru/queue';
import { DataSource } from 'typeorm';
import { MessageStatus, RequestMessage } from '../persistence/request-message.entity';
import { Request } from '../persistence/request.entity';
import { recordEvents, RequestEventType } from '../workflow/request-timeline';

/**
 * Messages from staff to a citizen about their request: recorded first (queued), delivered by the
 * worker, so a mail server outage delays a message but never loses it.
 */
@Injectable()
export class CitizenMessages {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly citizens: CitizenDirectory,
    private readonly producer: JobProducer,
    private readonly mail: MailSender,
  ) {}

  async compose(
    request: Request,
    subject: string,
    body: string,
    authorUserId: string | null,
  ): Promise<RequestMessage> {
    const citizen = await this.citizens.get(request.citizenId);
    const recipient = citizen.emails[0];
    if (!recipient) {
      throw new ValidationFailedException([
        {
          field: 'recipient',
          messages: [
            "recipient : l'usager n'a pas d'adresse électronique connue / the citizen has no email address",
          ],
        },
      ]);
    }
    const message = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(RequestMessage, {
          requestId: request.id,
          channel: 'email',
          recipient,
          subject,
          body,
          status: MessageStatus.Queued,
          authorUserId,
          sentAt: null,
          failureReason: null,
        }),
      );
      await recordEvents(manager, [
        {
          requestId: request.id,
          type: RequestEventType.MessageQueued,
          actorUserId: authorUserId,
          after: { messageId: saved.id, subject },
        },
      ]);
      return saved;
    });
    await this.producer.enqueue(
      JobName.SendCitizenMessage,
      { messageId: message.id },
      { jobId: `citizen-message_${message.id}` },
    );
    return message;
  }

  list(requestId: string): Promise<RequestMessage[]> {
    return this.dataSource
      .getRepository(RequestMessage)
      .find({ where: { requestId }, order: { createdAt: 'ASC' } });
  }

  /** Worker side; a retried job finds the message already sent and does nothing. */
  async deliver(messageId: string): Promise<MessageStatus> {
    const message = await this.dataSource
      .getRepository(RequestMessage)
      .findOne({ where: { id: messageId } });
    if (!message) throw new NotFoundException('message', messageId);
    const request = await this.dataSource
      .getRepository(Request)
      .findOneByOrFail({ id: message.requestId });
    if (message.status !== MessageStatus.Queued && message.status !== MessageStatus.Failed)
      return message.status;
    let status: MessageStatus;
    let failureReason: string | null = null;
    try {
      const outcome = await this.mail.send({
        to: message.recipient,
        subject: `${message.subject} [${request.reference}]`,
        text: message.body,
      });
      status = outcome === 'sent' ? MessageStatus.Sent : MessageStatus.NotDelivered;
    } catch (error) {
      status = MessageStatus.Failed;
      failureReason = (error as Error).message.slice(0, 500);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(RequestMessage, message.id, {
        status,
        sentAt: status === MessageStatus.Sent ? new Date() : null,
        failureReason,
      });
      await recordEvents(manager, [
        {
          requestId: message.requestId,
          type:
            status === MessageStatus.Failed
              ? RequestEventType.MessageFailed
              : RequestEventType.MessageSent,
          actorUserId: null,
          after: { messageId, status },
        },
      ]);
    });
    // Failing the job makes BullMQ retry with backoff; the message stays recorded as failed meanwhile.
    if (status === MessageStatus.Failed)
      throw new Error(`Delivery of message ${messageId} failed: ${failureReason}`);
    return status;
  }
}
