import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailAddressBounces1796048061603 implements MigrationInterface {
  name = 'MailAddressBounces1796048061603';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_address_bounces" ("address" character varying(320) NOT NULL, "bounce_count" integer NOT NULL DEFAULT '1', "last_bounced_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" character varying(500) NOT NULL, "bounce_message_id" uuid, "cleared_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c134a2edda4e691e4fc34c32f0f" PRIMARY KEY ("address"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_address_bounces"`);
  }
}
