import { desk } from '../../../content/desk';
import { contactOutcomeLabels } from '../../../content/citizens';
import { channelLabels } from '../../../content/requests';
import { dayInWords, reporting } from '../../../content/reporting';

export type KeyKind =
  'antenna' | 'channel' | 'scheme' | 'reason' | 'outcome' | 'day' | 'week' | 'month' | 'agent';

// Looked up by the API's string: a code the web app does not know yet reads as itself.
const CHANNEL_LABELS = new Map<string, string>(Object.entries(channelLabels));
const REASON_LABELS = new Map<string, string>(Object.entries(desk.coding.reasons));
const OUTCOME_LABELS = new Map<string, string>(Object.entries(contactOutcomeLabels));

/** How a row's key reads in French: antenna and agent names, labels of codes, dates in words. */
export function keyLabel(
  kind: KeyKind,
  value: string | null | undefined,
  names: ReadonlyMap<string, string>,
): string {
  const copy = reporting.contacts;
  if (value === null || value === undefined || value === '') {
    if (kind === 'scheme') return copy.noScheme;
    if (kind === 'reason') return copy.noReason;
    if (kind === 'antenna') return copy.noAntenna;
    return reporting.none;
  }
  switch (kind) {
    case 'antenna':
    case 'agent':
      return names.get(value) ?? value;
    case 'channel':
      return CHANNEL_LABELS.get(value) ?? value;
    case 'reason':
      return REASON_LABELS.get(value) ?? value;
    case 'outcome':
      return OUTCOME_LABELS.get(value) ?? value;
    case 'scheme':
      return value;
    case 'day':
      return dayInWords(value);
    case 'week':
      return copy.weekOf(value);
    case 'month':
      return reporting.filters.monthName(value.slice(0, 7));
  }
}
