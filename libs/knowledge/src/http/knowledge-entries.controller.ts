import { Body, Controller, Get, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, AuthenticatedUser, CurrentUser, Roles, StaffDirectory } from '@gru/auth';
import { isScheme } from '../content/entry-content';
import { KnowledgeFamily } from '../persistence/knowledge-kind';
import type { KnowledgeRevision } from '../persistence/knowledge-revision.entity';
import { KnowledgeReader } from '../revisions/knowledge-reader.service';
import { KnowledgeEditor } from '../workflow/knowledge-editor.service';
import { ContentTeamGuard } from './content-team.guard';
import { EntryDto, EntrySummaryDto } from './entry.dto';
import {
  ArticleFieldsDto,
  CreateArticleDto,
  CreateSchemeDto,
  SchemeFieldsDto,
} from './entry-input.dto';
import { ArticleListQueryDto, SchemeListQueryDto } from './knowledge-queries.dto';
import { RevisionDto, RevisionSummaryDto } from './revision.dto';
import { StaffNames } from './staff-names.service';

/** Schemes and articles: every staff member reads what is published; the content team writes. */
@ApiTags('knowledge')
@ApiBearerAuth()
@Controller('knowledge')
export class KnowledgeEntriesController {
  constructor(
    private readonly reader: KnowledgeReader,
    private readonly editor: KnowledgeEditor,
    private readonly staff: StaffDirectory,
    private readonly names: StaffNames,
  ) {}

  @Get('schemes')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [EntrySummaryDto] })
  async listSchemes(
    @Query() query: SchemeListQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EntrySummaryDto[]> {
    const includeUnpublished =
      query.includeUnpublished === true && (await this.staff.isContentTeam(user.id));
    const list = await this.reader.list({
      family: KnowledgeFamily.Scheme,
      ...query,
      includeUnpublished,
    });
    return list.map((summary) => EntrySummaryDto.of(summary));
  }

  @Get('schemes/:slug')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: EntryDto })
  async scheme(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EntryDto> {
    const view = await this.reader.view(
      KnowledgeFamily.Scheme,
      slug,
      await this.staff.isContentTeam(user.id),
    );
    return EntryDto.of(view, await this.names.of(RevisionSummaryDto.people([view.revision])));
  }

  @Post('schemes')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiCreatedResponse({ type: RevisionDto, description: 'The new draft revision' })
  async createScheme(
    @Body() body: CreateSchemeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionDto> {
    const { changeNote, ...input } = body;
    return this.saved(await this.editor.saveScheme(input, user.id, changeNote, 'new'));
  }

  @Put('schemes/:slug')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiOkResponse({ type: RevisionDto, description: 'The new draft revision' })
  async saveScheme(
    @Param('slug') slug: string,
    @Body() body: SchemeFieldsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionDto> {
    const { changeNote, ...input } = body;
    return this.saved(
      await this.editor.saveScheme({ ...input, slug }, user.id, changeNote, 'existing'),
    );
  }

  @Get('articles')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [EntrySummaryDto] })
  async listArticles(
    @Query() query: ArticleListQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EntrySummaryDto[]> {
    const includeUnpublished =
      query.includeUnpublished === true && (await this.staff.isContentTeam(user.id));
    const list = await this.reader.list({
      family: KnowledgeFamily.Article,
      ...query,
      includeUnpublished,
    });
    return list.map((summary) => EntrySummaryDto.of(summary));
  }

  @Get('articles/:slug')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: EntryDto })
  async article(
    @Param('slug') slug: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EntryDto> {
    const contentTeam = await this.staff.isContentTeam(user.id);
    const view = await this.reader.view(KnowledgeFamily.Article, slug, contentTeam);
    const content = view.revision.content;
    const schemeSlug = isScheme(content) ? null : content.schemeSlug;
    const [names, schemeTitle] = await Promise.all([
      this.names.of(RevisionSummaryDto.people([view.revision])),
      schemeSlug ? this.reader.schemeTitle(schemeSlug, contentTeam) : null,
    ]);
    return EntryDto.of(view, names, schemeTitle);
  }

  @Post('articles')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiCreatedResponse({ type: RevisionDto, description: 'The new draft revision' })
  async createArticle(
    @Body() body: CreateArticleDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionDto> {
    const { changeNote, ...input } = body;
    return this.saved(await this.editor.saveArticle(input, user.id, changeNote, 'new'));
  }

  @Put('articles/:slug')
  @Roles(...ALL_ROLES)
  @UseGuards(ContentTeamGuard)
  @ApiOkResponse({ type: RevisionDto, description: 'The new draft revision' })
  async saveArticle(
    @Param('slug') slug: string,
    @Body() body: ArticleFieldsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionDto> {
    const { changeNote, ...input } = body;
    return this.saved(
      await this.editor.saveArticle({ ...input, slug }, user.id, changeNote, 'existing'),
    );
  }

  private async saved({ revision }: { revision: KnowledgeRevision }): Promise<RevisionDto> {
    return RevisionDto.withContent(revision, await this.names.of([revision.authorUserId]));
  }
}
