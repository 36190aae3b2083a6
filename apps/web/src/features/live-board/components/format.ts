/** Numbers, shares and durations the way French readers expect them (Intl fr-FR). */
const integer = new Intl.NumberFormat('fr-FR');
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** A share between 0 and 1; `fallback` when there is nothing to divide yet. */
export function formatShare(value: number | null, fallback = '—'): string {
  return value === null ? fallback : percent.format(value);
}

/** "45 s", "3 min 05 s", "1 h 02 min": short enough for a table cell, read in full by screen readers. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Hours and minutes of a timestamp, Paris time. */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
}
