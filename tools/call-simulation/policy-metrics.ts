import { groupOf, homeGroupOf, type RoutingEngine } from '@gru/call-routing';
import type { CallRecord } from './policy-day';
import type { SimulatedDay } from './simulated-day';

export interface GroupMetrics {
  /** Calls of the group's territory (the mobile team's: headquarters area and unplaced callers). */
  readonly offered: number;
  readonly answered: number;
  readonly answeredByOwn: number;
  /** Calls its agents answered, whatever their territory. */
  readonly handled: number;
  readonly staffedHours: number;
  readonly handledPerStaffedHour: number | null;
}

export interface PolicyMetrics {
  readonly offered: number;
  readonly answered: number;
  readonly answeredWithin20s: number;
  /** answeredWithin20s / offered. */
  readonly serviceLevel: number;
  readonly abandoned: number;
  readonly callbacks: number;
  /** Neither answered, abandoned nor a callback, in the simulation's books or in Redis: must be 0. */
  readonly lost: number;
  /** Answered by the caller's own antenna (the mobile team for the headquarters area and unplaced callers). */
  readonly ownAntennaShare: number;
  /** Calls that left their first pool (by timeout or because nobody there was signed in). */
  readonly overflowRate: number;
  readonly averageSpeedOfAnswerSeconds: number;
  readonly longestWaitSeconds: number;
  /** Jain's index over the antennas' handled calls per staffed hour (mobile team excluded: it balances). */
  readonly jainIndex: number;
  readonly perAntenna: Readonly<Record<string, GroupMetrics>>;
}

type GroupCounts = { offered: number; answered: number; answeredByOwn: number; handled: number };

const TERMINAL = new Set(['completed', 'abandoned', 'callback']);
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

export function jainIndex(values: readonly number[]): number {
  const sum = values.reduce((total, value) => total + value, 0);
  const squares = values.reduce((total, value) => total + value * value, 0);
  return squares === 0 ? 1 : (sum * sum) / (values.length * squares);
}

/** Reads the end-of-day state back from Redis and checks it against what the simulation saw. */
export async function policyMetrics(
  engine: RoutingEngine,
  day: SimulatedDay,
  records: ReadonlyMap<string, CallRecord>,
  endedAt: number,
): Promise<PolicyMetrics> {
  const { topology } = engine.plan;
  const stored = await engine.reader.calls(day.calls.map((call) => call.callSid));
  const board = await engine.board(endedAt);
  const groupOfAgent = new Map(day.staff.map((agent) => [agent.userId, groupOf(agent, topology)]));
  const groups = new Map<string, GroupCounts>();
  const group = (id: string): GroupCounts => {
    let counts = groups.get(id);
    if (!counts)
      groups.set(id, (counts = { offered: 0, answered: 0, answeredByOwn: 0, handled: 0 }));
    return counts;
  };
  for (const id of [...topology.antennaIds, topology.mobileTeamId]) group(id);

  const totals = {
    answered: 0,
    within20s: 0,
    abandoned: 0,
    callbacks: 0,
    lost: 0,
    own: 0,
    overflowed: 0,
    totalWait: 0,
    longestWait: 0,
  };
  day.calls.forEach((call, index) => {
    const record = records.get(call.callSid);
    const status = stored[index]?.status;
    const home = group(homeGroupOf(call, topology));
    home.offered += 1;
    if ((stored[index]?.step ?? 0) > 0) totals.overflowed += 1;
    if (!record?.outcome || !status || !TERMINAL.has(status) || status !== record.outcome) {
      totals.lost += 1;
      return;
    }
    if (record.outcome === 'abandoned') totals.abandoned += 1;
    if (record.outcome === 'callback') totals.callbacks += 1;
    if (record.outcome !== 'completed' || record.answeredAt === null || record.agentId === null)
      return;
    const wait = record.answeredAt - call.arrivedAt;
    totals.answered += 1;
    totals.totalWait += wait;
    totals.longestWait = Math.max(totals.longestWait, wait);
    if (wait <= 20_000) totals.within20s += 1;
    const agentGroup = groupOfAgent.get(record.agentId) as string;
    group(agentGroup).handled += 1;
    home.answered += 1;
    if (agentGroup === homeGroupOf(call, topology)) {
      totals.own += 1;
      home.answeredByOwn += 1;
    }
  });

  const staffedSeconds = new Map(
    board.groups.map((entry) => [entry.group, entry.staffedSecondsToday]),
  );
  const perAntenna: Record<string, GroupMetrics> = {};
  for (const [id, counts] of groups) {
    const staffedHours = (staffedSeconds.get(id) ?? 0) / 3600;
    perAntenna[id] = {
      ...counts,
      staffedHours: round(staffedHours, 2),
      handledPerStaffedHour: staffedHours > 0 ? round(counts.handled / staffedHours, 2) : null,
    };
  }
  const rates = Object.entries(perAntenna)
    .filter(([id, metrics]) => id !== topology.mobileTeamId && metrics.staffedHours > 0)
    .map(([, metrics]) => metrics.handled / metrics.staffedHours);
  const offered = day.calls.length;
  return {
    offered,
    answered: totals.answered,
    answeredWithin20s: totals.within20s,
    serviceLevel: round(offered === 0 ? 1 : totals.within20s / offered),
    abandoned: totals.abandoned,
    callbacks: totals.callbacks,
    lost: totals.lost,
    ownAntennaShare: round(totals.answered === 0 ? 0 : totals.own / totals.answered),
    overflowRate: round(offered === 0 ? 0 : totals.overflowed / offered),
    averageSpeedOfAnswerSeconds: round(
      totals.answered === 0 ? 0 : totals.totalWait / totals.answered / 1000,
      1,
    ),
    longestWaitSeconds: Math.round(totals.longestWait / 1000),
    jainIndex: round(jainIndex(rates)),
    perAntenna,
  };
}
