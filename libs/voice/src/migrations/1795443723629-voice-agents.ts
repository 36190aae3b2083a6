import { MigrationInterface, QueryRunner } from 'typeorm';

export class VoiceAgents1795443723629 implements MigrationInterface {
  name = 'VoiceAgents1795443723629';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."voice_device_kind" AS ENUM('browser', 'phone')
        `);
    await queryRunner.query(`
            CREATE TABLE "voice_agents" (
                "user_id" uuid NOT NULL,
                "phone_skill" boolean NOT NULL DEFAULT false,
                "device_kind" "public"."voice_device_kind" NOT NULL DEFAULT 'browser',
                "phone_number" character varying(20),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_362b94c5fc11ae4c934bd16dc66" PRIMARY KEY ("user_id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "voice_agents"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."voice_device_kind"
        `);
  }
}
