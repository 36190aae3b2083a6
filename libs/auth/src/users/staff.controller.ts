import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { Roles } from '../guards/access.decorators';
import { REGIONAL_SUPERVISOR_ROLES, Role } from '../role';
import { ContentTeamGrantDto } from './content-team-grant.dto';
import { CreateStaffMemberDto } from './create-staff-member.dto';
import { StaffDirectory } from './staff-directory.service';
import { StaffMemberDto } from './staff-member.dto';

/** Staff accounts hold personal data too: reads are audited like a citizen record's. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class StaffController {
  constructor(private readonly directory: StaffDirectory) {}

  @Get()
  @Roles(...REGIONAL_SUPERVISOR_ROLES)
  @Audited({ action: AuditAction.List, resourceType: 'user' })
  @ApiQuery({ name: 'antennaId', required: false, description: "One antenna's staff only" })
  @ApiOkResponse({ type: [StaffMemberDto] })
  async list(@Query('antennaId') antennaId?: string): Promise<StaffMemberDto[]> {
    return (await this.directory.list({ antennaId })).map((user) => StaffMemberDto.of(user));
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
}
