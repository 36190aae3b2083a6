import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge base: entries (schemes, articles), immutable revisions with their workflow,
 * comments, synonyms, the search vocabulary, empty searches, usage and weekly hand-overs. Written
 * by hand around the generated tables: the French unaccented text search configuration, the
 * triggers (search vector on insert; revisions' content never changes) and the GIN indexes.
 */
export class Knowledge1796047106812 implements MigrationInterface {
  name = 'Knowledge1796047106812';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // French stemming after accent folding: "études", "etude" and "Étudiants" meet on one lexeme.
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION gru_french (COPY = french)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION gru_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`,
    );
    await queryRunner.query(`CREATE TYPE "public"."knowledge_family" AS ENUM('scheme', 'article')`);
    await queryRunner.query(
      `CREATE TYPE "public"."knowledge_kind" AS ENUM('scheme', 'faq', 'phrasing', 'antenna')`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family" "public"."knowledge_family" NOT NULL, "kind" "public"."knowledge_kind" NOT NULL, "slug" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c344c4dc5439f5679927ad1f40" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "knowledge_entries_slug_key" ON "knowledge_entries"  ("family", "slug") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."knowledge_usage_action" AS ENUM('copied', 'coded')`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_usages" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "entry_id" uuid NOT NULL, "action" "public"."knowledge_usage_action" NOT NULL, "user_id" uuid, "contact_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b52e9144c5286fde8655b9aeec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_usages_entry_idx" ON "knowledge_usages"  ("entry_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_empty_searches" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "query" character varying(200) NOT NULL, "count" integer NOT NULL DEFAULT '1', "first_searched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_searched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2b12344bcd1138917bf8ab4f67b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "knowledge_empty_searches_query_key" ON "knowledge_empty_searches"  ("query") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_handovers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "week" character varying(8) NOT NULL, "period_from" TIMESTAMP WITH TIME ZONE NOT NULL, "period_to" TIMESTAMP WITH TIME ZONE NOT NULL, "items" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1234e81918f95bc10b6a3332085" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "knowledge_handovers_week_key" ON "knowledge_handovers"  ("week") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_handover_receipts" ("handover_id" uuid NOT NULL, "user_id" uuid NOT NULL, "emailed_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e909469645d256c72b61dd6eb5b" PRIMARY KEY ("handover_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."knowledge_revision_state" AS ENUM('draft', 'in_review', 'published', 'archived')`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "number" integer NOT NULL, "state" "public"."knowledge_revision_state" NOT NULL DEFAULT 'draft', "author_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "content" jsonb NOT NULL, "change_note" character varying(500), "title" character varying(300) NOT NULL, "theme" character varying(64), "audiences" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "scheme_slug" character varying(120), "antenna_id" character varying(64), "opens_on" date, "closes_on" date, "search_primary" text NOT NULL, "search_secondary" text NOT NULL, "search_body" text NOT NULL, "search_vector" tsvector, "effective_from" TIMESTAMP WITH TIME ZONE, "effective_until" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_user_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_user_id" uuid, "archived_at" TIMESTAMP WITH TIME ZONE, "archived_by_user_id" uuid, CONSTRAINT "PK_5e39f7b5b6ce0c6b6e20fe5db92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_state_idx" ON "knowledge_revisions"  ("state", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "knowledge_revisions_number_key" ON "knowledge_revisions"  ("entry_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_revision_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_998367ca76fc115820f4d8a086d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_revision_comments_revision_idx" ON "knowledge_revision_comments"  ("revision_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_words" ("word" character varying(64) NOT NULL, "occurrences" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ab0f061b8dbd38509f4926112ee" PRIMARY KEY ("word"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge_synonym_groups" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "terms" text array NOT NULL, CONSTRAINT "PK_f737e7f2f989d5a303c177897d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_usages" ADD CONSTRAINT "knowledge_usages_entry_fk" FOREIGN KEY ("entry_id") REFERENCES "knowledge_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_handover_receipts" ADD CONSTRAINT "knowledge_handover_receipts_handover_fk" FOREIGN KEY ("handover_id") REFERENCES "knowledge_handovers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_revisions" ADD CONSTRAINT "knowledge_revisions_entry_fk" FOREIGN KEY ("entry_id") REFERENCES "knowledge_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_revision_comments" ADD CONSTRAINT "knowledge_revision_comments_revision_fk" FOREIGN KEY ("revision_id") REFERENCES "knowledge_revisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_search_idx" ON "knowledge_revisions" USING gin ("search_vector") WHERE "state" = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_revisions_live_idx" ON "knowledge_revisions" ("entry_id", "effective_from" DESC) WHERE "state" = 'published'`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_words_trgm_idx" ON "knowledge_words" USING gin ("word" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "knowledge_usages_contact_key" ON "knowledge_usages" ("entry_id", "contact_id") WHERE "contact_id" IS NOT NULL`,
    );
    await queryRunner.query(`
            CREATE FUNCTION knowledge_revision_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search_vector :=
                    setweight(to_tsvector('gru_french', coalesce(NEW.search_primary, '')), 'A') ||
                    setweight(to_tsvector('gru_french', coalesce(NEW.search_secondary, '')), 'B') ||
                    setweight(to_tsvector('gru_french', coalesce(NEW.search_body, '')), 'C');
                RETURN NEW;
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER knowledge_revisions_search_vector BEFORE INSERT ON "knowledge_revisions" FOR EACH ROW EXECUTE FUNCTION knowledge_revision_search_vector()`,
    );
    // A revision is a record of what was said: its content and authorship never change, and it
    // is never deleted; only its workflow columns (state, dates, reviewer) move.
    await queryRunner.query(`
            CREATE FUNCTION knowledge_revision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'knowledge revisions are never deleted' USING ERRCODE = 'restrict_violation';
                END IF;
                IF NEW.content IS DISTINCT FROM OLD.content OR NEW.title IS DISTINCT FROM OLD.title
                    OR NEW.entry_id IS DISTINCT FROM OLD.entry_id OR NEW.number IS DISTINCT FROM OLD.number
                    OR NEW.author_user_id IS DISTINCT FROM OLD.author_user_id
                    OR NEW.created_at IS DISTINCT FROM OLD.created_at
                    OR NEW.search_primary IS DISTINCT FROM OLD.search_primary
                    OR NEW.search_secondary IS DISTINCT FROM OLD.search_secondary
                    OR NEW.search_body IS DISTINCT FROM OLD.search_body
                    OR NEW.search_vector IS DISTINCT FROM OLD.search_vector THEN
                    RAISE EXCEPTION 'knowledge revisions are immutable' USING ERRCODE = 'restrict_violation';
                END IF;
                RETURN NEW;
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER knowledge_revisions_immutable BEFORE UPDATE OR DELETE ON "knowledge_revisions" FOR EACH ROW EXECUTE FUNCTION knowledge_revision_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "knowledge_revisions_immutable" ON "knowledge_revisions"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "knowledge_revisions_search_vector" ON "knowledge_revisions"`,
    );
    await queryRunner.query(`DROP FUNCTION knowledge_revision_immutable()`);
    await queryRunner.query(`DROP FUNCTION knowledge_revision_search_vector()`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_usages_contact_key"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_words_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_live_idx"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_search_idx"`);
    await queryRunner.query(
      `ALTER TABLE "knowledge_revision_comments" DROP CONSTRAINT "knowledge_revision_comments_revision_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_revisions" DROP CONSTRAINT "knowledge_revisions_entry_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_handover_receipts" DROP CONSTRAINT "knowledge_handover_receipts_handover_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_usages" DROP CONSTRAINT "knowledge_usages_entry_fk"`,
    );
    await queryRunner.query(`DROP TABLE "knowledge_synonym_groups"`);
    await queryRunner.query(`DROP TABLE "knowledge_words"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_revision_comments_revision_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_revision_comments"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_revisions_state_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_revisions"`);
    await queryRunner.query(`DROP TYPE "public"."knowledge_revision_state"`);
    await queryRunner.query(`DROP TABLE "knowledge_handover_receipts"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_handovers_week_key"`);
    await queryRunner.query(`DROP TABLE "knowledge_handovers"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_empty_searches_query_key"`);
    await queryRunner.query(`DROP TABLE "knowledge_empty_searches"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_usages_entry_idx"`);
    await queryRunner.query(`DROP TABLE "knowledge_usages"`);
    await queryRunner.query(`DROP TYPE "public"."knowledge_usage_action"`);
    await queryRunner.query(`DROP INDEX "public"."knowledge_entries_slug_key"`);
    await queryRunner.query(`DROP TABLE "knowledge_entries"`);
    await queryRunner.query(`DROP TYPE "public"."knowledge_kind"`);
    await queryRunner.query(`DROP TYPE "public"."knowledge_family"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION gru_french`);
  }
}
