import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffDirectory } from '@gru/auth';
import type { CalendarDate } from '@gru/calendar';
import { ContactFactsReader, RequestFactsReader } from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import { PresenceFactsReader } from '@gru/voice';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { AgentHourly } from '../persistence/agent-hourly.entity';
import { BacklogDaily } from '../persistence/backlog-daily.entity';
import { ContactHourly } from '../persistence/contact-hourly.entity';
import { RequestHourly } from '../persistence/request-hourly.entity';
import { VoiceHourly } from '../persistence/voice-hourly.entity';
import { AgentPools } from './agent-pools';
import { backlogRows } from './backlog-rows';
import { nextParisDay, parisDaysCovering, startOfParisDay } from './paris-days';
import { callerPoolOf } from './pool-of';
import { agentRows, contactRows, requestRows, voiceRows } from './rollup-rows';

/** Days recomputed per transaction: bounds memory and lock time on long rebuilds. */
const CHUNK_DAYS = 92;
const INSERT_BATCH = 1000;
const HOURLY_TABLES: EntityTarget<object>[] = [
  ContactHourly,
  RequestHourly,
  VoiceHourly,
  AgentHourly,
];

/**
 * Recomputes the reporting tables for whole Paris days from the owning libraries' facts: each
 * chunk of days is deleted and rewritten in one transaction, so a rebuild is idempotent, can run
 * for any past range, and readers never see half a day.
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
    const rows = new Map<EntityTarget<object>, Record<string, unknown>[]>([
      [ContactHourly, contactRows(contactFacts)],
      [RequestHourly, requestRows(requestFacts)],
      [VoiceHourly, voiceRows(callFacts, (antennaId) => callerPoolOf(antennaId, index), pools)],
      [AgentHourly, agentRows(staffed, callFacts, agentFacts, pools)],
      [BacklogDaily, backlogRows(days, anchor, requestFacts)],
    ]);
    await this.dataSource.transaction(async (manager) => {
      for (const table of HOURLY_TABLES)
        await manager
          .createQueryBuilder()
          .delete()
          .from(table)
          .where('hour >= :start AND hour < :end', { start, end })
          .execute();
      await manager
        .createQueryBuilder()
        .delete()
        .from(BacklogDaily)
        .where('day >= :first AND day <= :last', { first: days[0], last: days[days.length - 1] })
        .execute();
      for (const [table, values] of rows) await insertAll(manager, table, values);
    });
  }
}

async function insertAll(
  manager: EntityManager,
  table: EntityTarget<object>,
  values: Record<string, unknown>[],
): Promise<void> {
  for (let index = 0; index < values.length; index += INSERT_BATCH)
    await manager.insert(table, values.slice(index, index + INSERT_BATCH));
}
