import { MigrationInterface, QueryRunner } from 'typeorm';

/** The agent's note when coding a contact (the desk's coding form). */
export class ContactNote1796033294705 implements MigrationInterface {
  name = 'ContactNote1796033294705';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contacts" ADD "note" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contacts" DROP COLUMN "note"`);
  }
}
