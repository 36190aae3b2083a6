import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { Role, Roles } from '@gru/auth';
import { MailboxDirectory } from '../mailbox-directory.service';
import { CreateMailboxDto, UpdateMailboxDto } from './mailbox-input.dto';
import { MailboxDto } from './mailbox.dto';

/** Mailboxes are configuration with secrets nearby: administrators only. */
@ApiTags('mailboxes')
@ApiBearerAuth()
@Controller('mailboxes')
export class MailboxesController {
  constructor(private readonly mailboxes: MailboxDirectory) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: [MailboxDto] })
  async list(): Promise<MailboxDto[]> {
    return (await this.mailboxes.list()).map((mailbox) => this.dto(mailbox));
  }

  @Get(':mailboxId')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: MailboxDto })
  async get(@Param('mailboxId') id: string): Promise<MailboxDto> {
    return this.dto(await this.mailboxes.get(id));
  }

  @Post()
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Create, resourceType: 'mailbox' })
  @ApiCreatedResponse({ type: MailboxDto })
  async create(@Body() body: CreateMailboxDto): Promise<MailboxDto> {
    return this.dto(await this.mailboxes.create(body));
  }

  @Patch(':mailboxId')
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Update, resourceType: 'mailbox' })
  @ApiOkResponse({ type: MailboxDto })
  async update(
    @Param('mailboxId') id: string,
    @Body() body: UpdateMailboxDto,
  ): Promise<MailboxDto> {
    return this.dto(await this.mailboxes.update(id, body));
  }

  @Delete(':mailboxId')
  @HttpCode(204)
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Delete, resourceType: 'mailbox' })
  @ApiNoContentResponse()
  async remove(@Param('mailboxId') id: string): Promise<void> {
    await this.mailboxes.remove(id);
  }

  private dto(mailbox: Parameters<typeof MailboxDto.of>[0]): MailboxDto {
    return MailboxDto.of(mailbox, this.mailboxes.passwordOf(mailbox) !== undefined);
  }
}
