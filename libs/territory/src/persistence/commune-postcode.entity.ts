import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Commune } from './commune.entity';

/** A postcode is not a commune: one postcode covers several communes and the reverse. */
@Entity({ name: 'commune_postcodes' })
@Index('commune_postcodes_postcode_idx', ['postcode'])
export class CommunePostcode {
  @PrimaryColumn({ name: 'insee_code', type: 'char', length: 5 })
  inseeCode!: string;

  /** Text, never a number: "02000" keeps its leading zero. */
  @PrimaryColumn({ type: 'char', length: 5 })
  postcode!: string;

  @ManyToOne(() => Commune, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'insee_code', foreignKeyConstraintName: 'commune_postcodes_commune_fk' })
  commune?: Commune;
}
