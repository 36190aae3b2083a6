import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException, ErrorCode, NotFoundException } from '@gru/errors';
import { DataSource, EntityManager } from 'typeorm';
import { RevisionColumns } from '../content/build-content';
import type { EntryContent } from '../content/entry-content';
import { KnowledgeEntry } from '../persistence/knowledge-entry.entity';
import {
  familyOf,
  KnowledgeFamily,
  KnowledgeKind,
  RevisionState,
} from '../persistence/knowledge-kind';
import { KnowledgeRevision } from '../persistence/knowledge-revision.entity';
import { liveCondition } from './live-revision';

export interface NewRevision {
  readonly kind: KnowledgeKind;
  readonly content: EntryContent;
  readonly columns: RevisionColumns;
  readonly authorUserId: string | null;
  readonly changeNote?: string | null;
  /** `new`: 409 if the slug exists (create); `existing`: 404 if it does not (save); default either. */
  readonly expect?: 'new' | 'existing';
}

export interface SavedRevision {
  readonly entry: KnowledgeEntry;
  readonly revision: KnowledgeRevision;
  readonly created: boolean;
}

/** Entries and their revisions: the only code that reads or writes these two tables. */
@Injectable()
export class KnowledgeStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends a draft revision, creating the entry on its first save; numbers are gapless per entry. */
  appendRevision(revision: NewRevision, manager?: EntityManager): Promise<SavedRevision> {
    const work = async (tx: EntityManager): Promise<SavedRevision> => {
      const family = familyOf(revision.kind);
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(KnowledgeEntry)
        .values({ family, kind: revision.kind, slug: revision.content.slug })
        .orIgnore()
        .returning(['id'])
        .execute();
      const created = (inserted.raw as unknown[]).length > 0;
      if (created && revision.expect === 'existing')
        throw new NotFoundException(
          family === KnowledgeFamily.Scheme ? 'scheme' : 'article',
          revision.content.slug,
        );
      if (!created && revision.expect === 'new')
        throw new DomainException(
          ErrorCode.Conflict,
          `L'identifiant « ${revision.content.slug} » est déjà pris.`,
          {
            slug: revision.content.slug,
          },
        );
      // The row lock serialises saves of one entry, so two saves never take the same number.
      const entry = await tx
        .getRepository(KnowledgeEntry)
        .createQueryBuilder('entry')
        .setLock('pessimistic_write')
        .where('entry.family = :family AND entry.slug = :slug', {
          family,
          slug: revision.content.slug,
        })
        .getOneOrFail();
      if (entry.kind !== revision.kind)
        throw new DomainException(
          ErrorCode.Conflict,
          `« ${entry.slug} » est déjà un article de type « ${entry.kind} ».`,
          { slug: entry.slug, kind: entry.kind },
        );
      const { max } = (await tx
        .getRepository(KnowledgeRevision)
        .createQueryBuilder('revision')
        .select('COALESCE(MAX(revision.number), 0)', 'max')
        .where('revision.entry_id = :id', { id: entry.id })
        .getRawOne<{ max: number }>()) ?? { max: 0 };
      const saved = await tx.getRepository(KnowledgeRevision).save(
        tx.getRepository(KnowledgeRevision).create({
          entryId: entry.id,
          number: Number(max) + 1,
          state: RevisionState.Draft,
          authorUserId: revision.authorUserId,
          content: revision.content,
          changeNote: revision.changeNote ?? null,
          ...revision.columns,
        }),
      );
      return { entry, revision: saved, created };
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  findEntry(family: KnowledgeFamily, slug: string): Promise<KnowledgeEntry | null> {
    return this.dataSource.getRepository(KnowledgeEntry).findOne({ where: { family, slug } });
  }

  async entry(family: KnowledgeFamily, slug: string): Promise<KnowledgeEntry> {
    const entry = await this.findEntry(family, slug);
    if (!entry)
      throw new NotFoundException(family === KnowledgeFamily.Scheme ? 'scheme' : 'article', slug);
    return entry;
  }

  revisions(entryId: string): Promise<KnowledgeRevision[]> {
    return this.dataSource
      .getRepository(KnowledgeRevision)
      .find({ where: { entryId }, order: { number: 'DESC' } });
  }

  async revision(entryId: string, number: number): Promise<KnowledgeRevision> {
    const revision = await this.dataSource
      .getRepository(KnowledgeRevision)
      .findOne({ where: { entryId, number } });
    if (!revision) throw new NotFoundException('revision', String(number));
    return revision;
  }

  latest(entryId: string): Promise<KnowledgeRevision | null> {
    return this.dataSource
      .getRepository(KnowledgeRevision)
      .findOne({ where: { entryId }, order: { number: 'DESC' } });
  }

  /** The revision agents see at `at`, if any. */
  live(entryId: string, at: Date): Promise<KnowledgeRevision | null> {
    return this.dataSource
      .getRepository(KnowledgeRevision)
      .createQueryBuilder('r')
      .where(`r.entry_id = :entryId AND ${liveCondition('r')}`, { entryId, now: at })
      .getOne();
  }

  /** Moves a revision in the workflow, only from the state it was read in (a concurrent move loses). */
  async moveRevision(
    revision: KnowledgeRevision,
    patch: Partial<
      Pick<
        KnowledgeRevision,
        | 'state'
        | 'effectiveFrom'
        | 'effectiveUntil'
        | 'submittedAt'
        | 'submittedByUserId'
        | 'publishedAt'
        | 'publishedByUserId'
        | 'archivedAt'
        | 'archivedByUserId'
      >
    >,
  ): Promise<KnowledgeRevision> {
    const result = await this.dataSource
      .getRepository(KnowledgeRevision)
      .update({ id: revision.id, state: revision.state }, patch);
    if (result.affected !== 1)
      throw new DomainException(
        ErrorCode.Conflict,
        'Cette révision vient de changer d’état ; rechargez-la.',
        {
          revision: revision.number,
        },
      );
    return this.dataSource
      .getRepository(KnowledgeRevision)
      .findOneOrFail({ where: { id: revision.id } });
  }
}
