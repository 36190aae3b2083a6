import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { ANTENNA_SUPERVISOR_ROLES, AntennaScoped, CASEWORK_ROLES, Roles } from '@gru/auth';
import { NotFoundException } from '@gru/errors';
import { TerritoryService } from '@gru/territory';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { AntennaClosures } from './antenna-closures.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

class ClosureDto {
  @ApiProperty({ example: '2026-12-24' })
  @Matches(DAY, { message: 'firstDay : date AAAA-MM-JJ attendue / expected YYYY-MM-DD' })
  firstDay!: string;
  @ApiProperty({ example: '2026-12-24' })
  @Matches(DAY, { message: 'lastDay : date AAAA-MM-JJ attendue / expected YYYY-MM-DD' })
  lastDay!: string;
  @ApiProperty({ example: 'Formation de l’équipe' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  reason!: string;
}

/** Exceptional closures: due dates of the antenna's requests skip them. */
@ApiTags('antennas')
@ApiBearerAuth()
@Controller('antennas/:antennaId/closures')
export class AntennaClosuresController {
  constructor(
    private readonly closures: AntennaClosures,
    private readonly territory: TerritoryService,
  ) {}

  @Get()
  @Roles(...CASEWORK_ROLES)
  list(@Param('antennaId') antennaId: string) {
    this.assertKnown(antennaId);
    return this.closures.list(antennaId);
  }

  @Post()
  @Roles(...ANTENNA_SUPERVISOR_ROLES)
  @AntennaScoped('antennaId')
  @Audited({ action: AuditAction.Create, resourceType: 'antenna-closure' })
  add(@Param('antennaId') antennaId: string, @Body() body: ClosureDto) {
    this.assertKnown(antennaId);
    return this.closures.add(antennaId, body.firstDay, body.lastDay, body.reason);
  }

  private assertKnown(antennaId: string): void {
    if (!this.territory.index.antenna(antennaId)) throw new NotFoundException('antenna', antennaId);
  }
}
