import { MigrationInterface, QueryRunner } from 'typeorm';

/** The knowledge base's content team: a permission administrators grant to staff accounts. */
export class ContentTeam1796040000000 implements MigrationInterface {
  name = 'ContentTeam1796040000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "content_team" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "content_team"`);
  }
}
