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

export interface VoiceRow {
  readonly key: string;
  readonly label: string;
  readonly offered: number;
  readonly answered: number;
  readonly answeredWithin20s: number;
  readonly abandoned: number;
  readonly callbacks: number;
  readonly averageSpeedOfAnswerSeconds: number | null;
  readonly overflowRate: number | null;
  readonly ownAntennaShare: number | null;
}

export interface VoiceReport {
  readonly rows: readonly VoiceRow[];
  readonly jainIndex: number | null;
  readonly totals: VoiceRow;
  readonly previousOffered: number | null;
}

/** Seconds spent on each activity by one agent or antenna. */
export interface ActivityRow {
  readonly key: string;
  readonly label: string;
  readonly seconds: Readonly<Record<string, number>>;
  readonly totalSeconds: number;
}

export interface ActivityReport {
  /** The activities present, in display order, with their French labels. */
  readonly activities: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly ActivityRow[];
}

export interface FootfallCell {
  readonly antenna: string;
  readonly hour: number;
  readonly visits: number;
}

export interface RequestsRow {
  readonly key: string;
  readonly label: string;
  readonly opened: number;
  readonly resolved: number;
  readonly backlog: number;
  readonly slaMet: number;
  readonly slaMissed: number;
}
