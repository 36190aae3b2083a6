import { MigrationInterface, QueryRunner } from "typeorm";

export class Territory1795440265856 implements MigrationInterface {
    name = 'Territory1795440265856'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."perimeter_holder_kind" AS ENUM('antenna', 'headquarters')
        `);
        await queryRunner.query(`
            CREATE TABLE "perimeter_holders" (
                "id" character varying(64) NOT NULL,
                "kind" "public"."perimeter_holder_kind" NOT NULL,
                "name" character varying(200) NOT NULL,
                "town" character varying(100) NOT NULL,
                "insee_town" character(5) NOT NULL,
                "status" character varying(16) NOT NULL,
                "town_assumed" boolean NOT NULL DEFAULT false,
                "opened_per_table" date,
                "note" text,
                "staffing" jsonb,
                "manager_group" character varying(300),
                "position" integer NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "PK_674ffc5c375eb61ba4ca5c35b93" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "perimeter_versions" (
                "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
                "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_by" uuid,
                "reason" character varying(500) NOT NULL,
                "origin" character varying(16) NOT NULL,
                CONSTRAINT "perimeter_versions_origin_check" CHECK ("origin" IN ('antenna-file', 'admin')),
                CONSTRAINT "PK_0b736339eadefbf41ad452ad6a9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "perimeter_versions_effective_idx" ON "perimeter_versions" ("effective_from")
        `);
        await queryRunner.query(`
            CREATE TABLE "perimeter_assignments" (
                "version_id" integer NOT NULL,
                "epci_siren" character(9) NOT NULL,
                "holder_id" character varying(64) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_e50e154d9c5cb2a78fe343c3733" PRIMARY KEY ("version_id", "epci_siren")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "perimeter_assignments_holder_idx" ON "perimeter_assignments" ("holder_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "epcis" (
                "siren" character(9) NOT NULL,
                "name" character varying(200) NOT NULL,
                "type" character varying(16) NOT NULL,
                "out_of_region_member_count" integer NOT NULL,
                "vintage" character varying(100) NOT NULL,
                CONSTRAINT "PK_d2de3c709a983f29012d8ee6e57" PRIMARY KEY ("siren")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "communes" (
                "insee_code" character(5) NOT NULL,
                "name" character varying(200) NOT NULL,
                "department_code" character varying(3) NOT NULL,
                "population" integer NOT NULL,
                "epci_siren" character(9) NOT NULL,
                "vintage" character varying(100) NOT NULL,
                CONSTRAINT "PK_0e1f6f3a3c071d8bbda81586573" PRIMARY KEY ("insee_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "communes_epci_idx" ON "communes" ("epci_siren")
        `);
        await queryRunner.query(`
            CREATE TABLE "commune_postcodes" (
                "insee_code" character(5) NOT NULL,
                "postcode" character(5) NOT NULL,
                CONSTRAINT "PK_4d05338b241edf407b1ee6f1f5b" PRIMARY KEY ("insee_code", "postcode")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "commune_postcodes_postcode_idx" ON "commune_postcodes" ("postcode")
        `);
        await queryRunner.query(`
            ALTER TABLE "perimeter_assignments"
            ADD CONSTRAINT "perimeter_assignments_version_fk" FOREIGN KEY ("version_id") REFERENCES "perimeter_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "perimeter_assignments"
            ADD CONSTRAINT "perimeter_assignments_holder_fk" FOREIGN KEY ("holder_id") REFERENCES "perimeter_holders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "communes"
            ADD CONSTRAINT "communes_epci_fk" FOREIGN KEY ("epci_siren") REFERENCES "epcis"("siren") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "commune_postcodes"
            ADD CONSTRAINT "commune_postcodes_commune_fk" FOREIGN KEY ("insee_code") REFERENCES "communes"("insee_code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "commune_postcodes" DROP CONSTRAINT "commune_postcodes_commune_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "communes" DROP CONSTRAINT "communes_epci_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "perimeter_assignments" DROP CONSTRAINT "perimeter_assignments_holder_fk"
        `);
        await queryRunner.query(`
            ALTER TABLE "perimeter_assignments" DROP CONSTRAINT "perimeter_assignments_version_fk"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."commune_postcodes_postcode_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "commune_postcodes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."communes_epci_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "communes"
        `);
        await queryRunner.query(`
            DROP TABLE "epcis"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."perimeter_assignments_holder_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "perimeter_assignments"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."perimeter_versions_effective_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "perimeter_versions"
        `);
        await queryRunner.query(`
            DROP TABLE "perimeter_holders"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."perimeter_holder_kind"
        `);
    }

}
