import type { ColumnSpec } from './bulk-insert';

const column = (name: string, type: string, field: string): ColumnSpec => ({
  column: name,
  type,
  field,
});

const text = (name: string, field: string) => column(name, 'varchar', field);
const int = (name: string, field: string) => column(name, 'int', field);
const float = (name: string, field: string) => column(name, 'float8', field);

/** An hourly rollup: its columns, and how its daily companion sums it (keys kept, sums summed). */
export interface HourlyTable {
  readonly table: string;
  /** Order of the hourly rows on disk: the one its long range scans read. */
  readonly order: string;
  readonly daily: string;
  readonly keys: readonly ColumnSpec[];
  readonly sums: readonly ColumnSpec[];
}

const HOUR = column('hour', 'timestamptz', 'hour');

export const CONTACTS_TABLE: HourlyTable = {
  table: 'reporting_contacts_hourly',
  // The footfall reads the visits' hours.
  order: 'channel, hour',
  daily: 'reporting_contacts_daily',
  keys: [
    text('antenna_id', 'antennaId'),
    text('channel', 'channel'),
    text('direction', 'direction'),
    text('aid_scheme_slug', 'aidSchemeSlug'),
    text('reason_code', 'reasonCode'),
    text('outcome', 'outcome'),
  ],
  sums: [int('contacts', 'contacts'), column('duration_seconds', 'bigint', 'durationSeconds')],
};

export const REQUESTS_TABLE: HourlyTable = {
  table: 'reporting_requests_hourly',
  order: 'hour',
  daily: 'reporting_requests_daily',
  keys: [
    text('antenna_id', 'antennaId'),
    text('channel', 'channel'),
    text('aid_scheme_slug', 'aidSchemeSlug'),
  ],
  sums: [
    int('opened', 'opened'),
    int('resolved', 'resolved'),
    int('sla_met', 'slaMet'),
    int('sla_missed', 'slaMissed'),
    int('callbacks_due', 'callbacksDue'),
    int('callbacks_kept', 'callbacksKept'),
  ],
};

export const VOICE_TABLE: HourlyTable = {
  table: 'reporting_voice_hourly',
  order: 'hour',
  daily: 'reporting_voice_daily',
  keys: [text('antenna_id', 'antennaId')],
  sums: [
    int('offered', 'offered'),
    int('answered', 'answered'),
    int('answered_within_20s', 'answeredWithin20s'),
    int('abandoned', 'abandoned'),
    float('abandon_wait_seconds', 'abandonWaitSeconds'),
    int('callbacks', 'callbacks'),
    int('overflowed', 'overflowed'),
    int('own_answered', 'ownAnswered'),
    float('wait_seconds', 'waitSeconds'),
  ],
};

export const AGENTS_TABLE: HourlyTable = {
  table: 'reporting_agent_hourly',
  order: 'hour',
  daily: 'reporting_agent_daily',
  keys: [column('agent_user_id', 'uuid', 'agentUserId'), text('group_id', 'groupId')],
  sums: [
    float('staffed_seconds', 'staffedSeconds'),
    int('calls_handled', 'callsHandled'),
    int('phone_contacts', 'phoneContacts'),
    float('talk_seconds', 'talkSeconds'),
    int('visits', 'visits'),
    float('visit_seconds', 'visitSeconds'),
  ],
};

export const BACKLOG_TABLE = 'reporting_backlog_daily';
export const BACKLOG_COLUMNS: readonly ColumnSpec[] = [
  column('day', 'date', 'day'),
  text('antenna_id', 'antennaId'),
  text('channel', 'channel'),
  text('aid_scheme_slug', 'aidSchemeSlug'),
  int('backlog', 'backlog'),
];

export const hourlyColumns = (table: HourlyTable): ColumnSpec[] => [
  HOUR,
  ...table.keys,
  ...table.sums,
];

/**
 * Sums the hourly rows of [start, end) into Paris days (whole days: the range's bounds are
 * midnights), written in the order of the first key then day, so that one antenna's (or agent's)
 * days share pages.
 */
export function dailyFromHourlySql(table: HourlyTable): string {
  const keys = table.keys.map((spec) => `"${spec.column}"`);
  const sums = table.sums.map((spec) => `"${spec.column}"`);
  return `INSERT INTO "${table.daily}" ("day", ${[...keys, ...sums].join(', ')})
    SELECT (hour AT TIME ZONE 'Europe/Paris')::date, ${keys.join(', ')},
           ${sums.map((name) => `SUM(${name})`).join(', ')}
      FROM "${table.table}" WHERE hour >= $1 AND hour < $2
     GROUP BY ${keys.map((_, index) => index + 2).join(', ')}, 1
     ORDER BY 2, 1`;
}

