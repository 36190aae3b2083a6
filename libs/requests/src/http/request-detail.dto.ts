import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { allowedTransitions, reasonRequired } from '../lifecycle/request-lifecycle';
import { RequestStatus } from '../lifecycle/request-status';
import type { RequestEvent } from '../persistence/request-event.entity';
import type { RequestNote } from '../persistence/request-note.entity';
import type { Request } from '../persistence/request.entity';
import { RequestEventType } from '../workflow/request-timeline';
import { KnowledgeArticleRefDto } from '../contacts/contact.dto';
import { RequestDto } from './request.dto';

export class RequestEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: RequestEventType }) type!: string;
  @ApiProperty() occurredAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) actorUserId!: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  before!: Record<string, unknown> | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  after!: Record<string, unknown> | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reason!: string | null;

  static of(event: RequestEvent): RequestEventDto {
    return {
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      actorUserId: event.actorUserId,
      before: event.before,
      after: event.after,
      reason: event.reason,
    };
  }
}

export class RequestNoteDto {
  @ApiProperty() id!: string;
  @ApiProperty() requestId!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) authorUserId!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: string;

  static of(note: RequestNote): RequestNoteDto {
    return {
      id: note.id,
      requestId: note.requestId,
      authorUserId: note.authorUserId,
      body: note.body,
      createdAt: note.createdAt.toISOString(),
    };
  }
}

/** A status the request may move to now, and whether the lifecycle asks a reason for it. */
export class TransitionOptionDto {
  @ApiProperty({ enum: RequestStatus }) to!: RequestStatus;
  @ApiProperty() reasonRequired!: boolean;
}

export class RequestDetailDto extends RequestDto {
  @ApiProperty({ type: [RequestEventDto] }) timeline!: RequestEventDto[];
  @ApiProperty({ type: [RequestNoteDto] }) notes!: RequestNoteDto[];
  @ApiProperty({ type: [TransitionOptionDto] }) allowedTransitions!: TransitionOptionDto[];
  @ApiProperty({
    type: [KnowledgeArticleRefDto],
    description: "Knowledge articles used on the request's contacts, first used first",
  })
  knowledgeArticles!: KnowledgeArticleRefDto[];

  /** Whoever may open a request may move it: the options depend on its state only. */
  static detail(
    request: Request,
    events: RequestEvent[],
    notes: RequestNote[],
    knowledgeArticles: KnowledgeArticleRefDto[],
  ): RequestDetailDto {
    return {
      ...RequestDto.of(request),
      timeline: events.map((event) => RequestEventDto.of(event)),
      notes: notes.map((note) => RequestNoteDto.of(note)),
      allowedTransitions: allowedTransitions(request.status).map((to) => ({
        to,
        reasonRequired: reasonRequired(request.status, to),
      })),
      knowledgeArticles,
    };
  }
}

/** A row of the request list: the request and who it is for. */
export class RequestListItemDto extends RequestDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null once anonymised' })
  citizenName!: string | null;
}

export class RequestPageDto {
  @ApiProperty({ type: [RequestListItemDto] }) items!: RequestListItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
