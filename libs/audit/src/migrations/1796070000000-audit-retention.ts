import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail keeps its entries for a period (RGPD: data minimisation), not forever. It stays
 * append-only: UPDATE and TRUNCATE are still refused, and a DELETE passes only inside a purge that
 * declared its cutoff (`SET LOCAL gru.audit_purge_before`), only for entries older than that
 * cutoff, and never for the last six months, whatever the application asks.
 */
export class AuditRetention1796070000000 implements MigrationInterface {
  name = 'AuditRetention1796070000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                cutoff timestamptz;
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    cutoff := nullif(current_setting('gru.audit_purge_before', true), '')::timestamptz;
                    IF cutoff IS NOT NULL AND cutoff <= now() - interval '6 months'
                       AND OLD.occurred_at < cutoff THEN
                        RETURN OLD;
                    END IF;
                END IF;
                RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE OR REPLACE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
  }
}
