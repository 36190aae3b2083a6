import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { KnowledgeRevision } from './knowledge-revision.entity';

/** A reviewer's or author's remark on one revision. */
@Entity({ name: 'knowledge_revision_comments' })
@Index('knowledge_revision_comments_revision_idx', ['revisionId', 'createdAt'])
export class RevisionComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => KnowledgeRevision, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({
    name: 'revision_id',
    foreignKeyConstraintName: 'knowledge_revision_comments_revision_fk',
  })
  revision?: KnowledgeRevision;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
