import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A query that found nothing: the content team's to-do list. */
@Entity({ name: 'knowledge_empty_searches' })
export class EmptySearch {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id!: number;

  /** Normalised (trimmed, lower case, single spaces). */
  @Index('knowledge_empty_searches_query_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  query!: string;

  @Column({ type: 'integer', default: 1 })
  count!: number;

  @Column({ name: 'first_searched_at', type: 'timestamptz', default: () => 'now()' })
  firstSearchedAt!: Date;

  @Column({ name: 'last_searched_at', type: 'timestamptz', default: () => 'now()' })
  lastSearchedAt!: Date;
}
