import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { actorOf, originOf } from '@gru/audit';
import { ALL_ROLES, Role, Roles } from '@gru/auth';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { ChangePerimeter } from '../perimeter-change/change-perimeter';
import { AssignmentChange } from '../perimeter/perimeter-assignments';
import { PerimeterHistoryRepository } from '../perimeter-history/perimeter-history.repository';
import { PerimeterVersionSummary } from '../perimeter-history/perimeter-snapshot';
import { TerritoryService } from '../territory.service';
import { PerimeterChangeDto } from './perimeter-change.dto';

export interface PerimeterVersionList {
  /** Null while the index is built from config/antennas.json (nothing imported yet). */
  readonly currentVersionId: number | null;
  /** Newest effective date first. */
  readonly versions: readonly PerimeterVersionSummary[];
}

export interface PerimeterChangeResponse extends PerimeterVersionSummary {
  readonly assignments: Record<string, readonly string[]>;
  readonly changes: readonly AssignmentChange[];
}

@ApiTags('territory')
@ApiBearerAuth()
@Controller('territory/perimeters')
export class PerimetersController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
    private readonly changePerimeter: ChangePerimeter,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description:
      '{ currentVersionId, versions: [{ id, effectiveFrom, createdAt, createdBy, reason, origin }] }',
  })
  async list(): Promise<PerimeterVersionList> {
    const origin = this.territory.origin;
    return {
      currentVersionId: origin.kind === 'database' ? origin.version.id : null,
      versions: await new PerimeterHistoryRepository(this.dataSource.manager).list(),
    };
  }

  /** Stores a new perimeter version; 422 with every problem when it does not partition the region. */
  @Put()
  @Roles(Role.Admin)
  @ApiOkResponse({ description: 'The stored version with its assignments and the EPCIs it moves' })
  @ApiUnprocessableEntityResponse({ description: '`invalid-perimeter` with `problems`' })
  @ApiConflictResponse({ description: 'Nothing imported yet: run npm run territory:import' })
  async replace(
    @Body() body: PerimeterChangeDto,
    @Req() request: Request,
  ): Promise<PerimeterChangeResponse> {
    const { snapshot, changes } = await this.changePerimeter.execute(
      {
        effectiveFrom: new Date(body.effectiveFrom),
        reason: body.reason,
        assignments: body.assignments,
      },
      actorOf(request),
      originOf(request),
    );
    return {
      ...snapshot.version,
      assignments: Object.fromEntries(snapshot.epciSirensByHolder),
      changes,
    };
  }
}
