import type { StaffedHourRow } from '@gru/voice';

/** A staff member as reporting needs them: the pool they take calls for. */
export interface StaffPool {
  readonly id: string;
  readonly antennaId: string | null;
  readonly mobileTeam: boolean;
}

/**
 * Which pool an agent worked for in an hour: the one their presence was recorded with that hour,
 * else the last one recorded in the range, else their account's (antenna or mobile team), else ''.
 */
export class AgentPools {
  private readonly byHour = new Map<string, string>();
  private readonly latest = new Map<string, string>();
  private readonly accounts = new Map<string, string>();

  constructor(
    staffed: readonly StaffedHourRow[],
    staff: readonly StaffPool[],
    mobileTeamId: string,
  ) {
    for (const row of [...staffed].sort((a, b) => a.hour.getTime() - b.hour.getTime())) {
      this.byHour.set(`${row.hour.getTime()}|${row.userId}`, row.groupId);
      this.latest.set(row.userId, row.groupId);
    }
    for (const member of staff) {
      const pool = member.mobileTeam ? mobileTeamId : member.antennaId;
      if (pool) this.accounts.set(member.id, pool);
    }
  }

  of(userId: string, hour: Date): string {
    return (
      this.byHour.get(`${hour.getTime()}|${userId}`) ??
      this.latest.get(userId) ??
      this.accounts.get(userId) ??
      ''
    );
  }
}
