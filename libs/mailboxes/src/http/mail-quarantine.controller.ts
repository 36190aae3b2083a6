import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditAction, Audited } from '@gru/audit';
import { REGIONAL_SUPERVISOR_ROLES, Roles } from '@gru/auth';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MailQuarantine } from '../quarantine/mail-quarantine.service';
import { MailMessageDto } from './mail-message.dto';

class DiscardDto {
  @ApiProperty({ example: 'Pourriel' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  reason!: string;
}

export class ReleaseResultDto {
  @ApiProperty({ enum: ['created', 'threaded', 'duplicate', 'quarantined', 'ignored'] })
  outcome!: string;
  @ApiProperty({ format: 'uuid' }) mailMessageId!: string;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

/**
 * Quarantined mail belongs to no antenna yet (nobody knows whose it is) and may be hostile:
 * region-wide supervisors decide on it.
 */
@ApiTags('mail')
@ApiBearerAuth()
@Controller('mail-quarantine')
export class MailQuarantineController {
  constructor(private readonly quarantine: MailQuarantine) {}

  @Get()
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @ApiOkResponse({ type: [MailMessageDto] })
  async list(): Promise<MailMessageDto[]> {
    return (await this.quarantine.list()).map((message) => MailMessageDto.of(message));
  }

  /** The message exactly as received, to look at it in a mail client or a sandbox before deciding. */
  @Get(':messageId/raw')
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'mail-quarantine', idParam: 'messageId' })
  @ApiProduces('message/rfc822')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async raw(
    @Param('messageId', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const content = await this.quarantine.raw(id);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(content, {
      type: 'message/rfc822',
      disposition: `attachment; filename="message-${id}.eml"`,
      length: content.length,
    });
  }

  @Post(':messageId/release')
  @HttpCode(200)
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.Update, resourceType: 'mail-quarantine', idParam: 'messageId' })
  @ApiOkResponse({ type: ReleaseResultDto })
  async release(@Param('messageId', ParseUUIDPipe) id: string): Promise<ReleaseResultDto> {
    return Object.assign(new ReleaseResultDto(), await this.quarantine.release(id));
  }

  @Post(':messageId/discard')
  @HttpCode(200)
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.Update, resourceType: 'mail-quarantine', idParam: 'messageId' })
  @ApiOkResponse({ type: MailMessageDto })
  async discard(
    @Param('messageId', ParseUUIDPipe) id: string,
    @Body() body: DiscardDto,
  ): Promise<MailMessageDto> {
    return MailMessageDto.of(await this.quarantine.discard(id, body.reason));
  }
}
