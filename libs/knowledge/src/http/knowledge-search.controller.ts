import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, Roles } from '@gru/auth';
import { EligibilityCheck } from '../eligibility/eligibility-check.service';
import { KnowledgeSearch } from '../search/knowledge-search.service';
import { EligibilityInputDto } from './knowledge-commands.dto';
import { SearchQueryDto } from './knowledge-queries.dto';
import { EligibilityResultDto, SearchResultsDto } from './knowledge-results.dto';

/** What agents use with a citizen on the line: search and the eligibility check. */
@ApiTags('knowledge')
@ApiBearerAuth()
@Controller('knowledge')
export class KnowledgeSearchController {
  constructor(
    private readonly knowledgeSearch: KnowledgeSearch,
    private readonly eligibility: EligibilityCheck,
  ) {}

  @Get('search')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: SearchResultsDto })
  async search(@Query() query: SearchQueryDto): Promise<SearchResultsDto> {
    const { q, ...filters } = query;
    return { results: await this.knowledgeSearch.search(q, filters) };
  }

  @Post('eligibility')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: EligibilityResultDto, description: 'Over the schemes open today' })
  check(@Body() body: EligibilityInputDto): Promise<EligibilityResultDto> {
    return this.eligibility.check(body);
  }
}
