import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Terms agents use interchangeably ("bourse", "aide financière"), normalised (lower case, no accents). */
@Entity({ name: 'knowledge_synonym_groups' })
export class SynonymGroup {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'ALWAYS' })
  id!: number;

  @Column({ type: 'text', array: true })
  terms!: string[];
}
