import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RevisionState } from '../persistence/knowledge-kind';
import { KnowledgeRevision } from '../persistence/knowledge-revision.entity';
import { RevisionComment } from '../persistence/revision-comment.entity';
import { KnowledgeStore } from '../revisions/knowledge-store.service';
import { MARK_SUPERSEDED } from '../revisions/live-revision';
import { Vocabulary } from '../search/vocabulary.service';
import { assertEffectivePeriod, nextState, RevisionAction } from './revision-workflow';

export interface TransitionOptions {
  /** Publication: when agents start seeing it (default: now), and until when. */
  readonly effectiveFrom?: Date;
  readonly effectiveUntil?: Date | null;
  /** A comment saved with the action (the reviewer's reason for sending back, say). */
  readonly comment?: string;
}

/** Moves revisions through the review workflow (the caller is in the content team). */
@Injectable()
export class RevisionTransitions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: KnowledgeStore,
    private readonly vocabulary: Vocabulary,
  ) {}

  async apply(
    revision: KnowledgeRevision,
    action: RevisionAction,
    actorUserId: string,
    options: TransitionOptions = {},
  ): Promise<KnowledgeRevision> {
    const state = nextState(revision, action, actorUserId);
    const now = new Date();
    let moved: KnowledgeRevision;
    switch (action) {
      case RevisionAction.Submit:
        moved = await this.store.moveRevision(revision, {
          state,
          submittedAt: now,
          submittedByUserId: actorUserId,
        });
        break;
      case RevisionAction.RequestChanges:
        moved = await this.store.moveRevision(revision, {
          state,
          submittedAt: null,
          submittedByUserId: null,
        });
        break;
      case RevisionAction.Publish:
        moved = await this.publish(revision, actorUserId, options);
        break;
      case RevisionAction.Archive:
        moved = await this.store.moveRevision(revision, {
          state,
          archivedAt: now,
          archivedByUserId: actorUserId,
        });
        break;
    }
    if (options.comment?.trim()) await this.comment(moved, actorUserId, options.comment);
    return moved;
  }

  /** Imports with --publish: no reviewer (a migration of content already approved elsewhere). */
  async publishImported(revision: KnowledgeRevision): Promise<KnowledgeRevision> {
    return this.publish(revision, null, {});
  }

  async comment(
    revision: KnowledgeRevision,
    authorUserId: string,
    body: string,
  ): Promise<RevisionComment> {
    return this.dataSource
      .getRepository(RevisionComment)
      .save({ revisionId: revision.id, authorUserId, body: body.trim() });
  }

  comments(revision: KnowledgeRevision): Promise<RevisionComment[]> {
    return this.dataSource
      .getRepository(RevisionComment)
      .find({ where: { revisionId: revision.id }, order: { createdAt: 'ASC' } });
  }

  private async publish(
    revision: KnowledgeRevision,
    reviewerUserId: string | null,
    options: TransitionOptions,
  ): Promise<KnowledgeRevision> {
    const now = new Date();
    const effectiveFrom = options.effectiveFrom ?? now;
    const effectiveUntil = options.effectiveUntil ?? null;
    assertEffectivePeriod(effectiveFrom, effectiveUntil);
    const published = await this.store.moveRevision(revision, {
      state: RevisionState.Published,
      publishedAt: now,
      publishedByUserId: reviewerUserId,
      effectiveFrom,
      effectiveUntil,
    });
    await this.dataSource.query(MARK_SUPERSEDED, [now, published.entryId]);
    await this.vocabulary.addRevision(published.id);
    return published;
  }
}
