import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import { AuthenticatedUser, CASEWORK_ROLES, CurrentUser, Roles } from '@gru/auth';
import { CitizenAccess, CitizenDto, CitizenSearch } from '@gru/citizens';
import { ValidationFailedException } from '@gru/errors';
import { looksLikeReference } from '../reference/request-reference';
import { RequestAccess } from '../workflow/request-access.service';
import { RequestReader } from '../workflow/request-reader.service';
import { RequestDto } from './request.dto';
import { SearchResultDto } from './search-result.dto';

/** One search box: a reference, a phone, an email or a name. */
@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(
    private readonly citizenSearch: CitizenSearch,
    private readonly citizenAccess: CitizenAccess,
    private readonly requests: RequestReader,
    private readonly requestAccess: RequestAccess,
  ) {}

  @Get()
  @Roles(...CASEWORK_ROLES)
  @Audited({
    action: AuditAction.List,
    resourceType: 'citizen',
    citizensOf: (body) => {
      const found = body as SearchResultDto;
      return [
        ...found.citizens.map((citizen) => citizen.id),
        ...found.requests.map((request) => request.citizenId),
      ];
    },
  })
  @ApiQuery({
    name: 'q',
    description: 'a reference, a phone, an email or a name (2 to 100 characters)',
  })
  @ApiOkResponse({ type: SearchResultDto })
  async search(
    @Query('q') q: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SearchResultDto> {
    const text = (q ?? '').trim();
    if (text.length < 2 || text.length > 100) {
      throw new ValidationFailedException([
        { field: 'q', messages: ['q : de 2 à 100 caractères / between 2 and 100 characters'] },
      ]);
    }
    if (looksLikeReference(text)) {
      const request = await this.requests.findByReference(text);
      const visible =
        request && this.requestAccess.mayAccess(user, request) ? [RequestDto.of(request)] : [];
      return { citizens: [], requests: visible };
    }
    const citizens = await this.citizenSearch.search(text, {
      antennaIds: this.citizenAccess.visibleAntennas(user),
    });
    return { citizens: citizens.map((citizen) => CitizenDto.of(citizen)), requests: [] };
  }
}
