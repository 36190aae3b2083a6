import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ALL_ROLES, AuthenticatedUser, CurrentUser, Roles } from '@gru/auth';
import { NotFoundException } from '@gru/errors';
import type { Response } from 'express';
import { stringifyCatalogue } from '../import/catalogue-format';
import { KnowledgeTransfer } from '../import/knowledge-transfer.service';
import { KnowledgeReader } from '../revisions/knowledge-reader.service';
import { EmptySearches } from '../search/empty-searches.service';
import { Synonyms } from '../search/synonyms.service';
import { KnowledgeUsage } from '../usage/knowledge-usage.service';
import { ContentTeamGuard } from './content-team.guard';
import { ArticleContentDto, SchemeContentDto } from './entry-content.dto';
import { SynonymsInputDto, UsageInputDto } from './knowledge-commands.dto';
import { ExportQueryDto, UsageQueryDto } from './knowledge-queries.dto';
import {
  EmptySearchDto,
  KnowledgeExportDto,
  ReviewItemDto,
  SynonymsDto,
  UsageCountDto,
} from './knowledge-results.dto';
import { nameIn, StaffNames } from './staff-names.service';

/** The content team's desk: synonyms, empty searches, most used articles, review queue, export. */
@ApiTags('knowledge')
@ApiBearerAuth()
@Controller('knowledge')
export class KnowledgeEditorialController {
  constructor(
    private readonly synonyms: Synonyms,
    private readonly emptySearches: EmptySearches,
    private readonly usage: KnowledgeUsage,
    private readonly reader: KnowledgeReader,
    private readonly transfer: KnowledgeTransfer,
    private readonly names: StaffNames,
  ) {}

  @Get('synonyms')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: SynonymsDto })
  async listSynonyms(): Promise<SynonymsDto> {
    return { groups: await this.synonyms.groups() };
  }

  @Put('synonyms')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiOkResponse({ type: SynonymsDto, description: 'Replaces the whole list' })
  async replaceSynonyms(@Body() body: SynonymsInputDto): Promise<SynonymsDto> {
    return { groups: await this.synonyms.replace(body.groups) };
  }

  @Get('empty-searches')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiOkResponse({ type: [EmptySearchDto], description: 'Most recent first' })
  async listEmptySearches(): Promise<EmptySearchDto[]> {
    return (await this.emptySearches.list()).map((row) => ({
      id: row.id,
      query: row.query,
      count: row.count,
      firstSearchedAt: row.firstSearchedAt.toISOString(),
      lastSearchedAt: row.lastSearchedAt.toISOString(),
    }));
  }

  @Delete('empty-searches/:id')
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiNoContentResponse({ description: 'Dealt with: off the list' })
  async dismissEmptySearch(@Param('id', ParseIntPipe) id: number): Promise<void> {
    if (id < 1 || id > 2_147_483_647 || !(await this.emptySearches.dismiss(id)))
      throw new NotFoundException('empty-search', String(id));
  }

  @Post('usage')
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  @ApiNoContentResponse({ description: 'A phrasing copied from the desk' })
  async recordUsage(
    @Body() body: UsageInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.usage.recordCopy(body.articleSlug, user.id);
  }

  @Get('usage')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiOkResponse({ type: [UsageCountDto], description: 'Most used first' })
  async mostUsed(@Query() query: UsageQueryDto): Promise<UsageCountDto[]> {
    return (await this.usage.mostUsed(query.days ?? 30)).map(({ kind, ...rest }) => ({
      type: kind,
      ...rest,
    }));
  }

  @Get('review-queue')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiOkResponse({ type: [ReviewItemDto], description: 'Revisions in review, oldest first' })
  async reviewQueue(): Promise<ReviewItemDto[]> {
    const queue = await this.reader.inReview();
    const names = await this.names.of(queue.map(({ revision }) => revision.authorUserId));
    return queue.map(({ entry, revision }) => ({
      type: entry.kind,
      slug: entry.slug,
      revision: revision.number,
      title: revision.title,
      authorUserId: revision.authorUserId,
      authorName: nameIn(names, revision.authorUserId),
      submittedAt: revision.submittedAt?.toISOString() ?? null,
    }));
  }

  @Get('export')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiProduces('application/json', 'application/yaml')
  @ApiOkResponse({
    type: KnowledgeExportDto,
    description: 'What is published now, in the import format (a file to download)',
  })
  async export(
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<KnowledgeExportDto | string> {
    const exported = await this.transfer.export();
    const catalogue: KnowledgeExportDto = {
      schemes: exported.schemes.map((scheme) => SchemeContentDto.of({ kind: 'scheme', ...scheme })),
      articles: exported.articles.map((article) => ArticleContentDto.of(article)),
      synonyms: exported.synonyms,
    };
    const format = query.format ?? 'json';
    const day = new Date().toISOString().slice(0, 10);
    response.attachment(`socle-commun-${day}.${format}`);
    if (format === 'json') return catalogue;
    response.type('application/yaml; charset=utf-8');
    return stringifyCatalogue(catalogue, 'yaml');
  }
}
