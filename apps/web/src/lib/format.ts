import { common } from '../content/common';

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' });
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return date.format(new Date(iso));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} ko`;
  return `${number.format(bytes / (1024 * 1024))} Mo`;
}

/** Whether an open request is past its due date now. */
export function isOverdue(dueAt: string | null, status: string): boolean {
  return (
    dueAt !== null && status !== 'resolved' && status !== 'closed' && Date.parse(dueAt) < Date.now()
  );
}

/** How every screen names a citizen: first name then LAST NAME, or says the file has no name. */
export function citizenName(citizen: {
  firstName?: string | null;
  lastName?: string | null;
}): string {
  return (
    [citizen.firstName, citizen.lastName?.toUpperCase()].filter(Boolean).join(' ') ||
    common.unnamedCitizen
  );
}
