import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TerritoryService } from '@gru/territory';
import { DataSource } from 'typeorm';
import { DAILY } from './grain';
import { TIME_DIMENSIONS } from './group-by';
import { handledPerStaffedHourFairness } from './jain-index';
import { groupingSql, int, keyed, ratio } from './report-rows';
import type { AntennaScope } from './reporting-scope';
import { previousPeriod, type ReportingPeriod } from './reporting-period';
import { SqlFilter } from './sql-filter';
import { serialQuery } from './serial-query';

/** `antenna` is the caller's pool: their antenna, or the mobile team (headquarters area, unplaced). */
export const VOICE_DIMENSIONS = { antenna: 'antenna_id', ...TIME_DIMENSIONS } as const;
const STAFFING_DIMENSIONS = { antenna: 'group_id', ...TIME_DIMENSIONS } as const;

export interface VoiceFigures {
  offered: number;
  answered: number;
  answeredWithin20s: number;
  /** answeredWithin20s / offered. */
  serviceLevel: number | null;
  abandoned: number;
  /** Mean seconds from arrival to hang-up of abandoned calls. */
  averageAbandonWaitSeconds: number | null;
  callbacks: number;
  /** Mean seconds from arrival to answer (ringing included), to the tenth. */
  averageSpeedOfAnswerSeconds: number | null;
  /** Calls that left their first routing step / offered. */
  overflowRate: number | null;
  /** Answered by the caller's own pool / answered. */
  ownAntennaShare: number | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

const figures = (row: Record<string, unknown>): VoiceFigures => {
  const offered = int(row.offered);
  const answered = int(row.answered);
  const abandoned = int(row.abandoned);
  return {
    offered,
    answered,
    answeredWithin20s: int(row.within20),
    serviceLevel: ratio(int(row.within20), offered),
    abandoned,
    averageAbandonWaitSeconds:
      abandoned === 0 ? null : round1(Number(row.abandon_wait) / abandoned),
    callbacks: int(row.callbacks),
    averageSpeedOfAnswerSeconds: answered === 0 ? null : round1(Number(row.wait) / answered),
    overflowRate: ratio(int(row.overflowed), offered),
    ownAntennaShare: ratio(int(row.own), answered),
  };
};

const SUMS = `SUM(offered) AS offered, SUM(answered) AS answered, SUM(answered_within_20s) AS within20,
  SUM(abandoned) AS abandoned, SUM(abandon_wait_seconds) AS abandon_wait, SUM(callbacks) AS callbacks,
  SUM(overflowed) AS overflowed, SUM(own_answered) AS own, SUM(wait_seconds) AS wait`;

/**
 * The free number's service figures, with the simulation's definitions, from the daily rollups;
 * per pool, the calls its agents handled and their staffed hours; Jain's index across antennas.
 */
@Injectable()
export class VoiceReports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
  ) {}

  async report(period: ReportingPeriod, groupBy: readonly string[], scope: AntennaScope) {
    const grouping = groupingSql(groupBy, { ...VOICE_DIMENSIONS, ...DAILY.time });
    const staffing = groupingSql(groupBy, { ...STAFFING_DIMENSIONS, ...DAILY.time });
    const calls = (range: ReportingPeriod, grouped: boolean) => {
      const filter = this.filter(range, scope, 'antenna_id');
      return serialQuery<Record<string, unknown>[]>(
        this.dataSource,
        `SELECT ${grouped ? grouping.select : ''} ${SUMS}
           FROM reporting_voice_daily WHERE ${filter.where} ${grouped ? grouping.groupBy : ''}`,
        filter.params,
      );
    };
    const staffed = (select: string, groupByClause: string, filtered: boolean) => {
      const filter = this.filter(period, filtered ? scope : null, 'group_id');
      return serialQuery<Record<string, unknown>[]>(
        this.dataSource,
        `SELECT ${select} SUM(calls_handled) AS handled, SUM(staffed_seconds) AS staffed
           FROM reporting_agent_daily WHERE ${filter.where} ${groupByClause}`,
        filter.params,
      );
    };
    const before = previousPeriod(period);
    const [rows, totals, previous, staffingRows, pools] = await Promise.all([
      groupBy.length > 0 ? calls(period, true) : Promise.resolve([]),
      calls(period, false),
      calls(before, false),
      staffed(staffing.select, staffing.groupBy, true),
      staffed(`group_id AS "k_pool",`, 'GROUP BY 1', false),
    ]);
    const staffingByKey = new Map(
      keyed(staffingRows, groupBy, (row) => ({
        handled: int(row.handled),
        staffedSeconds: Number(row.staffed ?? 0),
      })).map((row) => [JSON.stringify(row.key), row]),
    );
    const withStaffing = keyed(groupBy.length > 0 ? rows : totals, groupBy, figures).map((row) => {
      const staff = staffingByKey.get(JSON.stringify(row.key));
      const staffedHours = Math.round(((staff?.staffedSeconds ?? 0) / 3600) * 100) / 100;
      return {
        ...row,
        handled: staff?.handled ?? 0,
        staffedHours,
        handledPerStaffedHour:
          staffedHours > 0 ? Math.round(((staff?.handled ?? 0) / staffedHours) * 100) / 100 : null,
      };
    });
    const mobileTeamId = this.territory.index.mobileTeam().id;
    return {
      from: period.from,
      to: period.to,
      groupBy: [...groupBy],
      rows: withStaffing,
      total: figures(totals[0] ?? {}),
      // Fairness is between antennas: a single antenna's manager gets none.
      jainIndex:
        scope === null
          ? handledPerStaffedHourFairness(
              pools.map((row) => ({
                pool: row.k_pool as string,
                handled: int(row.handled),
                staffedSeconds: Number(row.staffed ?? 0),
              })),
              mobileTeamId,
            )
          : null,
      previous: { from: before.from, to: before.to, ...figures(previous[0] ?? {}) },
    };
  }

  private filter(period: ReportingPeriod, scope: AntennaScope, column: string): SqlFilter {
    const filter = DAILY.within(period);
    if (scope !== null) filter.add(`${column} = ANY(?)`, scope);
    return filter;
  }
}
