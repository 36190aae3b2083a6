import { ValidationFailedException } from '@gru/errors';
import { HOURLY } from './grain';

/** The time dimensions' names (their SQL depends on the grain read). */
export const TIME_DIMENSIONS = HOURLY.time;

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
