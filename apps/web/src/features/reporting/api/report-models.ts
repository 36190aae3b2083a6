/**
 * What the dashboards draw, whatever the wire format: each endpoint file maps the API's rows to these,
 * so components never read the contract directly.
 */

/** A period the API answered for, and the one before it of the same length. */
export interface Comparison {
  readonly from: string;
  readonly to: string;
  readonly total: number;
}

export interface CountRow {
  /** The raw key (an antenna id, a channel, a day) and its French label. */
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** The same key over the previous period, when the API gives it. */
  readonly previous: number | null;
}

export interface CountReport {
  readonly rows: readonly CountRow[];
  readonly total: number;
  readonly previous: Comparison | null;
}

export interface VoiceFigures {
  readonly offered: number;
  readonly answered: number;
  readonly answeredWithin20s: number;
  readonly serviceLevel: number | null;
  readonly abandoned: number;
  readonly averageAbandonWaitSeconds: number | null;
  readonly callbacks: number;
  readonly averageSpeedOfAnswerSeconds: number | null;
  readonly overflowRate: number | null;
  readonly ownAntennaShare: number | null;
  /** Calls handled per staffed hour: what Jain's index compares (rows only). */
  readonly handledPerStaffedHour: number | null;
}

export interface VoiceRow extends VoiceFigures {
  readonly key: string;
  readonly label: string;
}

export interface VoiceReport {
  readonly rows: readonly VoiceRow[];
  readonly jainIndex: number | null;
  readonly totals: VoiceRow;
  readonly previous: Comparison;
}

/** Time per activity of one agent or antenna over the period. */
export interface ActivityRow {
  readonly key: string;
  readonly label: string;
  readonly phoneStaffedSeconds: number;
  readonly phoneTalkSeconds: number;
  readonly callsHandled: number;
  readonly visits: number;
  readonly visitSeconds: number;
  /** null while instruction is not measured. */
  readonly instructionSeconds: number | null;
  readonly workingSeconds: number;
  readonly phoneShare: number | null;
  readonly frontDeskShare: number | null;
  readonly instructionShare: number | null;
}

export interface ActivityReport {
  readonly rows: readonly ActivityRow[];
  readonly workingDays: number;
  /** Why instruction time is missing, when it is. */
  readonly instructionNotice: string | null;
}

export interface FootfallCell {
  readonly antenna: string;
  readonly hour: number;
  readonly visits: number;
}

export interface RequestsFigures {
  readonly opened: number;
  readonly resolved: number;
  /** Open at the end of the period. */
  readonly backlog: number | null;
  readonly slaMet: number;
  readonly slaMissed: number;
  readonly slaMetRate: number | null;
  readonly callbacksDue: number;
  readonly callbacksKept: number;
  readonly callbacksKeptRate: number | null;
}

export interface RequestsRow extends RequestsFigures {
  readonly key: string;
  readonly label: string;
}

export interface RequestsReport {
  readonly rows: readonly RequestsRow[];
  readonly totals: RequestsRow;
  readonly previous: Comparison;
}

/** A report being read: what the dashboards need of a query's state. */
export interface ReportResult<T> {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly data: T | undefined;
}
