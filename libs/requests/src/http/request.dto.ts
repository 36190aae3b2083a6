import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '@gru/citizens';
import { RequestPriority, RequestStatus, SlaState } from '../lifecycle/request-status';
import type { Request } from '../persistence/request.entity';

export class RequestDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'HDF-2026-000123' }) reference!: string;
  @ApiProperty() citizenId!: string;
  @ApiProperty() subject!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) aidSchemeSlug!: string | null;
  @ApiProperty({ enum: ContactChannel }) channel!: ContactChannel;
  @ApiProperty({ enum: RequestStatus }) status!: RequestStatus;
  @ApiProperty({ enum: RequestPriority }) priority!: RequestPriority;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) assigneeUserId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) team!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) dueAt!: string | null;
  @ApiProperty({ enum: SlaState }) slaState!: SlaState;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) resolvedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) closedAt!: string | null;

  static of(request: Request): RequestDto {
    return {
      id: request.id,
      reference: request.reference,
      citizenId: request.citizenId,
      subject: request.subject,
      aidSchemeSlug: request.aidSchemeSlug,
      channel: request.channel,
      status: request.status,
      priority: request.priority,
      antennaId: request.antennaId,
      assigneeUserId: request.assigneeUserId,
      team: request.team,
      dueAt: request.dueAt?.toISOString() ?? null,
      slaState: request.slaState,
      createdAt: request.createdAt.toISOString(),
      resolvedAt: request.resolvedAt?.toISOString() ?? null,
      closedAt: request.closedAt?.toISOString() ?? null,
    };
  }
}
