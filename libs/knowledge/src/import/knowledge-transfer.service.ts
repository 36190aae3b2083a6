import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException, ErrorCode, ValidationFailedException } from '@gru/errors';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { buildArticleContent, buildSchemeContent, parseOrThrow } from '../content/build-content';
import type { ArticleContent, EntryContent, SchemeContent } from '../content/entry-content';
import { KnowledgeFamily, RevisionState } from '../persistence/knowledge-kind';
import { KnowledgeRevision } from '../persistence/knowledge-revision.entity';
import { KnowledgeStore } from '../revisions/knowledge-store.service';
import { liveCondition } from '../revisions/live-revision';
import { Synonyms } from '../search/synonyms.service';
import { KnowledgeEditor } from '../workflow/knowledge-editor.service';
import { RevisionTransitions } from '../workflow/revision-transitions.service';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  readonly schemes: ImportCounts;
  readonly articles: ImportCounts;
  readonly synonyms?: { readonly groups: number; readonly changed: boolean };
}

/** The file's outline; each scheme and article is then checked by the same rules as the API. */
const importFileSchema = z
  .object({
    schemes: z.array(z.unknown()).max(20_000).default([]),
    articles: z.array(z.unknown()).max(100_000).default([]),
    synonyms: z.array(z.array(z.string())).optional(),
  })
  .passthrough();

export interface KnowledgeExport {
  readonly schemes: Omit<SchemeContent, 'kind'>[];
  readonly articles: Omit<ArticleContent, never>[];
  readonly synonyms: string[][];
}

/** JSON with sorted keys: the same content read back from jsonb compares equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Import and export in the issue's JSON format, idempotent by slug: content equal to the latest
 * revision is "unchanged" (nothing written), different content is a new revision ("updated").
 * With `publish`, what is imported is published at once, without review (migrations, demo).
 */
@Injectable()
export class KnowledgeTransfer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editor: KnowledgeEditor,
    private readonly store: KnowledgeStore,
    private readonly transitions: RevisionTransitions,
    private readonly synonyms: Synonyms,
  ) {}

  async import(
    file: unknown,
    options: { publish: boolean; authorUserId?: string | null },
  ): Promise<ImportReport> {
    const parsed = parseOrThrow(importFileSchema, file);
    const report: ImportReport = {
      schemes: { created: 0, updated: 0, unchanged: 0 },
      articles: { created: 0, updated: 0, unchanged: 0 },
    };
    const author = options.authorUserId ?? null;
    for (const [index, scheme] of parsed.schemes.entries())
      await this.within(`schemes[${index}]`, async () => {
        const outcome = await this.importOne(
          KnowledgeFamily.Scheme,
          scheme,
          options.publish,
          (input) => this.editor.saveScheme(input, author, 'Import'),
        );
        report.schemes[outcome] += 1;
      });
    for (const [index, article] of parsed.articles.entries())
      await this.within(`articles[${index}]`, async () => {
        const outcome = await this.importOne(
          KnowledgeFamily.Article,
          article,
          options.publish,
          (input) => this.editor.saveArticle(input, author, 'Import'),
        );
        report.articles[outcome] += 1;
      });
    if (parsed.synonyms === undefined) return report;
    const before = canonical(await this.synonyms.groups());
    const after = await this.synonyms.replace(parsed.synonyms);
    return { ...report, synonyms: { groups: after.length, changed: canonical(after) !== before } };
  }

  async export(now = new Date()): Promise<KnowledgeExport> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT r.content FROM knowledge_revisions r JOIN knowledge_entries e ON e.id = r.entry_id
        WHERE ${liveCondition('r')} ORDER BY e.family DESC, e.slug`,
      { now },
    );
    const rows = await this.dataSource.query<{ content: EntryContent }[]>(sql, parameters);
    const schemes: Omit<SchemeContent, 'kind'>[] = [];
    const articles: ArticleContent[] = [];
    for (const { content } of rows) {
      if (content.kind === 'scheme') {
        const { kind: _kind, ...scheme } = content;
        schemes.push(scheme);
      } else articles.push(content);
    }
    return { schemes, articles, synonyms: await this.synonyms.groups() };
  }

  private async importOne(
    family: KnowledgeFamily,
    input: unknown,
    publish: boolean,
    save: (
      input: unknown,
    ) => Promise<{ revision: KnowledgeRevision; content: EntryContent; created: boolean }>,
  ): Promise<keyof ImportCounts> {
    const slug = (input as { slug?: unknown } | null)?.slug;
    const entry = typeof slug === 'string' ? await this.store.findEntry(family, slug) : null;
    const latest = entry ? await this.store.latest(entry.id) : null;
    if (latest) {
      const content =
        family === KnowledgeFamily.Scheme ? buildSchemeContent(input) : buildArticleContent(input);
      const imported = canonical(content);
      if (imported === canonical(latest.content)) {
        // An archived entry stays archived: re-importing its old content does not bring it back.
        if (
          !publish ||
          latest.state === RevisionState.Published ||
          latest.state === RevisionState.Archived
        )
          return 'unchanged';
        await this.transitions.publishImported(latest);
        return 'updated';
      }
      // What agents see now says the same (a newer draft or a scheduled revision waits behind it):
      // an export imported back changes nothing.
      const live = await this.store.live(latest.entryId, new Date());
      if (live && canonical(live.content) === imported) return 'unchanged';
    }
    const saved = await save(input);
    if (publish) await this.transitions.publishImported(saved.revision);
    return saved.created ? 'created' : 'updated';
  }

  /** Names the item in a validation failure, so a 3,000-line file says where it is wrong. */
  private async within(path: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (error instanceof ValidationFailedException)
        throw new ValidationFailedException(
          error.fieldErrors.map((fieldError) => ({
            field: `${path}.${fieldError.field}`,
            messages: fieldError.messages.map((message) => `${path} : ${message}`),
          })),
        );
      if (error instanceof DomainException && error.code === ErrorCode.Conflict)
        throw new DomainException(error.code, `${path} : ${error.message}`, error.details);
      throw error;
    }
  }
}
