import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import {
  ANTENNA_SUPERVISOR_ROLES,
  AuthenticatedUser,
  CASEWORK_ROLES,
  CurrentUser,
  FRONT_LINE_ROLES,
  mayActOnAntenna,
  Role,
  Roles,
  StaffDirectory,
  worksAcrossAntennas,
} from '@gru/auth';
import { CitizenAccess, CitizenDirectory } from '@gru/citizens';
import { AccessDeniedException, ValidationFailedException } from '@gru/errors';
import { KnowledgeUsage } from '@gru/knowledge';
import { ContactAccess } from '../contacts/contact-access.service';
import { ContactLog } from '../contacts/contact-log.service';
import type { Request } from '../persistence/request.entity';
import { dueSoonLimit } from '../sla/due-soon-limit';
import { RequestReader } from '../workflow/request-reader.service';
import { RequestWorkflow } from '../workflow/request-workflow.service';
import { RequestWriter } from '../workflow/request-writer.service';
import { RequestDto } from './request.dto';
import {
  AssignDto,
  CreateRequestDto,
  NoteDto,
  TransferDto,
  TransitionDto,
} from './request-inputs.dto';
import { RequestDetailDto, RequestNoteDto, RequestPageDto } from './request-detail.dto';
import { RequestListQueryDto } from './request-list-query.dto';
import { LoadedRequest } from './loaded-request.decorator';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
export class RequestsController {
  constructor(
    private readonly writer: RequestWriter,
    private readonly workflow: RequestWorkflow,
    private readonly reader: RequestReader,
    private readonly citizens: CitizenDirectory,
    private readonly citizenAccess: CitizenAccess,
    private readonly contacts: ContactLog,
    private readonly contactAccess: ContactAccess,
    private readonly staff: StaffDirectory,
    private readonly knowledge: KnowledgeUsage,
  ) {}

  @Post()
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Create, resourceType: 'request' })
  @ApiCreatedResponse({ type: RequestDto })
  async create(
    @Body() body: CreateRequestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestDto> {
    await this.citizenAccess.assertMayRead(user, await this.citizens.get(body.citizenId));
    // The contact comes from the body: one the caller may not see is not theirs to link.
    if (
      body.contactId &&
      !(await this.contactAccess.mayRead(user, await this.contacts.get(body.contactId)))
    )
      throw new AccessDeniedException("Ce contact n'est pas dans votre périmètre.");
    return RequestDto.of(await this.writer.create(body, user.id));
  }

  /** The request list: scope, filters and pages, within what the caller may see. */
  @Get()
  @Roles(...CASEWORK_ROLES)
  @Audited({
    action: AuditAction.List,
    resourceType: 'request',
    citizensOf: (body) => (body as RequestPageDto).items.map((request) => request.citizenId),
  })
  @ApiOkResponse({ type: RequestPageDto })
  async list(
    @Query() query: RequestListQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestPageDto> {
    if (query.antennaId && !mayActOnAntenna(user, query.antennaId))
      throw new AccessDeniedException("Cette antenne n'est pas dans votre périmètre.");
    // The citizen comes from the query: one the caller may not read is not theirs to list.
    if (query.citizenId)
      await this.citizenAccess.assertMayRead(user, await this.citizens.get(query.citizenId));
    const scope = query.scope ?? 'all-visible';
    const antennaId = scope === 'antenna' ? (query.antennaId ?? user.antennaId) : query.antennaId;
    if (scope === 'antenna' && !antennaId)
      throw new ValidationFailedException([
        {
          field: 'antennaId',
          messages: [
            'antennaId : précisez l’antenne, votre compte n’en a pas / name the antenna, your account has none',
          ],
        },
      ]);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const now = new Date();
    const { items, total } = await this.reader.list({
      statuses: query.status,
      channel: query.channel,
      aidSchemeSlug: query.aidSchemeSlug,
      citizenId: query.citizenId,
      antennaId: antennaId ?? undefined,
      assigneeUserId:
        scope === 'mine'
          ? user.id
          : scope === 'unassigned'
            ? null
            : query.assignee === 'me'
              ? user.id
              : query.assignee,
      team: query.team,
      dueFrom: query.due === 'soon' ? now : undefined,
      dueUntil: query.due === 'overdue' ? now : query.due ? dueSoonLimit(now) : undefined,
      visibleTo: worksAcrossAntennas(user)
        ? undefined
        : { antennaId: user.antennaId, userId: user.id },
      page,
      pageSize,
    });
    const names = await this.citizens.namesOf(items.map((request) => request.citizenId));
    return {
      items: items.map((request) => ({
        ...RequestDto.of(request),
        citizenName: names.get(request.citizenId) ?? null,
      })),
      total,
      page,
      pageSize,
    };
  }

  @Get(':id')
  @Roles(...CASEWORK_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'request', idParam: 'id' })
  @ApiOkResponse({ type: RequestDetailDto })
  async get(@LoadedRequest() request: Request): Promise<RequestDetailDto> {
    const [timeline, notes, articleSlugs] = await Promise.all([
      this.reader.timeline(request.id),
      this.reader.notesOf(request.id),
      this.contacts.articleSlugsOfRequest(request.id),
    ]);
    const titles = await this.knowledge.titles(articleSlugs);
    return RequestDetailDto.detail(
      request,
      timeline,
      notes,
      articleSlugs.map((slug) => ({ slug, title: titles.get(slug) ?? slug })),
    );
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...CASEWORK_ROLES)
  @ApiOkResponse({ type: RequestDto })
  async transition(
    @LoadedRequest() request: Request,
    @Body() body: TransitionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestDto> {
    return RequestDto.of(await this.workflow.transition(request.id, body.to, user.id, body.reason));
  }

  @Post(':id/assign-to-me')
  @HttpCode(200)
  @Roles(...CASEWORK_ROLES)
  @ApiOkResponse({ type: RequestDto })
  async assignToMe(
    @LoadedRequest() request: Request,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestDto> {
    return RequestDto.of(await this.workflow.assign(request.id, user.id, user.id));
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @ApiOkResponse({ type: RequestDto })
  async assign(
    @LoadedRequest() request: Request,
    @Body() body: AssignDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestDto> {
    if (body.userId) await this.assertMayBeAssigned(body.userId, request);
    return RequestDto.of(await this.workflow.assign(request.id, body.userId ?? null, user.id));
  }

  /** An assignee gains the request and its citizen: only active staff of its antenna, instructors or cross-antenna staff. */
  private async assertMayBeAssigned(userId: string, request: Request): Promise<void> {
    const assignee = await this.staff.get(userId).catch(() => undefined);
    const eligible =
      assignee?.active === true &&
      (assignee.role === Role.Instructor ||
        worksAcrossAntennas(assignee) ||
        (request.antennaId !== null && assignee.antennaId === request.antennaId));
    if (!eligible)
      throw new ValidationFailedException([
        {
          field: 'userId',
          messages: [
            "userId : ni un agent actif de l'antenne de la demande, ni un instructeur / not eligible",
          ],
        },
      ]);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: RequestDto })
  async transfer(
    @LoadedRequest() request: Request,
    @Body() body: TransferDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestDto> {
    return RequestDto.of(
      await this.workflow.transfer(request.id, body.antennaId, body.reason, user.id),
    );
  }

  @Post(':id/notes')
  @Roles(...CASEWORK_ROLES)
  @ApiCreatedResponse({ type: RequestNoteDto })
  async addNote(
    @LoadedRequest() request: Request,
    @Body() body: NoteDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RequestNoteDto> {
    return RequestNoteDto.of(await this.workflow.addNote(request.id, body.body, user.id));
  }
}
