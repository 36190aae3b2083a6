import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Superseded revisions leave the search index: with many edits per entry, every old published
 * revision used to be matched, ranked, then discarded by the live check.
 */
export class KnowledgeSuperseded1796050000000 implements MigrationInterface {
  name = 'KnowledgeSuperseded1796050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "knowledge_revisions" ADD "superseded" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`
      UPDATE knowledge_revisions r SET superseded = true
       WHERE r.state = 'published' AND EXISTS (
         SELECT 1 FROM knowledge_revisions n WHERE n.entry_id = r.entry_id AND n.state = 'published'
            AND n.effective_from <= now() AND (n.effective_until IS NULL OR n.effective_until > now())
            AND (n.effective_from, n.number) > (r.effective_from, r.number))`);
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_current_search_idx" ON "knowledge_revisions" USING gin ("search_vector") WHERE "state" = 'published' AND NOT "superseded"`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_current_idx" ON "knowledge_revisions" ("entry_id", "effective_from" DESC) WHERE "state" = 'published' AND NOT "superseded"`,
    );
    // Titles and tags alone (weight A): the first, cheap pass of a search.
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_title_search_idx" ON "knowledge_revisions" USING gin (to_tsvector('gru_french'::regconfig, "search_primary")) WHERE "state" = 'published' AND NOT "superseded"`,
    );
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_search_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_live_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_title_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_search_idx" ON "knowledge_revisions" USING gin ("search_vector") WHERE "state" = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_live_idx" ON "knowledge_revisions" ("entry_id", "effective_from" DESC) WHERE "state" = 'published'`,
    );
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_current_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_current_search_idx"`);
    await queryRunner.query(`ALTER TABLE "knowledge_revisions" DROP COLUMN "superseded"`);
  }
}
