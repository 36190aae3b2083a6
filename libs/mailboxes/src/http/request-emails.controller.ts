import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
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
import { BouncingAddresses } from '../store/bouncing-addresses.service';
import { MailStore } from '../store/mail-store.service';
import type { Response } from 'express';
import { MAIL_HTML_WITH_IMAGES_CSP } from './mail-html-policy';
import { MailMessageDto } from './mail-message.dto';
import { MailViewTickets } from './mail-view-tickets.service';

class MailHtmlQueryDto {
  @ApiPropertyOptional({
    description: 'Keep https images (they tell the sender the message was read)',
  })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  remoteImages?: boolean;

  @ApiPropertyOptional({
    description:
      'With remoteImages, from `documentUrl`: the frame loads the message as an HTML document, without a bearer token',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  ticket?: string;

  @ApiPropertyOptional({ description: 'With a ticket: the document folds the quoted history' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  fold?: boolean;
}

export class MailHtmlDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) html!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'With remoteImages: where a frame loads this HTML as a document of its own, the only response whose policy lets remote images in (valid ten minutes)',
  })
  documentUrl!: string | null;
}

export class EmailRecipientDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where a reply goes: the address the citizen last wrote from, else their record’s',
  })
  address!: string | null;
  @ApiProperty({ description: 'Our mail to this address bounced (a delivery report came back)' })
  bouncing!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  bouncedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) bounceReason!: string | null;
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
    private readonly bounces: BouncingAddresses,
    private readonly tickets: MailViewTickets,
  ) {}

  @Get('emails')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'request-emails', idParam: 'id' })
  @ApiOkResponse({ type: [MailMessageDto] })
  async thread(@LoadedRequest() request: Request): Promise<MailMessageDto[]> {
    return (await this.store.thread(request.id)).map((message) => MailMessageDto.of(message));
  }

  /** The reply's recipient and whether mail to it bounces (the page warns before a reply). */
  @Get('email-recipient')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'request-emails', idParam: 'id' })
  @ApiOkResponse({ type: EmailRecipientDto })
  async recipient(@LoadedRequest() request: Request): Promise<EmailRecipientDto> {
    const address = await this.replies.recipient(request);
    const bounce = address ? await this.bounces.of(address) : null;
    return Object.assign(new EmailRecipientDto(), {
      address,
      bouncing: bounce !== null,
      bouncedAt: bounce?.lastBouncedAt.toISOString() ?? null,
      bounceReason: bounce?.reason ?? null,
    });
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
    @Res({ passthrough: true }) response: Response,
  ): Promise<MailHtmlDto> {
    const message = await this.store.get(mailId);
    if (!message || message.requestId !== request.id || !message.rawKey)
      throw new NotFoundException('mail-message', mailId);
    const parsed = await parseMail(await this.store.readRaw(message.rawKey));
    const remoteImages = query.remoteImages === true;
    let documentUrl: string | null = null;
    if (remoteImages) {
      response.setHeader('Content-Security-Policy', MAIL_HTML_WITH_IMAGES_CSP);
      const ticket = await this.tickets.issue({ requestId: request.id, mailId });
      documentUrl = `/api/requests/${request.id}/emails/${mailId}/html?remoteImages=true&ticket=${ticket}`;
    }
    return Object.assign(new MailHtmlDto(), {
      id: mailId,
      html: parsed.html ? sanitiseMailHtml(parsed.html, { remoteImages }) : null,
      documentUrl,
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
