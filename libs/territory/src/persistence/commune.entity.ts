import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Epci } from './epci.entity';

/** A current commune of the region (communes déléguées and associées are not imported). */
@Entity({ name: 'communes' })
@Index('communes_epci_idx', ['epciSiren'])
export class Commune {
  @PrimaryColumn({ name: 'insee_code', type: 'char', length: 5 })
  inseeCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'department_code', type: 'varchar', length: 3 })
  departmentCode!: string;

  @Column({ type: 'integer' })
  population!: number;

  @Column({ name: 'epci_siren', type: 'char', length: 9 })
  epciSiren!: string;

  @ManyToOne(() => Epci, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'epci_siren', foreignKeyConstraintName: 'communes_epci_fk' })
  epci?: Epci;

  @Column({ type: 'varchar', length: 100 })
  vintage!: string;
}
