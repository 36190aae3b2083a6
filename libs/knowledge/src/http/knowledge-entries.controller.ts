import { Body, Controller, Get, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, AuthenticatedUser, CurrentUser, Roles, StaffDirectory } from '@gru/auth';
import { KnowledgeFamily } from '../persistence/knowledge-kind';
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
import { RevisionDto } from './revision.dto';

/** Schemes and articles: every staff member reads what is published; the content team writes. */
@ApiTags('knowledge')
@ApiBearerAuth()
@Controller('knowledge')
export class KnowledgeEntriesController {
  constructor(
    private readonly reader: KnowledgeReader,
    private readonly editor: KnowledgeEditor,
    private readonly staff: StaffDirectory,
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
    return EntryDto.of(
      await this.reader.view(KnowledgeFamily.Scheme, slug, await this.staff.isContentTeam(user.id)),
    );
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
    return RevisionDto.withContent(
      (await this.editor.saveScheme(input, user.id, changeNote, 'new')).revision,
    );
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
    return RevisionDto.withContent(
      (await this.editor.saveScheme({ ...input, slug }, user.id, changeNote, 'existing')).revision,
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
    return EntryDto.of(
      await this.reader.view(
        KnowledgeFamily.Article,
        slug,
        await this.staff.isContentTeam(user.id),
      ),
    );
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
    return RevisionDto.withContent(
      (await this.editor.saveArticle(input, user.id, changeNote, 'new')).revision,
    );
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
    return RevisionDto.withContent(
      (await this.editor.saveArticle({ ...input, slug }, user.id, changeNote, 'existing')).revision,
    );
  }
}
