import type { AgentHourRow, CallHourRow, ContactHourRow, RequestHourRow } from '@gru/requests';
import type { StaffedHourRow } from '@gru/voice';
import type { AgentPools } from './agent-pools';

/** Rows ready to insert into the reporting tables, built from the owning libraries' facts. */
export interface RollupRows {
  readonly contacts: Record<string, unknown>[];
  readonly requests: Record<string, unknown>[];
  readonly voice: Record<string, unknown>[];
  readonly agents: Record<string, unknown>[];
}

const blank = (value: string | null) => value ?? '';

export function contactRows(facts: readonly ContactHourRow[]): Record<string, unknown>[] {
  return facts.map((row) => ({
    hour: row.hour,
    antennaId: blank(row.antennaId),
    channel: row.channel,
    direction: row.direction,
    aidSchemeSlug: blank(row.aidSchemeSlug),
    reasonCode: blank(row.reasonCode),
    outcome: row.outcome,
    contacts: row.contacts,
    durationSeconds: String(row.durationSeconds),
  }));
}

export function requestRows(facts: readonly RequestHourRow[]): Record<string, unknown>[] {
  return facts.map((row) => ({
    hour: row.hour,
    antennaId: blank(row.antennaId),
    channel: row.channel,
    aidSchemeSlug: blank(row.aidSchemeSlug),
    opened: row.opened,
    resolved: row.resolved,
    slaMet: row.slaMet,
    slaMissed: row.slaMissed,
    callbacksDue: row.callbacksDue,
    callbacksKept: row.callbacksKept,
  }));
}

type VoiceSums = {
  offered: number;
  answered: number;
  answeredWithin20s: number;
  abandoned: number;
  abandonWaitSeconds: number;
  callbacks: number;
  overflowed: number;
  ownAnswered: number;
  waitSeconds: number;
};

/** Calls per hour and caller pool; "own" when the answering agent worked for that pool. */
export function voiceRows(
  facts: readonly CallHourRow[],
  poolOfCaller: (antennaId: string | null) => string,
  pools: AgentPools,
): Record<string, unknown>[] {
  const rows = new Map<string, { hour: Date; antennaId: string } & VoiceSums>();
  for (const fact of facts) {
    const antennaId = poolOfCaller(fact.antennaId);
    const key = `${fact.hour.getTime()}|${antennaId}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        hour: fact.hour,
        antennaId,
        offered: 0,
        answered: 0,
        answeredWithin20s: 0,
        abandoned: 0,
        abandonWaitSeconds: 0,
        callbacks: 0,
        overflowed: 0,
        ownAnswered: 0,
        waitSeconds: 0,
      };
      rows.set(key, row);
    }
    row.offered += fact.offered;
    row.answered += fact.answered;
    row.answeredWithin20s += fact.answeredWithin20s;
    row.abandoned += fact.abandoned;
    row.abandonWaitSeconds += fact.abandonWaitSeconds;
    row.callbacks += fact.callbacks;
    row.overflowed += fact.overflowed;
    row.waitSeconds += fact.waitSeconds;
    if (fact.agentUserId !== null && pools.of(fact.agentUserId, fact.hour) === antennaId)
      row.ownAnswered += fact.answered;
  }
  return [...rows.values()];
}

type AgentSums = {
  hour: Date;
  agentUserId: string;
  groupId: string;
  staffedSeconds: number;
  callsHandled: number;
  phoneContacts: number;
  talkSeconds: number;
  visits: number;
  visitSeconds: number;
};

/** One row per agent and hour they were staffed, answered a call, or handled a contact. */
export function agentRows(
  staffed: readonly StaffedHourRow[],
  calls: readonly CallHourRow[],
  contacts: readonly AgentHourRow[],
  pools: AgentPools,
): Record<string, unknown>[] {
  const rows = new Map<string, AgentSums>();
  const row = (hour: Date, agentUserId: string): AgentSums => {
    const key = `${hour.getTime()}|${agentUserId}`;
    let found = rows.get(key);
    if (!found) {
      found = {
        hour,
        agentUserId,
        groupId: pools.of(agentUserId, hour),
        staffedSeconds: 0,
        callsHandled: 0,
        phoneContacts: 0,
        talkSeconds: 0,
        visits: 0,
        visitSeconds: 0,
      };
      rows.set(key, found);
    }
    return found;
  };
  for (const fact of staffed) row(fact.hour, fact.userId).staffedSeconds += fact.staffedSeconds;
  for (const fact of calls)
    if (fact.agentUserId !== null) row(fact.hour, fact.agentUserId).callsHandled += fact.answered;
  for (const fact of contacts) {
    const target = row(fact.hour, fact.agentUserId);
    target.phoneContacts += fact.calls;
    target.talkSeconds += fact.talkSeconds;
    target.visits += fact.visits;
    target.visitSeconds += fact.visitSeconds;
  }
  return [...rows.values()];
}
