import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StaffDirectory } from '@gru/auth';
import { DataSource } from 'typeorm';
import { DAILY } from './grain';
import { workingDaysBetween } from './working-days';
import { groupingSql, int, keyed, ratio } from './report-rows';
import type { AntennaScope } from './reporting-scope';
import type { ReportingPeriod } from './reporting-period';
import { serialQuery } from './serial-query';

export const ACTIVITY_DIMENSIONS = {
  agent: 'agent_user_id::text',
  antenna: `NULLIF(group_id, '')`,
} as const;

/** A full-time day (35 hours a week): the working time shares are measured against. */
export const WORKING_SECONDS_PER_DAY = 7 * 3600;

export const INSTRUCTION_NOT_TRACKED =
  "Les dossiers d'instruction ne sont pas encore gérés par la plateforme : le temps d'instruction n'est pas mesuré.";

/**
 * Time per activity: phone (staffed time from presence, talk time from calls), front desk
 * (visits and their recorded duration); instruction is not measured until dossiers exist.
 * Shares are of the working time of the period (working days × 7 h per agent seen).
 */
@Injectable()
export class ActivityReports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffDirectory,
  ) {}

  async report(period: ReportingPeriod, groupBy: readonly string[], scope: AntennaScope) {
    const grouping = groupingSql(groupBy, ACTIVITY_DIMENSIONS);
    const filter = DAILY.within(period);
    if (scope !== null) filter.add('group_id = ANY(?)', scope);
    const rows = await serialQuery<Record<string, unknown>[]>(
      this.dataSource,
      `SELECT ${grouping.select} COUNT(DISTINCT agent_user_id) AS agents,
              SUM(staffed_seconds) AS staffed, SUM(calls_handled) AS handled,
              SUM(phone_contacts) AS calls, SUM(talk_seconds) AS talk, SUM(visits) AS visits,
              SUM(visit_seconds) AS visit_seconds
         FROM reporting_agent_daily WHERE ${filter.where} ${grouping.groupBy}`,
      filter.params,
    );
    const workingDays = workingDaysBetween(period.from, period.to);
    const names = groupBy.includes('agent')
      ? new Map((await this.staff.list()).map((user) => [user.id, user.displayName]))
      : new Map<string, string>();
    return {
      from: period.from,
      to: period.to,
      groupBy: [...groupBy],
      workingDays,
      instruction: { measured: false, reason: INSTRUCTION_NOT_TRACKED },
      rows: keyed(rows, groupBy, (row) => {
        const workingSeconds = workingDays * WORKING_SECONDS_PER_DAY * int(row.agents);
        const staffed = Math.round(Number(row.staffed ?? 0));
        const visitSeconds = Math.round(Number(row.visit_seconds ?? 0));
        return {
          agents: int(row.agents),
          phoneStaffedSeconds: staffed,
          phoneTalkSeconds: Math.round(Number(row.talk ?? 0)),
          callsHandled: int(row.handled),
          phoneContacts: int(row.calls),
          visits: int(row.visits),
          visitSeconds,
          instructionSeconds: null,
          workingSeconds,
          phoneShare: ratio(staffed, workingSeconds),
          frontDeskShare: ratio(visitSeconds, workingSeconds),
          instructionShare: null,
        };
      }).map((row) =>
        typeof row.key.agent === 'string'
          ? { ...row, displayName: names.get(row.key.agent) ?? null }
          : row,
      ),
    };
  }
}
