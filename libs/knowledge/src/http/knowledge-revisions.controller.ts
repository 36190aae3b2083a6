import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ALL_ROLES, AuthenticatedUser, CurrentUser, Roles } from '@gru/auth';
import { KnowledgeFamily } from '../persistence/knowledge-kind';
import { KnowledgeRevision } from '../persistence/knowledge-revision.entity';
import { KnowledgeStore } from '../revisions/knowledge-store.service';
import { diffContents } from '../revisions/revision-diff';
import { RevisionTransitions } from '../workflow/revision-transitions.service';
import { RevisionAction } from '../workflow/revision-workflow';
import { ContentTeamGuard } from './content-team.guard';
import {
  FAMILY_SEGMENTS,
  FamilyPipe,
  RevisionActionPipe,
  RevisionNumberPipe,
} from './entry-params';
import type { PathFamily } from './entry-params';
import { CommentInputDto, TransitionInputDto } from './knowledge-commands.dto';
import { CommentDto, RevisionDiffDto, RevisionDto, RevisionSummaryDto } from './revision.dto';
import { StaffNames } from './staff-names.service';

const FAMILY = { name: 'family', enum: FAMILY_SEGMENTS };
const BASE = ':family/:slug/revisions';

/** History, diff, review workflow and comments of one entry: the content team's tools. */
@ApiTags('knowledge')
@ApiBearerAuth()
@Controller('knowledge')
@UseGuards(ContentTeamGuard)
export class KnowledgeRevisionsController {
  constructor(
    private readonly store: KnowledgeStore,
    private readonly transitions: RevisionTransitions,
    private readonly names: StaffNames,
  ) {}

  @Get(BASE)
  @Roles(...ALL_ROLES)
  @ApiParam(FAMILY)
  @ApiOkResponse({ type: [RevisionSummaryDto], description: 'Newest first' })
  async list(
    @Param('family', FamilyPipe) family: PathFamily,
    @Param('slug') slug: string,
  ): Promise<RevisionSummaryDto[]> {
    const entry = await this.store.entry(family, slug);
    const revisions = await this.store.revisions(entry.id);
    const names = await this.names.of(RevisionSummaryDto.people(revisions));
    return revisions.map((revision) => RevisionSummaryDto.of(revision, names));
  }

  @Get(`${BASE}/:number`)
  @Roles(...ALL_ROLES)
  @ApiParam(FAMILY)
  @ApiOkResponse({ type: RevisionDto })
  async get(
    @Param('family', FamilyPipe) family: PathFamily,
    @Param('slug') slug: string,
    @Param('number', RevisionNumberPipe) number: number,
  ): Promise<RevisionDto> {
    const revision = await this.revision(family, slug, number);
    return RevisionDto.withContent(
      revision,
      await this.names.of(RevisionSummaryDto.people([revision])),
    );
  }

  @Get(`${BASE}/:a/diff/:b`)
  @Roles(...ALL_ROLES)
  @ApiParam(FAMILY)
  @ApiOkResponse({ type: RevisionDiffDto })
  async diff(
    @Param('family', FamilyPipe) family: PathFamily,
    @Param('slug') slug: string,
    @Param('a', RevisionNumberPipe) a: number,
    @Param('b', RevisionNumberPipe) b: number,
  ): Promise<RevisionDiffDto> {
    const entry = await this.store.entry(family, slug);
    const [before, after] = await Promise.all([
      this.store.revision(entry.id, a),
      this.store.revision(entry.id, b),
    ]);
    return { from: a, to: b, fields: diffContents(before.content, after.content) };
  }

  @Get(`${BASE}/:number/comments`)
  @Roles(...ALL_ROLES)
  @ApiParam(FAMILY)
  @ApiOkResponse({ type: [CommentDto] })
  async comments(
    @Param('family', FamilyPipe) family: PathFamily,
    @Param('slug') slug: string,
    @Param('number', RevisionNumberPipe) number: number,
  ): Promise<CommentDto[]> {
    const revision = await this.revision(family, slug, number);
    const comments = await this.transitions.comments(revision);
    const names = await this.names.of(comments.map((comment) => comment.authorUserId));
    return comments.map((comment) => CommentDto.of(comment, number, names));
  }

  @Post(`${BASE}/:number/comments`)
  @Roles(...ALL_ROLES)
  @ApiParam(FAMILY)
  @ApiCreatedResponse({ type: CommentDto })
  async comment(
    @Param('family', FamilyPipe) family: PathFamily,
    @Param('slug') slug: string,
    @Param('number', RevisionNumberPipe) number: number,
    @Body() body: CommentInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CommentDto> {
    const revision = await this.revision(family, slug, number);
    const comment = await this.transitions.comment(revision, user.id, body.body);
    return CommentDto.of(comment, number, await this.names.of([comment.authorUserId]));
  }

  // Declared after `:number/comments` on purpose: Express tries routes in order, and `comments`
  // must not be read as an action.
  @Post(`${BASE}/:number/:action`)
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiParam(FAMILY)
  @ApiParam({ name: 'action', enum: RevisionAction })
  @ApiOkResponse({
    type: RevisionSummaryDto,
    description:
      'submit: draft → in review; request-changes: back to draft; publish: by a reviewer other ' +
      'than the author, effectiveFrom/Until optional; archive: published → archived',
  })
  async transition(
    @Param('family', FamilyPipe) family: PathFamily,
    @Param('slug') slug: string,
    @Param('number', RevisionNumberPipe) number: number,
    @Param('action', RevisionActionPipe) action: RevisionAction,
    @Body() body: TransitionInputDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionSummaryDto> {
    const revision = await this.revision(family, slug, number);
    const acted = await this.transitions.apply(revision, action, user.id, body);
    return RevisionSummaryDto.of(acted, await this.names.of(RevisionSummaryDto.people([acted])));
  }

  private async revision(
    family: KnowledgeFamily,
    slug: string,
    number: number,
  ): Promise<KnowledgeRevision> {
    const entry = await this.store.entry(family, slug);
    return this.store.revision(entry.id, number);
  }
}