/** The months holding the days [$1, $2]: the ones a rebuild of those days rewrites. */
const MONTHS_OF_DAYS = `>= date_trunc('month', $1::date) AND %s < date_trunc('month', $2::date) + interval '1 month'`;

/** A monthly table summed from a daily one, over `keys` (a subset of the daily keys). */
export interface MonthlyTable {
  readonly table: string;
  readonly daily: string;
  readonly keys: readonly string[];
  readonly sums: readonly string[];
}

export const CONTACTS_MONTHLY: MonthlyTable = {
  table: 'reporting_contacts_monthly',
  daily: 'reporting_contacts_daily',
  keys: ['antenna_id', 'channel', 'direction'],
  sums: ['contacts', 'duration_seconds'],
};

export const CONTACTS_CODED_MONTHLY: MonthlyTable = {
  table: 'reporting_contacts_monthly_coded',
  daily: 'reporting_contacts_daily',
  keys: ['antenna_id', 'aid_scheme_slug', 'reason_code', 'outcome'],
  sums: ['contacts', 'duration_seconds'],
};

export const CONTACTS_CODED_REGION_MONTHLY: MonthlyTable = {
  table: 'reporting_contacts_monthly_coded_region',
  daily: 'reporting_contacts_daily',
  keys: ['aid_scheme_slug', 'reason_code', 'outcome'],
  sums: ['contacts', 'duration_seconds'],
};

export const REQUESTS_MONTHLY: MonthlyTable = {
  table: 'reporting_requests_monthly',
  daily: 'reporting_requests_daily',
  keys: ['antenna_id', 'channel', 'aid_scheme_slug'],
  sums: REQUESTS_TABLE.sums.map((spec) => spec.column),
};

/** The monthly tables a rebuild rewrites from the daily ones. */
export const MONTHLY_TABLES: readonly MonthlyTable[] = [
  CONTACTS_MONTHLY,
  CONTACTS_CODED_MONTHLY,
  CONTACTS_CODED_REGION_MONTHLY,
  REQUESTS_MONTHLY,
];

/** Rewrites the months holding the days [$1, $2], from the daily rows of those whole months. */
export function monthlyFromDailySql(table: MonthlyTable): { delete: string; insert: string } {
  const keys = table.keys.join(', ');
  const sums = table.sums.join(', ');
  return {
    delete: `DELETE FROM "${table.table}" WHERE month ${MONTHS_OF_DAYS.replace('%s', 'month')}`,
    insert: `INSERT INTO "${table.table}" (month, ${keys}, ${sums})
      SELECT date_trunc('month', day)::date, ${keys}, ${table.sums.map((name) => `SUM(${name})`).join(', ')}
        FROM "${table.daily}" WHERE day ${MONTHS_OF_DAYS.replace('%s', 'day')}
       GROUP BY ${table.keys.map((_, index) => index + 2).join(', ')}, 1 ORDER BY 1, 2`,
  };
}

/** A daily table summed from another over fewer keys, for the reports that do not need them. */
export interface NarrowDailyTable {
  readonly table: string;
  readonly daily: string;
  readonly keys: readonly string[];
  readonly sums: readonly string[];
}

export const REQUESTS_BY_CHANNEL_DAILY: NarrowDailyTable = {
  table: 'reporting_requests_daily_by_channel',
  daily: 'reporting_requests_daily',
  keys: ['antenna_id', 'channel'],
  sums: REQUESTS_TABLE.sums.map((spec) => spec.column),
};

/** Rewrites the days [$1, $2] of a narrow daily table from its wider one. */
export function narrowDailySql(table: NarrowDailyTable): { delete: string; insert: string } {
  const keys = table.keys.join(', ');
  return {
    delete: `DELETE FROM "${table.table}" WHERE day >= $1 AND day <= $2`,
    insert: `INSERT INTO "${table.table}" (day, ${keys}, ${table.sums.join(', ')})
      SELECT day, ${keys}, ${table.sums.map((name) => `SUM(${name})`).join(', ')}
        FROM "${table.daily}" WHERE day >= $1 AND day <= $2
       GROUP BY ${table.keys.map((_, index) => index + 2).join(', ')}, 1 ORDER BY 1, 2`,
  };
}

/** Every table a rebuild rewrites. */
export const ROLLUP_TABLES: readonly string[] = [
  ...[CONTACTS_TABLE, REQUESTS_TABLE, VOICE_TABLE, AGENTS_TABLE].flatMap((table) => [
    table.table,
    table.daily,
  ]),
  REQUESTS_BY_CHANNEL_DAILY.table,
  ...MONTHLY_TABLES.map((table) => table.table),
  BACKLOG_TABLE,
];
