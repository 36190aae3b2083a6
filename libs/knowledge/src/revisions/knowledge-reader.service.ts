import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException } from '@gru/errors';
import { DataSource } from 'typeorm';
import type { ArticleKind } from '../persistence/knowledge-kind';
import {
  KnowledgeFamily,
  KnowledgeKind,
  RevisionState,
  SchemeStatus,
} from '../persistence/knowledge-kind';
import { KnowledgeEntry } from '../persistence/knowledge-entry.entity';
import { KnowledgeRevision } from '../persistence/knowledge-revision.entity';
import { KnowledgeStore } from './knowledge-store.service';
import { liveCondition, parisDay } from './live-revision';
import { schemeStatusOn, schemeStatusSql } from './scheme-status';

export interface EntryView {
  readonly entry: KnowledgeEntry;
  /** The live revision, or for the content team the latest when nothing is live. */
  readonly revision: KnowledgeRevision;
  readonly live: boolean;
  readonly status: SchemeStatus | null;
}

export interface EntrySummary {
  readonly kind: KnowledgeKind;
  readonly slug: string;
  readonly title: string;
  readonly theme: string | null;
  readonly status: SchemeStatus | null;
  readonly audiences: string[];
  readonly tags: string[];
  readonly schemeSlug: string | null;
  readonly antennaId: string | null;
  readonly opensOn: string | null;
  readonly closesOn: string | null;
  readonly revision: number;
  /** The latest revision's workflow state (content team listings). */
  readonly latestState: RevisionState;
  readonly latestRevision: number;
}

export interface ListFilters {
  readonly family: KnowledgeFamily;
  readonly kind?: ArticleKind;
  readonly theme?: string;
  readonly status?: SchemeStatus;
  readonly audience?: string;
  readonly schemeSlug?: string;
  readonly antennaId?: string;
  /** Content team: entries with nothing live too (drafts, archived). */
  readonly includeUnpublished?: boolean;
}

interface SummaryRow {
  kind: KnowledgeKind;
  slug: string;
  title: string;
  theme: string | null;
  status: SchemeStatus | null;
  audiences: string[];
  tags: string[];
  scheme_slug: string | null;
  antenna_id: string | null;
  opens_on: string | null;
  closes_on: string | null;
  revision: number;
  latest_state: RevisionState;
  latest_revision: number;
  archived: boolean;
}

/** What staff read: the live revision of each entry; the content team also sees the rest. */
@Injectable()
export class KnowledgeReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: KnowledgeStore,
  ) {}

  async view(
    family: KnowledgeFamily,
    slug: string,
    contentTeam: boolean,
    now = new Date(),
  ): Promise<EntryView> {
    const entry = await this.store.entry(family, slug);
    const live = await this.store.live(entry.id, now);
    if (live) return { entry, revision: live, live: true, status: this.statusOf(entry, live, now) };
    const latest = contentTeam ? await this.store.latest(entry.id) : null;
    if (!latest)
      throw new NotFoundException(family === KnowledgeFamily.Scheme ? 'scheme' : 'article', slug);
    const archived = latest.state === RevisionState.Archived || (await this.wasArchived(entry.id));
    return {
      entry,
      revision: latest,
      live: false,
      status: entry.kind === KnowledgeKind.Scheme && archived ? SchemeStatus.Archived : null,
    };
  }

  async list(filters: ListFilters, now = new Date()): Promise<EntrySummary[]> {
    const where = [
      'e.family = :family',
      filters.kind ? 'e.kind = :kind' : '',
      filters.theme ? 'shown.theme = :theme' : '',
      filters.audience ? ':audience = ANY(shown.audiences)' : '',
      filters.schemeSlug ? 'shown.scheme_slug = :schemeSlug' : '',
      filters.antennaId ? 'shown.antenna_id = :antennaId' : '',
      filters.includeUnpublished ? '' : 'live.id IS NOT NULL',
    ].filter(Boolean);
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT * FROM (
         SELECT e.kind, e.slug, shown.title, shown.theme, shown.audiences, shown.tags,
                shown.scheme_slug, shown.antenna_id, shown.opens_on::text, shown.closes_on::text,
                shown.number AS revision, latest.state AS latest_state, latest.number AS latest_revision,
                CASE WHEN e.kind <> 'scheme' THEN NULL
                     WHEN live.id IS NULL THEN (CASE WHEN EXISTS (SELECT 1 FROM knowledge_revisions a WHERE a.entry_id = e.id AND a.state = 'archived') THEN 'archived' END)
                     ELSE ${schemeStatusSql('live')} END AS status
           FROM knowledge_entries e
           LEFT JOIN LATERAL (SELECT * FROM knowledge_revisions r WHERE r.entry_id = e.id AND ${liveCondition('r')} LIMIT 1) live ON true
           JOIN LATERAL (SELECT * FROM knowledge_revisions r WHERE r.entry_id = e.id ORDER BY r.number DESC LIMIT 1) latest ON true
           CROSS JOIN LATERAL (SELECT COALESCE(live.id, latest.id) AS id) pick
           JOIN knowledge_revisions shown ON shown.id = pick.id
          WHERE ${where.join(' AND ')}
       ) listed ${filters.status ? 'WHERE listed.status = :status' : ''}
       ORDER BY CASE listed.status WHEN 'open' THEN 0 WHEN 'upcoming' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END, listed.title
       LIMIT 2000`,
      { ...filters, now, today: parisDay(now) },
    );
    const rows = await this.dataSource.query<SummaryRow[]>(sql, parameters);
    return rows.map((row) => ({
      kind: row.kind,
      slug: row.slug,
      title: row.title,
      theme: row.theme,
      status: row.status,
      audiences: row.audiences,
      tags: row.tags,
      schemeSlug: row.scheme_slug,
      antennaId: row.antenna_id,
      opensOn: row.opens_on,
      closesOn: row.closes_on,
      revision: row.revision,
      latestState: row.latest_state,
      latestRevision: row.latest_revision,
    }));
  }

  /**
   * The name of a scheme as this reader may see it (its live title, or for the content team its
   * latest); null when there is no such scheme or the reader may not see it.
   */
  async schemeTitle(slug: string, contentTeam: boolean, now = new Date()): Promise<string | null> {
    try {
      return (await this.view(KnowledgeFamily.Scheme, slug, contentTeam, now)).revision.title;
    } catch (error) {
      if (error instanceof NotFoundException) return null;
      throw error;
    }
  }

  /** Revisions waiting for a reviewer, oldest first. */
  async inReview(): Promise<{ entry: KnowledgeEntry; revision: KnowledgeRevision }[]> {
    const revisions = await this.dataSource.getRepository(KnowledgeRevision).find({
      where: { state: RevisionState.InReview },
      relations: { entry: true },
      order: { submittedAt: 'ASC' },
      take: 500,
    });
    return revisions.map((revision) => ({ entry: revision.entry!, revision }));
  }

  statusOf(entry: KnowledgeEntry, revision: KnowledgeRevision, now: Date): SchemeStatus | null {
    if (entry.kind !== KnowledgeKind.Scheme) return null;
    return schemeStatusOn(revision.opensOn, revision.closesOn, parisDay(now));
  }

  private wasArchived(entryId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(KnowledgeRevision)
      .exists({ where: { entryId, state: RevisionState.Archived } });
  }
}
