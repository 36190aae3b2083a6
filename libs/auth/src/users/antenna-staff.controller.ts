import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AntennaScoped, Roles } from '../guards/access.decorators';
import { FRONT_LINE_ROLES } from '../role';
import { StaffDirectory } from './staff-directory.service';
import { StaffMemberDto } from './staff-member.dto';

/** An antenna's team, for its manager and staff; other antennas' staff are refused. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('antennas/:antennaId/staff')
export class AntennaStaffController {
  constructor(private readonly directory: StaffDirectory) {}

  @Get()
  @Roles(...FRONT_LINE_ROLES)
  @AntennaScoped('antennaId')
  @Audited({ action: AuditAction.List, resourceType: 'user' })
  @ApiOkResponse({ type: [StaffMemberDto] })
  async list(@Param('antennaId') antennaId: string): Promise<StaffMemberDto[]> {
    const staff = await this.directory.list({ antennaId });
    return staff.filter((user) => user.active).map((user) => StaffMemberDto.of(user));
  }
}
