import { ApiProperty } from '@nestjs/swagger';
import { splitQuotedHistory } from '../parsing/quoted-history';
import {
  MailDirection,
  MailMessage,
  MailOutcome,
  MailState,
} from '../persistence/mail-message.entity';

export class MailAttachmentDto {
  @ApiProperty() fileName!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  requestAttachmentId!: string | null;
}

/** One message of a request's email thread, or of the quarantine. */
export class MailMessageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MailDirection, enumName: 'MailDirection' }) direction!: MailDirection;
  @ApiProperty({ enum: MailState, enumName: 'MailState' }) state!: MailState;
  @ApiProperty({ enum: MailOutcome, enumName: 'MailOutcome', nullable: true })
  outcome!: MailOutcome | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) mailboxId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) fromAddress!: string | null;
  @ApiProperty({ type: String, nullable: true }) fromName!: string | null;
  @ApiProperty({ type: [String] }) toAddresses!: string[];
  @ApiProperty() subject!: string;
  @ApiProperty({ type: String, nullable: true }) sentAt!: string | null;
  @ApiProperty({ description: 'The new part of the text, quoted history removed' })
  latestText!: string;
  @ApiProperty({ description: 'The quoted history, folded by the thread view' })
  quotedText!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Sanitised HTML (no remote content)' })
  html!: string | null;
  @ApiProperty({ type: [MailAttachmentDto] }) attachments!: MailAttachmentDto[];
  @ApiProperty({ type: String, nullable: true, description: '`sent` or why no acknowledgement' })
  acknowledgement!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) rawSize!: number | null;
  @ApiProperty() createdAt!: string;

  static of(message: MailMessage): MailMessageDto {
    const { latest, quoted } = splitQuotedHistory(message.textBody);
    return Object.assign(new MailMessageDto(), {
      id: message.id,
      direction: message.direction,
      state: message.state,
      outcome: message.outcome,
      reason: message.reason,
      mailboxId: message.mailboxId,
      requestId: message.requestId,
      fromAddress: message.fromAddress,
      fromName: message.fromName,
      toAddresses: message.toAddresses,
      subject: message.subject,
      sentAt: message.sentAt?.toISOString() ?? null,
      latestText: latest,
      quotedText: quoted,
      html: message.htmlBody,
      attachments: message.attachments,
      acknowledgement: message.acknowledgement,
      attempts: message.attempts,
      rawSize: message.rawSize,
      createdAt: message.createdAt.toISOString(),
    });
  }
}
