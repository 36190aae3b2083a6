import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { EntryContent } from '../content/entry-content';
import { KnowledgeEntry } from './knowledge-entry.entity';
import { RevisionState } from './knowledge-kind';

/**
 * One save of an entry: an immutable snapshot (a trigger refuses any change to the content
 * columns) plus its place in the review workflow. The columns beside `content` are copies of it
 * for filters and search; `search_vector` is computed by a trigger from the three search texts
 * (A: title and tags, B: summary or phrasing, C: body).
 */
@Entity({ name: 'knowledge_revisions' })
@Index('knowledge_revisions_number_key', ['entryId', 'number'], { unique: true })
@Index('knowledge_revisions_state_idx', ['state', 'createdAt'])
// Written by hand in the migrations: GIN on the vectors of published, not superseded revisions,
// and the live lookup per entry.
@Index('knowledge_revisions_current_search_idx', { synchronize: false })
@Index('knowledge_revisions_title_search_idx', { synchronize: false })
@Index('knowledge_revisions_current_idx', { synchronize: false })
export class KnowledgeRevision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => KnowledgeEntry, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'knowledge_revisions_entry_fk' })
  entry?: KnowledgeEntry;

  /** 1, 2, 3… per entry, in save order. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({
    type: 'enum',
    enum: RevisionState,
    enumName: 'knowledge_revision_state',
    default: RevisionState.Draft,
  })
  state!: RevisionState;

  /** Null for imports. */
  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The whole entry as saved (sanitised HTML included): what a diff compares and an export writes. */
  @Column({ type: 'jsonb' })
  content!: EntryContent;

  @Column({ name: 'change_note', type: 'varchar', length: 500, nullable: true })
  changeNote!: string | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  theme!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ name: 'scheme_slug', type: 'varchar', length: 120, nullable: true })
  schemeSlug!: string | null;

  @Column({ name: 'antenna_id', type: 'varchar', length: 64, nullable: true })
  antennaId!: string | null;

  @Column({ name: 'opens_on', type: 'date', nullable: true })
  opensOn!: string | null;

  @Column({ name: 'closes_on', type: 'date', nullable: true })
  closesOn!: string | null;

  @Column({ name: 'search_primary', type: 'text' })
  searchPrimary!: string;

  @Column({ name: 'search_secondary', type: 'text' })
  searchSecondary!: string;

  @Column({ name: 'search_body', type: 'text' })
  searchBody!: string;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  /** When agents start seeing it once published (defaults to the publication time). */
  @Column({ name: 'effective_from', type: 'timestamptz', nullable: true })
  effectiveFrom!: Date | null;

  @Column({ name: 'effective_until', type: 'timestamptz', nullable: true })
  effectiveUntil!: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by_user_id', type: 'uuid', nullable: true })
  submittedByUserId!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The reviewer who published it (never its author); null for an import with --publish. */
  @Column({ name: 'published_by_user_id', type: 'uuid', nullable: true })
  publishedByUserId!: string | null;

  /**
   * A newer published revision of the same entry is in effect: this one can never be live again
   * (history only). Kept so that search and the live check skip it; a published revision not yet
   * marked may still be superseded (the live check decides), marking only saves work.
   */
  @Column({ type: 'boolean', default: false })
  superseded!: boolean;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'archived_by_user_id', type: 'uuid', nullable: true })
  archivedByUserId!: string | null;
}
