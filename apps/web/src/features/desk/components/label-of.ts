/** A French label for a value the API sends as a string; the raw value when it is new to the interface. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

export function citizenName(citizen: {
  firstName?: string | null;
  lastName?: string | null;
}): string {
  return [citizen.firstName, citizen.lastName].filter(Boolean).join(' ') || '—';
}

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
