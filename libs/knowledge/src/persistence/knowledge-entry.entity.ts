import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { KnowledgeFamily, KnowledgeKind } from './knowledge-kind';

/** A scheme or an article: its identity (slug) only; everything it says lives in its revisions. */
@Entity({ name: 'knowledge_entries' })
@Index('knowledge_entries_slug_key', ['family', 'slug'], { unique: true })
export class KnowledgeEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: KnowledgeFamily, enumName: 'knowledge_family' })
  family!: KnowledgeFamily;

  @Column({ type: 'enum', enum: KnowledgeKind, enumName: 'knowledge_kind' })
  kind!: KnowledgeKind;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
