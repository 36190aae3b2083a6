import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { KnowledgeEntry } from './knowledge-entry.entity';

/** Stored values. */
export enum UsageAction {
  /** An agent copied a phrasing from the desk's knowledge panel. */
  Copied = 'copied',
  /** A contact's coding names the article as the one used to answer. */
  Coded = 'coded',
}

/** One use of an entry at work: the "most used" list of the content team. */
@Entity({ name: 'knowledge_usages' })
@Index('knowledge_usages_entry_idx', ['entryId', 'createdAt'])
// Partial unique index (entry, contact) written in the migration: re-coding a contact counts once.
@Index('knowledge_usages_contact_key', { synchronize: false })
export class ArticleUsage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => KnowledgeEntry, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'knowledge_usages_entry_fk' })
  entry?: KnowledgeEntry;

  @Column({ type: 'enum', enum: UsageAction, enumName: 'knowledge_usage_action' })
  action!: UsageAction;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** The contact (requests library) whose coding named the article; no foreign key across features. */
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
