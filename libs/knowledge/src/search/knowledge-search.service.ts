import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KnowledgeKind, SchemeStatus } from '../persistence/knowledge-kind';
import { liveCondition, parisDay } from '../revisions/live-revision';
import { schemeStatusSql } from '../revisions/scheme-status';
import { EmptySearches } from './empty-searches.service';
import {
  buildSlots,
  normaliseText,
  queryWords,
  toTsquery,
  withCorrections,
  withSingulars,
} from './search-query';
import { Synonyms } from './synonyms.service';
import { Vocabulary } from './vocabulary.service';

export interface SearchFilters {
  readonly kind?: KnowledgeKind;
  readonly theme?: string;
  readonly status?: SchemeStatus;
  readonly audience?: string;
  readonly limit?: number;
}

export interface SearchResult {
  readonly type: KnowledgeKind;
  readonly slug: string;
  readonly title: string;
  /** Plain text, HTML-escaped, matches wrapped in <mark>…</mark>. */
  readonly snippet: string;
  readonly score: number;
  /** Schemes only. */
  readonly status: SchemeStatus | null;
  readonly theme: string | null;
  readonly schemeSlug: string | null;
}

interface Row {
  kind: KnowledgeKind;
  slug: string;
  title: string;
  snippet: string;
  score: number;
  status: SchemeStatus | null;
  theme: string | null;
  scheme_slug: string | null;
}

/** Title matches enough to skip the full-text pass (recall@5 is measured on the first five). */
const TITLE_HITS_ENOUGH = 5;

const HEADLINE =
  'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';

/**
 * Relevance boosts on ts_rank (weights D C B A = 0.1 0.2 0.4 1): schemes are what agents look for
 * first, and among them open ones before upcoming and closed ones ("open schemes first").
 */
const BOOST = `CASE WHEN m.kind = 'scheme' THEN (CASE m.status WHEN 'open' THEN 2.0 WHEN 'upcoming' THEN 1.5 ELSE 1.1 END) ELSE 1.0 END`;

/** Full-text search over what agents see now, French and accent-blind, with synonyms and typo tolerance. */
@Injectable()
export class KnowledgeSearch {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly synonyms: Synonyms,
    private readonly vocabulary: Vocabulary,
    private readonly emptySearches: EmptySearches,
  ) {}

  async search(
    query: string,
    filters: SearchFilters = {},
    now: Date = new Date(),
  ): Promise<SearchResult[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const slots = withSingulars(
      withCorrections(
        buildSlots(words, await this.synonyms.groups()),
        await this.vocabulary.corrections(words),
      ),
    );
    const limit = Math.min(filters.limit ?? 20, 50);
    let rows = await this.phased(toTsquery(slots, 'all'), filters, limit, now);
    if (rows.length === 0 && slots.length > 1)
      // No document holds every word: those holding some of them.
      rows = (await this.phased(toTsquery(slots, 'any'), filters, limit, now)).map((row) => ({
        ...row,
        score: row.score / 10,
      }));
    if (rows.length === 0) await this.emptySearches.record(normaliseText(query));
    return rows.slice(0, limit).map((row) => ({
      type: row.kind,
      slug: row.slug,
      title: row.title,
      snippet: row.snippet,
      score: Math.round(row.score * 10_000) / 10_000,
      status: row.status,
      theme: row.theme,
      schemeSlug: row.scheme_slug,
    }));
  }

  /**
   * Titles and tags first (their own GIN index, few matches to rank); the whole text only when
   * titles give fewer than a handful: a common word then costs the ranking of thousands of bodies
   * only when the titles have nothing better.
   */
  private async phased(
    tsquery: string,
    filters: SearchFilters,
    limit: number,
    now: Date,
  ): Promise<Row[]> {
    const titles = await this.run(tsquery, filters, limit, now, 'titles');
    if (titles.length >= TITLE_HITS_ENOUGH) return titles;
    return this.run(tsquery, filters, limit, now, 'everything');
  }

  /** The bare statement (exported for the benchmark, which times it beside the service). */
  sql(filters: SearchFilters, scope: 'titles' | 'everything' = 'everything'): string {
    const where = [
      scope === 'titles'
        ? `to_tsvector('gru_french', r.search_primary) @@ q.query`
        : `r.search_vector @@ q.query`,
      liveCondition('r'),
      filters.kind ? `e.kind = :kind` : '',
      filters.theme ? `r.theme = :theme` : '',
      filters.audience ? `:audience = ANY(r.audiences)` : '',
    ].filter(Boolean);
    return `
      WITH q AS (SELECT to_tsquery('gru_french', :tsquery) AS query),
      matches AS (
        SELECT e.kind, e.slug, r.title, r.theme, r.scheme_slug, r.search_secondary, r.search_body,
               CASE WHEN e.kind = 'scheme' THEN ${schemeStatusSql('r')} END AS status,
               ts_rank('{0.1, 0.2, 0.4, 1.0}', r.search_vector, q.query) AS rank
          FROM knowledge_revisions r JOIN knowledge_entries e ON e.id = r.entry_id, q
         WHERE ${where.join(' AND ')}
      ),
      ranked AS (
        SELECT m.*, m.rank * ${BOOST} AS score
          FROM matches m ${filters.status ? 'WHERE m.status = :status' : ''}
         ORDER BY score DESC, m.title LIMIT :limit
      )
      SELECT ranked.kind, ranked.slug, ranked.title, ranked.theme, ranked.scheme_slug, ranked.status,
             ranked.score::float8 AS score,
             ts_headline('gru_french', concat_ws(' — ', NULLIF(ranked.search_secondary, ''), NULLIF(ranked.search_body, '')),
                         q.query, '${HEADLINE}') AS snippet
        FROM ranked, q
       ORDER BY ranked.score DESC, ranked.title`;
  }

  private async run(
    tsquery: string,
    filters: SearchFilters,
    limit: number,
    now: Date,
    scope: 'titles' | 'everything',
  ): Promise<Row[]> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      this.sql(filters, scope),
      {
        tsquery,
        now,
        today: parisDay(now),
        limit,
        kind: filters.kind,
        theme: filters.theme,
        status: filters.status,
        audience: filters.audience,
      },
    );
    return this.dataSource.query<Row[]>(sql, parameters);
  }
}
