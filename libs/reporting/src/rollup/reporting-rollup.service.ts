import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffDirectory } from '@gru/auth';
import type { CalendarDate } from '@gru/calendar';
import { ContactFactsReader, RequestFactsReader } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { PresenceFactsReader } from '@gru/voice';
import { DataSource } from 'typeorm';
import { AgentPools } from './agent-pools';
import { backlogRows } from './backlog-rows';
import { insertRows } from './bulk-insert';
import { nextParisDay, parisDaysCovering, startOfParisDay } from './paris-days';
import { callerPoolOf } from './pool-of';
import {
  AGENTS_TABLE,
  BACKLOG_COLUMNS,
  BACKLOG_TABLE,
  MONTHLY_TABLES,
  monthlyFromDailySql,
  narrowDailySql,
  REQUESTS_BY_CHANNEL_DAILY,
  ROLLUP_TABLES,
  CONTACTS_TABLE,
  dailyFromHourlySql,
  hourlyColumns,
  HourlyTable,
  REQUESTS_TABLE,
  VOICE_TABLE,
} from './rollup-tables';
import { agentRows, contactRows, requestRows, voiceRows } from './rollup-rows';

const ROLLUP_WRITER_LOCK = 'reporting-rollup-writer';

/** Days recomputed per transaction: bounds memory and lock time on long rebuilds. */
const CHUNK_DAYS = 92;

/**
 * Recomputes the reporting tables for whole Paris days from the owning libraries' facts: each
 * chunk of days is deleted and rewritten in one transaction (hourly rows bulk-inserted from the
 * facts, daily rows summed from them, contacts' and requests' months from the days), so a rebuild is
 * idempotent, can run for any past range, and readers never see half a day.
 */
@Injectable()
export class ReportingRollup {
  private readonly logger = new Logger(ReportingRollup.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contacts: ContactFactsReader,
    private readonly requests: RequestFactsReader,
    private readonly presence: PresenceFactsReader,
    private readonly staff: StaffDirectory,
    private readonly territory: TerritoryService,
  ) {}

  /** Rebuilds every Paris day overlapping [from, to); returns the days rebuilt. */
  async rebuild(from: Date, to: Date): Promise<number> {
    const days = parisDaysCovering(from, to);
    for (let index = 0; index < days.length; index += CHUNK_DAYS)
      await this.rebuildDays(days.slice(index, index + CHUNK_DAYS));
    // Many days rewritten: vacuumed and analysed now, in this background job, rather than
    // dashboards planned on the old statistics and slowed by autovacuum catching up on millions of
    // rows while managers read them.
    if (days.length > CHUNK_DAYS)
      await this.dataSource.query(
        `VACUUM (ANALYZE) ${ROLLUP_TABLES.map((table) => `"${table}"`).join(', ')}`,
      );
    this.logger.log(
      { from: days[0], to: days[days.length - 1], days: days.length },
      'reporting rebuilt',
    );
    return days.length;
  }

  private async rebuildDays(days: readonly CalendarDate[]): Promise<void> {
    const start = startOfParisDay(days[0]);
    const end = startOfParisDay(nextParisDay(days[days.length - 1]));
    const [contactFacts, callFacts, agentFacts, requestFacts, staffed, anchor, staff] =
      await Promise.all([
        this.contacts.contactHours(start, end),
        this.contacts.callHours(start, end),
        this.contacts.agentHours(start, end),
        this.requests.requestHours(start, end),
        this.presence.staffedHours(start, end),
        this.requests.backlogAt(start),
        this.staff.list(),
      ]);
    const index = this.territory.index;
    const pools = new AgentPools(staffed, staff, index.mobileTeam().id);
    const rows = new Map<HourlyTable, Record<string, unknown>[]>([
      [CONTACTS_TABLE, contactRows(contactFacts)],
      [REQUESTS_TABLE, requestRows(requestFacts)],
      [VOICE_TABLE, voiceRows(callFacts, (antennaId) => callerPoolOf(antennaId, index), pools)],
      [AGENTS_TABLE, agentRows(staffed, callFacts, agentFacts, pools)],
    ]);
    const backlog = backlogRows(days, anchor, requestFacts);
    const [first, last] = [days[0], days[days.length - 1]];
    await this.dataSource.transaction(async (manager) => {
      // One writer at a time: two workers rewriting overlapping days (a rebuild and the minute's
      // rollup of today, which share the month's rows) would both insert the rows the other one
      // deleted before it committed. Readers are not held: they never take this lock.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [ROLLUP_WRITER_LOCK]);
      for (const [table, values] of rows) {
        await manager.query(`DELETE FROM "${table.table}" WHERE hour >= $1 AND hour < $2`, [
          start,
          end,
        ]);
        await manager.query(`DELETE FROM "${table.daily}" WHERE day >= $1 AND day <= $2`, [
          first,
          last,
        ]);
        await insertRows(manager, table.table, hourlyColumns(table), values, table.order);
        await manager.query(dailyFromHourlySql(table), [start, end]);
      }
      const byChannel = narrowDailySql(REQUESTS_BY_CHANNEL_DAILY);
      await manager.query(byChannel.delete, [first, last]);
      await manager.query(byChannel.insert, [first, last]);
      for (const monthly of MONTHLY_TABLES) {
        const sql = monthlyFromDailySql(monthly);
        await manager.query(sql.delete, [first, last]);
        await manager.query(sql.insert, [first, last]);
      }
      await manager.query(`DELETE FROM "${BACKLOG_TABLE}" WHERE day >= $1 AND day <= $2`, [
        first,
        last,
      ]);
      await insertRows(manager, BACKLOG_TABLE, BACKLOG_COLUMNS, backlog, 'day');
    });
  }
}
