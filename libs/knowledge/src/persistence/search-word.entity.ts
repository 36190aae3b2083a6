import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The vocabulary of published content (unaccented, lower case): typo correction by trigrams. */
@Entity({ name: 'knowledge_words' })
@Index('knowledge_words_trgm_idx', { synchronize: false })
export class SearchWord {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  word!: string;

  @Column({ type: 'integer', default: 1 })
  occurrences!: number;
}
