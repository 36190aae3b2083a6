import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An EPCI with at least one commune in the region, as of the imported vintage. */
@Entity({ name: 'epcis' })
export class Epci {
  @PrimaryColumn({ type: 'char', length: 9 })
  siren!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** CA, CC, CU or METRO. */
  @Column({ type: 'varchar', length: 16 })
  type!: string;

  /** Members in another region (two EPCIs straddle Normandy); they are not imported. */
  @Column({ name: 'out_of_region_member_count', type: 'integer' })
  outOfRegionMemberCount!: number;

  /** e.g. "@etalab/decoupage-administratif 6.0.0". */
  @Column({ type: 'varchar', length: 100 })
  vintage!: string;
}
