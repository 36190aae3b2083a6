import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Last reference number given per year. Incremented inside the creating transaction: a rolled-back
 * creation gives its number back, so references have no gaps and no duplicates.
 */
@Entity({ name: 'request_reference_counters' })
export class ReferenceCounter {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ name: 'last_value', type: 'int' })
  lastValue!: number;
}
