import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An antenna's portfolio page filters on the antenna and the "still identified" columns and orders
 * by (name_key, id): this index gives both, so a page (first or keyset-later) reads 50 entries
 * instead of sorting every citizen of the antenna (84,000 for the headquarters area at volume).
 */
export class CitizensPortfolioIndex1795442740850 implements MigrationInterface {
  name = 'CitizensPortfolioIndex1795442740850';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "citizens_portfolio_idx" ON "citizens" ("antenna_id", "name_key", "id")
       WHERE "merged_into_id" IS NULL AND "anonymised_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."citizens_portfolio_idx"`);
  }
}
