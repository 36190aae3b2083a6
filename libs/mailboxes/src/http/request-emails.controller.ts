import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CASEWORK_ROLES, CurrentUser, Roles } from '@gru/auth';
import { LoadedRequest, Request } from '@gru/requests';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EmailReplies } from '../replies/email-replies.service';
import { MailStore } from '../store/mail-store.service';
import { MailMessageDto } from './mail-message.dto';

class EmailReplyDto {
  @ApiProperty({ example: 'Bonjour, votre dossier est complet.' })
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  body!: string;

  @ApiPropertyOptional({ description: 'Defaults to "Re: " and the last message’s subject' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  subject?: string;
}

/** A request's email thread and the agent's replies from it. */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests/:id')
export class RequestEmailsController {
  constructor(
    private readonly store: MailStore,
    private readonly replies: EmailReplies,
  ) {}

  @Get('emails')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'request-emails', idParam: 'id' })
  @ApiOkResponse({ type: [MailMessageDto] })
  async thread(@LoadedRequest() request: Request): Promise<MailMessageDto[]> {
    return (await this.store.thread(request.id)).map((message) => MailMessageDto.of(message));
  }

  @Post('email-replies')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Create, resourceType: 'request-email-reply', idParam: 'id' })
  @ApiCreatedResponse({ type: MailMessageDto })
  async reply(
    @LoadedRequest() request: Request,
    @Body() body: EmailReplyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MailMessageDto> {
    return MailMessageDto.of(await this.replies.reply(request, body, user.id));
  }
}
