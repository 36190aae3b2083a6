import { ContactChannel } from '@gru/citizens';

/** Which rows an export holds: a period, and optional antenna, channel, scheme and reason filters. */
export interface ExportFilter {
  readonly from: Date;
  readonly to: Date;
  /** null: every antenna; otherwise only these (an antenna manager's scope). */
  readonly antennaIds: readonly string[] | null;
  readonly channel?: ContactChannel;
  readonly aidSchemeSlug?: string;
  readonly reasonCode?: string;
}

export type ExportKind = 'contacts' | 'requests';

/** A column: its French header and its SQL expression (times as Paris wall-clock time). */
export interface ExportColumn {
  readonly header: string;
  readonly sql: string;
}

const paris = (column: string) =>
  `to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI:SS')`;

/** No note, subject or citizen name: exports hold coded facts, never free text about a person. */
export const EXPORT_COLUMNS: Record<ExportKind, readonly ExportColumn[]> = {
  contacts: [
    { header: 'identifiant', sql: 'id' },
    { header: 'début (heure de Paris)', sql: paris('started_at') },
    { header: 'fin (heure de Paris)', sql: paris('ended_at') },
    { header: 'durée (s)', sql: 'duration_seconds' },
    { header: 'canal', sql: 'channel' },
    { header: 'sens', sql: 'direction' },
    { header: 'antenne', sql: 'antenna_id' },
    { header: 'agent', sql: 'agent_user_id' },
    { header: 'dispositif', sql: 'aid_scheme_slug' },
    { header: 'motif', sql: 'reason_code' },
    { header: 'issue', sql: 'outcome' },
    { header: 'demande', sql: 'request_id' },
  ],
  requests: [
    { header: 'référence', sql: 'reference' },
    { header: 'créée (heure de Paris)', sql: paris('created_at') },
    { header: 'canal', sql: 'channel' },
    { header: 'statut', sql: 'status' },
    { header: 'priorité', sql: 'priority' },
    { header: 'antenne', sql: 'antenna_id' },
    { header: 'dispositif', sql: 'aid_scheme_slug' },
    { header: 'attribuée à', sql: 'assignee_user_id' },
    { header: 'échéance (heure de Paris)', sql: paris('due_at') },
    { header: 'délai', sql: 'sla_state' },
    { header: 'résolue (heure de Paris)', sql: paris('resolved_at') },
    { header: 'clôturée (heure de Paris)', sql: paris('closed_at') },
  ],
};

/**
 * The WHERE clause of an export, with values through `literal` (COPY takes no parameters, so
 * values are escaped by the driver's own quoting). Requests are filtered on their creation time;
 * reasons belong to contacts, so a reason filter on requests keeps those with such a contact.
 */
export function exportWhere(
  kind: ExportKind,
  filter: ExportFilter,
  literal: (value: string) => string,
): string {
  const time = kind === 'contacts' ? 'started_at' : 'created_at';
  const clauses = [
    `${time} >= ${literal(filter.from.toISOString())}::timestamptz`,
    `${time} < ${literal(filter.to.toISOString())}::timestamptz`,
  ];
  if (filter.antennaIds !== null)
    clauses.push(
      filter.antennaIds.length === 0
        ? 'false'
        : `antenna_id IN (${filter.antennaIds.map(literal).join(', ')})`,
    );
  if (filter.channel) clauses.push(`channel = ${literal(filter.channel)}`);
  if (filter.aidSchemeSlug) clauses.push(`aid_scheme_slug = ${literal(filter.aidSchemeSlug)}`);
  if (filter.reasonCode)
    clauses.push(
      kind === 'contacts'
        ? `reason_code = ${literal(filter.reasonCode)}`
        : `EXISTS (SELECT 1 FROM contacts c WHERE c.request_id = requests.id AND c.reason_code = ${literal(filter.reasonCode)})`,
    );
  return clauses.join(' AND ');
}

export function exportSelect(
  kind: ExportKind,
  filter: ExportFilter,
  literal: (value: string) => string,
): string {
  const columns = EXPORT_COLUMNS[kind].map((column) => column.sql).join(', ');
  const order = kind === 'contacts' ? 'started_at, id' : 'created_at, id';
  return `SELECT ${columns} FROM ${kind} WHERE ${exportWhere(kind, filter, literal)} ORDER BY ${order}`;
}
