import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmptySearch } from '../persistence/empty-search.entity';

/** Queries that found nothing, counted: the content team's to-do list. */
@Injectable()
export class EmptySearches {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(normalisedQuery: string): Promise<void> {
    const query = normalisedQuery.slice(0, 200);
    if (!query) return;
    await this.dataSource.query(
      `INSERT INTO knowledge_empty_searches (query) VALUES ($1)
       ON CONFLICT (query) DO UPDATE SET count = knowledge_empty_searches.count + 1, last_searched_at = now()`,
      [query],
    );
  }

  list(limit = 100): Promise<EmptySearch[]> {
    return this.dataSource
      .getRepository(EmptySearch)
      .find({ order: { lastSearchedAt: 'DESC' }, take: limit });
  }

  /** Done: the content team wrote what was missing (or judged it off-topic). */
  async dismiss(id: number): Promise<boolean> {
    const result = await this.dataSource.getRepository(EmptySearch).delete({ id });
    return result.affected === 1;
  }
}
