import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { ANTENNA_SUPERVISOR_ROLES, AntennaScoped, Roles, StaffDirectory } from '@gru/auth';
import { TerritoryService } from '@gru/territory';
import { In, Repository } from 'typeorm';
import { VoiceAgent } from '../agents/voice-agent.entity';
import { PhoneSkillDto } from './phone-skill.dto';

/** The antenna team screen's phone column: who of the antenna's staff takes calls. */
@ApiTags('voice')
@ApiBearerAuth()
@Controller('voice/antennas/:antennaId/phone-skills')
export class PhoneSkillsController {
  constructor(
    private readonly staff: StaffDirectory,
    @InjectRepository(VoiceAgent) private readonly agents: Repository<VoiceAgent>,
    private readonly territory: TerritoryService,
  ) {}

  /**
   * One entry per active staff member of the antenna (or of the mobile team, by its id); no
   * telephony profile means no skill.
   */
  @Get()
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @AntennaScoped('antennaId')
  @ApiOkResponse({ type: [PhoneSkillDto] })
  async list(@Param('antennaId') antennaId: string): Promise<PhoneSkillDto[]> {
    const pool =
      antennaId === this.territory.index.mobileTeam().id ? { mobileTeam: true } : { antennaId };
    const members = (await this.staff.list(pool)).filter((member) => member.active);
    if (members.length === 0) return [];
    const profiles = await this.agents.findBy({ userId: In(members.map((member) => member.id)) });
    const skilled = new Set(profiles.filter((p) => p.phoneSkill).map((p) => p.userId));
    return members.map((member) =>
      PhoneSkillDto.of({ userId: member.id, phoneSkill: skilled.has(member.id) }),
    );
  }
}
