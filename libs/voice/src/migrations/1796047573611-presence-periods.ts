import { MigrationInterface, QueryRunner } from 'typeorm';

export class PresencePeriods1796047573611 implements MigrationInterface {
  name = 'PresencePeriods1796047573611';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "voice_presence_periods" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" uuid NOT NULL, "group_id" character varying(64) NOT NULL, "presence" character varying(16) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_863067e1f1fbc7e3857c19e0624" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "voice_presence_periods_ended_idx" ON "voice_presence_periods"  ("ended_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "voice_presence_periods_started_idx" ON "voice_presence_periods"  ("started_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "voice_presence_periods_user_idx" ON "voice_presence_periods"  ("user_id", "started_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."voice_presence_periods_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."voice_presence_periods_started_idx"`);
    await queryRunner.query(`DROP INDEX "public"."voice_presence_periods_ended_idx"`);
    await queryRunner.query(`DROP TABLE "voice_presence_periods"`);
  }
}
