import type { SeededRandom } from '@gru/random';

export interface VolumeOptions {
  readonly years: number;
  readonly contactsPerYear: number;
  readonly citizens: number;
  readonly requests: number;
  /** Multiplies the three volumes (0.01 seeds 1 % for quick runs and tests). */
  readonly scale: number;
  readonly seed: number;
  /** Add to a database that already has citizens instead of refusing. */
  readonly append: boolean;
  /** End of the seeded period; the last seeded year is this date's year. */
  readonly until: Date;
  /** Holds antennas.json and sla.json. */
  readonly configDirectory: string;
}

/** The target: 10 years at 220,000 contacts a year. */
export const FULL_VOLUME = {
  years: 10,
  contactsPerYear: 220_000,
  citizens: 400_000,
  requests: 600_000,
} as const;

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface YearWindow {
  readonly year: number;
  readonly start: number;
  /** Exclusive; stops before midnight in Paris so the reference year is the Paris year. */
  readonly end: number;
  readonly requests: number;
  readonly contacts: number;
}

export interface VolumePlan {
  readonly citizens: number;
  readonly requests: number;
  readonly contacts: number;
  readonly start: number;
  readonly until: number;
  readonly years: readonly YearWindow[];
}

export function planVolume(options: VolumeOptions): VolumePlan {
  const until = options.until.getTime();
  const lastYear = options.until.getUTCFullYear();
  const requests = Math.round(options.requests * options.scale);
  const contactsPerYear = Math.round(options.contactsPerYear * options.scale);
  const years = Array.from({ length: options.years }, (_, index) => {
    const year = lastYear - options.years + 1 + index;
    return {
      year,
      start: Date.UTC(year, 0, 1, 1),
      end: Math.min(Date.UTC(year, 11, 31, 22), until),
      // Spread the remainder over the first years so the total is exact.
      requests: Math.floor(requests / options.years) + (index < requests % options.years ? 1 : 0),
      contacts: contactsPerYear,
    };
  });
  return {
    citizens: Math.max(1, Math.round(options.citizens * options.scale)),
    requests,
    contacts: contactsPerYear * options.years,
    start: years[0].start,
    until,
    years,
  };
}

/** An instant in office hours (08:00–18:30 Paris, roughly) of a mostly-weekday within [start, end). */
export function officeInstant(random: SeededRandom, start: number, end: number): number {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const day = Math.floor((start + random.next() * (end - start)) / DAY_MS) * DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random.chance(0.9)) continue;
    const instant = day + 7 * HOUR_MS + random.next() * 10.5 * HOUR_MS;
    if (instant >= start && instant < end) return instant;
  }
  return start + random.next() * (end - start);
}

export function yearIndexOf(plan: VolumePlan, instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  return Math.min(plan.years.length - 1, Math.max(0, year - plan.years[0].year));
}
