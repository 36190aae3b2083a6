import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseOrThrow } from '../content/build-content';
import { synonymGroupsSchema } from '../content/entry-input';
import { plainField } from '../content/rich-text';
import { SynonymGroup } from '../persistence/synonym-group.entity';
import { Vocabulary } from './vocabulary.service';

const CACHE_MS = 30_000;

/** The synonym list, kept as data and edited by the content team; read by every search (cached briefly). */
@Injectable()
export class Synonyms {
  private cache?: { at: number; groups: string[][] };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabulary: Vocabulary,
  ) {}

  async groups(): Promise<string[][]> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.groups;
    const rows = await this.dataSource.getRepository(SynonymGroup).find({ order: { id: 'ASC' } });
    const groups = rows.map((row) => row.terms);
    this.cache = { at: Date.now(), groups };
    return groups;
  }

  /** Replaces the whole list (the editor sends it back edited). */
  async replace(input: unknown): Promise<string[][]> {
    const groups = parseOrThrow(synonymGroupsSchema, input, 'groups')
      .map((group) => [
        ...new Set(group.map((term) => plainField(term).toLowerCase()).filter(Boolean)),
      ])
      .filter((group) => group.length >= 2);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(SynonymGroup).createQueryBuilder().delete().execute();
      if (groups.length > 0)
        await tx.getRepository(SynonymGroup).insert(groups.map((terms) => ({ terms })));
      await this.vocabulary.addTerms(groups.flat(), tx);
    });
    this.cache = undefined;
    return this.groups();
  }
}
