const PREFIX = 'HDF';
const PATTERN = /^HDF-(\d{4})-(\d{6,})$/;

/** HDF-2026-000123; six digits cover the ~60,000 requests a year with room to spare. */
export function formatReference(year: number, sequence: number): string {
  return `${PREFIX}-${year}-${String(sequence).padStart(6, '0')}`;
}

export function looksLikeReference(text: string): boolean {
  return PATTERN.test(text.trim().toUpperCase());
}

export function normaliseReference(text: string): string {
  return text.trim().toUpperCase();
}
