import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MessageStatus, type RequestMessage } from '../persistence/request-message.entity';

export class RequestMessageDto {
  @ApiProperty() id!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty({ enum: ['email'] }) channel!: 'email';
  @ApiProperty() recipient!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: MessageStatus }) status!: MessageStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) authorUserId!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) sentAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) failureReason!: string | null;

  static of(message: RequestMessage): RequestMessageDto {
    return {
      id: message.id,
      requestId: message.requestId,
      channel: message.channel,
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
      status: message.status,
      authorUserId: message.authorUserId,
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
      failureReason: message.failureReason,
    };
  }
}
