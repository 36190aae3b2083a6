/** Presences an agent (or the API on their behalf) can set. */
export const AGENT_PRESENCES = ['available', 'on_call', 'wrap_up', 'break', 'offline'] as const;
export type AgentPresence = (typeof AGENT_PRESENCES)[number];
/** Presence plus `reserved`: a call is ringing on the agent's device, set only by the routing. */
export type AgentState = AgentPresence | 'reserved';

/** States that count as staffed phone time: the agent is on the phone rota, busy or not. */
export const STAFFED_STATES: readonly AgentState[] = [
  'available',
  'reserved',
  'on_call',
  'wrap_up',
];

/** Times are epoch milliseconds throughout: the simulation runs the same code on a fake clock. */
export interface WaitingCall {
  readonly callSid: string;
  /** null when the caller's antenna is unknown (out of region, failed IVR). */
  readonly antennaId: string | null;
  /** First arrival: kept when an unanswered offer puts the call back. */
  readonly arrivedAt: number;
  /** Index in the call's route; only ever grows. */
  readonly step: number;
  readonly stepStartedAt: number;
}

export interface RoutingAgent {
  readonly userId: string;
  readonly antennaId: string | null;
  readonly mobileTeam: boolean;
  readonly phoneSkill: boolean;
  readonly state: AgentState;
  /** When the agent last became available; the longest idle goes first. */
  readonly idleSince: number;
}

/** Per fair-share group (an antenna id, or the mobile team's id) for the current Paris day. */
export interface GroupLoad {
  readonly handledToday: number;
  readonly staffedSecondsToday: number;
}

/** How many calls of one caller antenna (null: none) are waiting, whatever their step. */
export interface WaitingTotal {
  readonly antennaId: string | null;
  readonly count: number;
}

export interface RoutingSnapshot {
  readonly now: number;
  /** Every waiting call, or (with `waitingTotals`) only those a round may match: the queue heads. */
  readonly waitingCalls: readonly WaitingCall[];
  readonly agents: readonly RoutingAgent[];
  readonly loadByGroup: ReadonlyMap<string, GroupLoad>;
  /** Set when `waitingCalls` holds only the heads: what the fair share counts of the whole queues. */
  readonly waitingTotals?: readonly WaitingTotal[];
}

export interface CallMatch {
  readonly callSid: string;
  readonly agentId: string;
  /** Index of the first step whose pool holds the agent: 0 = the call's own pool. */
  readonly tier: number;
}

export interface StepChange {
  readonly callSid: string;
  readonly step: number;
  readonly stepStartedAt: number;
  /** When this step hands over to the next; null on the last step. */
  readonly deadline: number | null;
}

export interface RoutingDecision {
  readonly matches: readonly CallMatch[];
  readonly stepChanges: readonly StepChange[];
}
