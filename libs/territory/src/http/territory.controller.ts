import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ALL_ROLES, Roles } from '@gru/auth';
import { NotFoundException } from '@gru/errors';
import {
  CommuneView,
  PerimeterHolderDetail,
  PerimeterHolderSummary,
  PostcodeResolution,
} from '../territory-index/territory-index.types';
import { TerritoryService } from '../territory.service';
import { AntennaSummaryDto, MobileTeamDto } from './antenna-summary.dto';

export interface CommuneWithHolder extends CommuneView {
  readonly antenna: Pick<PerimeterHolderSummary, 'id' | 'kind' | 'name' | 'town'> | null;
}

/** Read-only territorial reference: every staff member may read it, answers come from memory. */
@ApiTags('territory')
@ApiBearerAuth()
@Controller('territory')
export class TerritoryController {
  constructor(private readonly territory: TerritoryService) {}

  @Get('postcodes/:postcode')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      '{ postcode, inRegion, communes: [{ inseeCode, name, epciSiren, antennaId, population }], ' +
      'antennaIds, ambiguous }; inRegion false and no communes outside the region',
  })
  @ApiBadRequestResponse({
    description: '`invalid-postcode`: not five digits (messageFr, messageEn)',
  })
  postcode(@Param('postcode') postcode: string): PostcodeResolution {
    return this.territory.resolvePostcode(postcode);
  }

  @Get('communes/:inseeCode')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The commune with its postcodes, its EPCI and its antenna' })
  @ApiNotFoundResponse({ description: 'No such commune in the region' })
  commune(@Param('inseeCode') inseeCode: string): CommuneWithHolder {
    const commune = this.territory.index.commune(inseeCode);
    if (commune === undefined) {
      throw new NotFoundException('commune', inseeCode);
    }
    const holder =
      commune.antennaId === null ? undefined : this.territory.index.antenna(commune.antennaId);
    return {
      ...commune,
      antenna:
        holder === undefined
          ? null
          : { id: holder.id, kind: holder.kind, name: holder.name, town: holder.town },
    };
  }

  /** The mobile team, a pool of its own beside the antennas (the team screen, call routing). */
  @Get('mobile-team')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: MobileTeamDto })
  mobileTeam(): MobileTeamDto {
    const { id, name } = this.territory.index.mobileTeam();
    return { id, name };
  }

  /** The antennas, then the head office marked `kind: "headquarters"`. */
  @Get('antennas')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [AntennaSummaryDto] })
  antennas(): readonly PerimeterHolderSummary[] {
    return this.territory.index.antennas();
  }

  @Get('antennas/:id')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The antenna (or headquarters) with its EPCIs and communes' })
  @ApiNotFoundResponse({ description: 'No antenna or headquarters with this id' })
  antenna(@Param('id') id: string): PerimeterHolderDetail {
    const holder = this.territory.index.antenna(id);
    if (holder === undefined) {
      throw new NotFoundException('antenne', id);
    }
    return holder;
  }
}
