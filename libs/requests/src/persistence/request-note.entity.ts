import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Request } from './request.entity';

/** Internal note on a request: staff only, never sent to the citizen. */
@Entity({ name: 'request_notes' })
export class RequestNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('request_notes_request_idx')
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => Request, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'request_notes_request_fk' })
  request?: Request;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
