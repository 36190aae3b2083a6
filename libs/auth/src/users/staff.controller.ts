import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import type { AuthenticatedUser } from '../authenticated-user';
import { CurrentUser, Roles } from '../guards/access.decorators';
import { REGIONAL_SUPERVISOR_ROLES, Role } from '../role';
import { ContentTeamGrantDto } from './content-team-grant.dto';
import { CreateStaffMemberDto } from './create-staff-member.dto';
import { StaffAdministration } from './staff-administration.service';
import { StaffDirectory } from './staff-directory.service';
import { StaffListQueryDto } from './staff-list-query.dto';
import { StaffMemberDto } from './staff-member.dto';
import { StaffActivationDto, UpdateStaffMemberDto } from './update-staff-member.dto';

/** Staff accounts hold personal data too: reads are audited like a citizen record's. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class StaffController {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly administration: StaffAdministration,
  ) {}

  @Get()
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.List, resourceType: 'user' })
  @ApiOkResponse({ type: [StaffMemberDto] })
  async list(@Query() query: StaffListQueryDto): Promise<StaffMemberDto[]> {
    const members = await this.directory.list({
      antennaId: query.antennaId,
      mobileTeam: query.mobileTeam === undefined ? undefined : query.mobileTeam === 'true',
    });
    return members.map((user) => StaffMemberDto.of(user));
  }

  @Get(':id')
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.Read, resourceType: 'user', idParam: 'id' })
  @ApiOkResponse({ type: StaffMemberDto })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<StaffMemberDto> {
    return StaffMemberDto.of(await this.directory.get(id));
  }

  @Post()
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Create, resourceType: 'user' })
  @ApiCreatedResponse({ type: StaffMemberDto })
  async create(@Body() body: CreateStaffMemberDto): Promise<StaffMemberDto> {
    return StaffMemberDto.of(await this.directory.create(body));
  }

  /** The knowledge base's content team: writes, reviews and publishes content. */
  @Put(':id/content-team')
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Update, resourceType: 'user', idParam: 'id' })
  @ApiOkResponse({ type: StaffMemberDto })
  async setContentTeam(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ContentTeamGrantDto,
  ): Promise<StaffMemberDto> {
    return StaffMemberDto.of(await this.directory.setContentTeam(id, body.contentTeam));
  }

  /** Name, role, antenna, mobile team; the account's open sessions get the change at once. */
  @Patch(':id')
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Update, resourceType: 'user', idParam: 'id' })
  @ApiOkResponse({ type: StaffMemberDto })
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateStaffMemberDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<StaffMemberDto> {
    return StaffMemberDto.of(await this.administration.update(id, body, actor));
  }

  /** Closes (its sessions end at once, it can no longer sign in) or reopens an account. */
  @Put(':id/active')
  @Roles(Role.Admin)
  @Audited({ action: AuditAction.Update, resourceType: 'user', idParam: 'id' })
  @ApiOkResponse({ type: StaffMemberDto })
  async setActive(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: StaffActivationDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<StaffMemberDto> {
    return StaffMemberDto.of(await this.administration.setActive(id, body.active, actor));
  }
}
