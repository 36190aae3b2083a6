import { ValidationFailedException } from '@gru/errors';

/** SQL of each grouping dimension over the reporting tables (`hour` in UTC, days in Paris). */
export const TIME_DIMENSIONS = {
  day: `to_char(hour AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', hour AT TIME ZONE 'Europe/Paris'), 'YYYY-MM-DD')`,
  month: `to_char(hour AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`,
} as const;

export type Dimensions = Readonly<Record<string, string>>;

/**
 * Parses `groupBy=antenna,day`: known names only, no repeats; returns them in the order given.
 * An empty or missing value groups nothing (one total row).
 */
export function parseGroupBy(value: string | undefined, allowed: Dimensions): string[] {
  if (value === undefined || value === '') return [];
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(name in allowed));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (unknown.length > 0 || repeated.length > 0 || names.length > Object.keys(allowed).length)
    throw new ValidationFailedException([
      {
        field: 'groupBy',
        messages: [
          `groupBy : valeurs permises ${Object.keys(allowed).join(', ')}, sans répétition / allowed: ${Object.keys(allowed).join(', ')}, no repeats`,
        ],
      },
    ]);
  return names;
}
