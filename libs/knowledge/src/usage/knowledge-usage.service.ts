import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundException, ValidationFailedException } from '@gru/errors';
import { DataSource, EntityManager, In } from 'typeorm';
import { ArticleUsage, UsageAction } from '../persistence/article-usage.entity';
import { KnowledgeEntry } from '../persistence/knowledge-entry.entity';
import { KnowledgeFamily, KnowledgeKind } from '../persistence/knowledge-kind';

export interface UsageCount {
  readonly kind: KnowledgeKind;
  readonly slug: string;
  readonly title: string;
  readonly copied: number;
  readonly coded: number;
  readonly total: number;
}

/**
 * Articles used at work: copied from the desk's knowledge panel, or named by a contact's coding
 * (the requests library calls `assertArticles` then `recordCoding`). The content team reads the
 * most used ones.
 */
@Injectable()
export class KnowledgeUsage {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The entries of these article slugs; a 400 on `field` naming the unknown ones. */
  async assertArticles(
    slugs: readonly string[],
    field = 'knowledgeArticleSlugs',
  ): Promise<KnowledgeEntry[]> {
    const unique = [...new Set(slugs)];
    if (unique.length === 0) return [];
    const entries = await this.dataSource
      .getRepository(KnowledgeEntry)
      .find({ where: { family: KnowledgeFamily.Article, slug: In(unique) } });
    const unknown = unique.filter((slug) => !entries.some((entry) => entry.slug === slug));
    if (unknown.length > 0)
      throw new ValidationFailedException([
        { field, messages: [`${field} : article(s) inconnu(s) ${unknown.join(', ')}`] },
      ]);
    return entries;
  }

  async recordCopy(articleSlug: string, userId: string): Promise<void> {
    const entry = await this.dataSource
      .getRepository(KnowledgeEntry)
      .findOne({ where: { family: KnowledgeFamily.Article, slug: articleSlug } });
    if (!entry) throw new NotFoundException('article', articleSlug);
    await this.dataSource
      .getRepository(ArticleUsage)
      .insert({ entryId: entry.id, action: UsageAction.Copied, userId, contactId: null });
  }

  /** Once per (article, contact): coding a contact again does not count twice. */
  async recordCoding(
    slugs: readonly string[],
    contactId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const entries = await this.assertArticles(slugs);
    if (entries.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ArticleUsage)
      .values(
        entries.map((entry) => ({
          entryId: entry.id,
          action: UsageAction.Coded,
          userId,
          contactId,
        })),
      )
      .orIgnore()
      .execute();
  }

  /**
   * The titles of these article slugs (their latest revision's), for records that name the articles
   * they used; an article since deleted keeps its slug as title.
   */
  async titles(slugs: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(slugs)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource.query<{ slug: string; title: string | null }[]>(
      `SELECT e.slug,
              (SELECT r.title FROM knowledge_revisions r WHERE r.entry_id = e.id ORDER BY r.number DESC LIMIT 1) AS title
         FROM knowledge_entries e
        WHERE e.family = 'article' AND e.slug = ANY($1::text[])`,
      [unique],
    );
    const titles = new Map(rows.map((row) => [row.slug, row.title ?? row.slug]));
    return new Map(unique.map((slug) => [slug, titles.get(slug) ?? slug]));
  }

  /** Most used over the last `days` days. */
  async mostUsed(days = 30, limit = 50): Promise<UsageCount[]> {
    const rows = await this.dataSource.query<
      { kind: KnowledgeKind; slug: string; title: string | null; copied: string; coded: string }[]
    >(
      `SELECT e.kind, e.slug,
              (SELECT r.title FROM knowledge_revisions r WHERE r.entry_id = e.id ORDER BY r.number DESC LIMIT 1) AS title,
              count(*) FILTER (WHERE u.action = 'copied') AS copied,
              count(*) FILTER (WHERE u.action = 'coded') AS coded
         FROM knowledge_usages u JOIN knowledge_entries e ON e.id = u.entry_id
        WHERE u.created_at >= now() - make_interval(days => $1)
        GROUP BY e.id ORDER BY count(*) DESC, e.slug LIMIT $2`,
      [days, limit],
    );
    return rows.map((row) => ({
      kind: row.kind,
      slug: row.slug,
      title: row.title ?? row.slug,
      copied: Number(row.copied),
      coded: Number(row.coded),
      total: Number(row.copied) + Number(row.coded),
    }));
  }
}
