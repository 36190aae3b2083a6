import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationFailedException } from '@gru/errors';
import { TerritoryService } from '@gru/territory';
import { DataSource, EntityManager } from 'typeorm';
import { buildArticleContent, buildSchemeContent, revisionColumns } from '../content/build-content';
import type { ArticleContent, SchemeContent } from '../content/entry-content';
import { KnowledgeFamily, KnowledgeKind } from '../persistence/knowledge-kind';
import { KnowledgeStore, SavedRevision } from '../revisions/knowledge-store.service';

/**
 * Saving content: validates and sanitises it, checks what it refers to (its scheme, its antenna),
 * and appends a draft revision. Every save is a new revision; nothing is overwritten.
 */
@Injectable()
export class KnowledgeEditor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: KnowledgeStore,
    private readonly territory: TerritoryService,
  ) {}

  async saveScheme(
    input: unknown,
    authorUserId: string | null,
    changeNote?: string | null,
    expect?: 'new' | 'existing',
  ): Promise<SavedRevision & { content: SchemeContent }> {
    const content = buildSchemeContent(input);
    const saved = await this.store.appendRevision({
      kind: KnowledgeKind.Scheme,
      content,
      columns: revisionColumns(content),
      authorUserId,
      changeNote,
      expect,
    });
    return { ...saved, content };
  }

  async saveArticle(
    input: unknown,
    authorUserId: string | null,
    changeNote?: string | null,
    expect?: 'new' | 'existing',
  ): Promise<SavedRevision & { content: ArticleContent }> {
    const content = buildArticleContent(input);
    const schemeTheme = await this.checkReferences(content, this.dataSource.manager);
    const saved = await this.store.appendRevision({
      kind: content.kind as KnowledgeKind,
      content,
      columns: revisionColumns(content, schemeTheme),
      authorUserId,
      changeNote,
      expect,
    });
    return { ...saved, content };
  }

  /** The article's scheme must exist (its theme is copied for filters) and its antenna be one of ours. */
  private async checkReferences(
    content: ArticleContent,
    manager: EntityManager,
  ): Promise<string | null> {
    if (content.antennaId !== null && this.territory.index.antenna(content.antennaId) === undefined)
      throw new ValidationFailedException([
        { field: 'antennaId', messages: [`antennaId : antenne inconnue « ${content.antennaId} »`] },
      ]);
    if (content.schemeSlug === null) return null;
    const rows = await manager.query<{ theme: string | null }[]>(
      `SELECT r.theme FROM knowledge_entries e JOIN knowledge_revisions r ON r.entry_id = e.id
        WHERE e.family = $1 AND e.slug = $2 ORDER BY r.number DESC LIMIT 1`,
      [KnowledgeFamily.Scheme, content.schemeSlug],
    );
    if (rows.length === 0)
      throw new ValidationFailedException([
        {
          field: 'schemeSlug',
          messages: [`schemeSlug : dispositif inconnu « ${content.schemeSlug} »`],
        },
      ]);
    return rows[0].theme;
  }
}
