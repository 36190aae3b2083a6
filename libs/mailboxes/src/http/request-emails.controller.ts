import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { NotFoundException } from '@gru/errors';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { parseMail } from '../parsing/parse-mail';
import { sanitiseMailHtml } from '../parsing/sanitise-html';
import { EmailReplies } from '../replies/email-replies.service';
import { MailStore } from '../store/mail-store.service';
import { MailMessageDto } from './mail-message.dto';

class MailHtmlQueryDto {
  @ApiPropertyOptional({
    description: 'Keep https images (they tell the sender the message was read)',
  })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  remoteImages?: boolean;
}

export class MailHtmlDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) html!: string | null;
}

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

  /** One message's HTML, with its remote (https) images only when the agent asks for them. */
  @Get('emails/:mailId/html')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'request-emails', idParam: 'mailId' })
  @ApiOkResponse({ type: MailHtmlDto })
  async html(
    @LoadedRequest() request: Request,
    @Param('mailId', ParseUUIDPipe) mailId: string,
    @Query() query: MailHtmlQueryDto,
  ): Promise<MailHtmlDto> {
    const message = await this.store.get(mailId);
    if (!message || message.requestId !== request.id || !message.rawKey)
      throw new NotFoundException('mail-message', mailId);
    const parsed = await parseMail(await this.store.readRaw(message.rawKey));
    return Object.assign(new MailHtmlDto(), {
      id: mailId,
      html: parsed.html
        ? sanitiseMailHtml(parsed.html, { remoteImages: query.remoteImages === true })
        : null,
    });
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
