import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AntennaScoped, FRONT_LINE_ROLES, Roles } from '@gru/auth';
import { CitizenDirectory, CitizenDto } from '@gru/citizens';
import { ValidationFailedException } from '@gru/errors';
import { RequestReader } from '../workflow/request-reader.service';
import { RequestDto } from './request.dto';

class PortfolioPageDto {
  @ApiPropertyOptional({ description: 'the `next` cursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** An antenna's complete portfolio of citizens, each with their open requests. */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('antennas/:antennaId/portfolio')
export class PortfolioController {
  constructor(
    private readonly citizens: CitizenDirectory,
    private readonly requests: RequestReader,
  ) {}

  @Get()
  @Roles(...FRONT_LINE_ROLES)
  @AntennaScoped('antennaId')
  @Audited({
    action: AuditAction.List,
    resourceType: 'citizen',
    citizensOf: (body) =>
      (body as { items: { citizen: CitizenDto }[] }).items.map((item) => item.citizen.id),
  })
  async page(@Param('antennaId') antennaId: string, @Query() query: PortfolioPageDto) {
    const cursor = query.after ? decodeCursor(query.after) : undefined;
    if (query.after && !cursor)
      throw new ValidationFailedException([
        { field: 'after', messages: ['after : curseur de page invalide / invalid page cursor'] },
      ]);
    const citizens = await this.citizens.byAntenna(antennaId, {
      limit: query.limit ?? 50,
      after: cursor,
    });
    const open = await this.requests.openRequestsOf(citizens.map((citizen) => citizen.id));
    const last = citizens.at(-1);
    return {
      antennaId,
      items: citizens.map((citizen) => ({
        citizen: CitizenDto.of(citizen),
        openRequests: open
          .filter((request) => request.citizenId === citizen.id)
          .map((request) => RequestDto.of(request)),
      })),
      next: last
        ? Buffer.from(JSON.stringify({ nameKey: last.nameKey, id: last.id })).toString('base64url')
        : null,
    };
  }
}

function decodeCursor(cursor: string): { nameKey: string; id: string } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      nameKey?: unknown;
      id?: unknown;
    };
    return typeof parsed.nameKey === 'string' && typeof parsed.id === 'string'
      ? { nameKey: parsed.nameKey, id: parsed.id }
      : undefined;
  } catch {
    return undefined;
  }
}
