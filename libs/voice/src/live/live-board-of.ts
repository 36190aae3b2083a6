import { homeGroupOf, RoutingBoard, RoutingTopology } from '@gru/call-routing';
import type { CallbacksDueRow, PhoneActivityRow } from '@gru/requests';
import type {
  AgentPresenceCountsDto,
  AntennaLiveDto,
  LiveBoardDto,
  LiveFiguresDto,
  TodayFiguresDto,
} from './live-board.dto';

export interface LiveBoardInput {
  readonly board: RoutingBoard;
  readonly topology: RoutingTopology;
  /** The board's rows in display order: the antennas, then the mobile team. */
  readonly rows: readonly { readonly id: string; readonly name: string }[];
  readonly activity: readonly PhoneActivityRow[];
  /** The fair-share group (antenna or mobile team) of each agent who answered a call today. */
  readonly agentGroups: ReadonlyMap<string, string>;
  readonly callbacks: readonly CallbacksDueRow[];
}

type Counts = Omit<TodayFiguresDto, 'ownAntennaShare'> & { own: number };

/** The whole board, with what the shares were computed from (totals of a scope need it). */
export interface ComputedBoard {
  readonly board: LiveBoardDto;
  /** Calls answered by an agent of the caller's own row, per row. */
  readonly own: ReadonlyMap<string, number>;
}

const emptyAgents = (): AgentPresenceCountsDto => ({
  available: 0,
  ringing: 0,
  on_call: 0,
  wrap_up: 0,
  break: 0,
  offline: 0,
});

const emptyCounts = (): Counts => ({
  offered: 0,
  answered: 0,
  answeredWithin20s: 0,
  abandoned: 0,
  own: 0,
});

const shareOf = (own: number, answered: number) =>
  answered === 0 ? null : Math.round((own / answered) * 1000) / 1000;

/** Every row of the free number's board, unscoped; `scopeBoard` cuts it down to a reader's view. */
export function liveBoardOf(input: LiveBoardInput): ComputedBoard {
  const { board, topology } = input;
  const homeOf = (antennaId: string | null) => homeGroupOf({ antennaId }, topology);
  const waitingCalls = board.waiting.map((call) => ({
    antennaId: homeOf(call.antennaId),
    waitedSeconds: call.waitedSeconds,
    step: call.step,
    pool: call.pool,
  }));
  const counts = new Map<string, Counts>();
  for (const row of input.activity) {
    const home = homeOf(row.antennaId);
    const figures = counts.get(home) ?? emptyCounts();
    figures.offered += row.offered;
    figures.answered += row.answered;
    figures.answeredWithin20s += row.answeredWithin20s;
    figures.abandoned += row.abandoned;
    if (row.agentUserId !== null && input.agentGroups.get(row.agentUserId) === home)
      figures.own += row.answered;
    counts.set(home, figures);
  }
  const callbacks = new Map<string, number>();
  for (const row of input.callbacks) {
    const home = homeOf(row.antennaId);
    callbacks.set(home, (callbacks.get(home) ?? 0) + row.count);
  }

  const antennas = input.rows.map(({ id, name }): AntennaLiveDto => {
    const waiting = waitingCalls.filter((call) => call.antennaId === id);
    const agents = emptyAgents();
    for (const agent of board.agents) {
      if (!agent.phoneSkill || agent.group !== id) continue;
      agents[agent.state === 'reserved' ? 'ringing' : agent.state] += 1;
    }
    const { own, ...today } = counts.get(id) ?? emptyCounts();
    return {
      antennaId: id,
      name,
      ...waitingFigures(waiting),
      agents,
      today: { ...today, ownAntennaShare: shareOf(own, today.answered) },
      callbacksDueToday: callbacks.get(id) ?? 0,
    };
  });
  const own = new Map([...counts.entries()].map(([id, figures]) => [id, figures.own]));
  return {
    board: {
      generatedAt: new Date(board.now).toISOString(),
      antennas,
      totals: totalsOf(antennas, own),
      waitingCalls,
    },
    own,
  };
}

/** The board limited to some rows (null: all of them), totals summed over those rows only. */
export function scopeBoard(
  { board, own }: ComputedBoard,
  antennaIds: readonly string[] | null,
): LiveBoardDto {
  if (antennaIds === null) return board;
  const visible = new Set(antennaIds);
  const antennas = board.antennas.filter((row) => visible.has(row.antennaId));
  return {
    generatedAt: board.generatedAt,
    antennas,
    totals: totalsOf(antennas, own),
    waitingCalls: board.waitingCalls.filter((call) => visible.has(call.antennaId)),
  };
}

function waitingFigures(
  waiting: readonly { waitedSeconds: number; step: number }[],
): Pick<LiveFiguresDto, 'waiting' | 'waitingByStep' | 'longestWaitSeconds'> {
  const bySteps = new Map<number, number>();
  for (const call of waiting) bySteps.set(call.step, (bySteps.get(call.step) ?? 0) + 1);
  return {
    waiting: waiting.length,
    waitingByStep: [...bySteps.entries()]
      .sort(([a], [b]) => a - b)
      .map(([step, count]) => ({ step, count })),
    longestWaitSeconds: Math.max(0, ...waiting.map((call) => call.waitedSeconds)),
  };
}

function totalsOf(
  rows: readonly AntennaLiveDto[],
  own: ReadonlyMap<string, number>,
): LiveFiguresDto {
  const agents = emptyAgents();
  const today = emptyCounts();
  const bySteps = new Map<number, number>();
  for (const row of rows) {
    for (const key of Object.keys(agents) as (keyof AgentPresenceCountsDto)[])
      agents[key] += row.agents[key];
    today.offered += row.today.offered;
    today.answered += row.today.answered;
    today.answeredWithin20s += row.today.answeredWithin20s;
    today.abandoned += row.today.abandoned;
    today.own += own.get(row.antennaId) ?? 0;
    for (const { step, count } of row.waitingByStep)
      bySteps.set(step, (bySteps.get(step) ?? 0) + count);
  }
  const { own: ownTotal, ...figures } = today;
  return {
    waiting: rows.reduce((sum, row) => sum + row.waiting, 0),
    waitingByStep: [...bySteps.entries()]
      .sort(([a], [b]) => a - b)
      .map(([step, count]) => ({ step, count })),
    longestWaitSeconds: Math.max(0, ...rows.map((row) => row.longestWaitSeconds)),
    agents,
    today: { ...figures, ownAntennaShare: shareOf(ownTotal, figures.answered) },
    callbacksDueToday: rows.reduce((sum, row) => sum + row.callbacksDueToday, 0),
  };
}
