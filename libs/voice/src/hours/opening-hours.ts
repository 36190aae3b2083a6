import { calendarDateOf, publicHolidayName, REGION_TIME_ZONE, weekdayOf } from '@gru/calendar';
import type { VoiceSettings } from '../voice-settings';

const DAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
const LABELS: Record<(typeof DAYS)[number], string> = {
  monday: 'lundi',
  tuesday: 'mardi',
  wednesday: 'mercredi',
  thursday: 'jeudi',
  friday: 'vendredi',
  saturday: 'samedi',
  sunday: 'dimanche',
};

const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: REGION_TIME_ZONE,
});

export type OpeningMode = 'schedule' | 'always' | 'closed';

/** Whether the free number is answered at `now`: week schedule (Paris time), public holidays, closures. */
export function isOpen(
  settings: VoiceSettings,
  now: Date,
  mode: OpeningMode = 'schedule',
): boolean {
  if (mode !== 'schedule') return mode === 'always';
  const day = calendarDateOf(now);
  if (publicHolidayName(day) !== undefined) return false;
  if (settings.exceptionalClosures.some((closure) => closure.day === day)) return false;
  const ranges = settings.openingHours[DAYS[weekdayOf(day) - 1]];
  const clock = PARIS_TIME.format(now);
  return ranges.some(([start, end]) => start <= clock && clock < end);
}

/** "du lundi au jeudi de 08:30 à 12:30 et de 13:30 à 17:30, le vendredi …", for the closed message. */
export function describeOpeningHours(settings: VoiceSettings): string {
  const groups: { days: string[]; ranges: string }[] = [];
  for (const day of DAYS) {
    const ranges = settings.openingHours[day]
      .map(([start, end]) => `de ${start.replace(':', ' h ')} à ${end.replace(':', ' h ')}`)
      .join(' et ');
    if (!ranges) continue;
    const last = groups.at(-1);
    if (
      last &&
      last.ranges === ranges &&
      DAYS.indexOf(day) === DAYS.indexOf(last.days.at(-1) as (typeof DAYS)[number]) + 1
    )
      last.days.push(day);
    else groups.push({ days: [day], ranges });
  }
  return groups
    .map((group) => {
      const first = LABELS[group.days[0] as (typeof DAYS)[number]];
      const lastDay = LABELS[group.days.at(-1) as (typeof DAYS)[number]];
      return `${group.days.length > 1 ? `du ${first} au ${lastDay}` : `le ${first}`} ${group.ranges}`;
    })
    .join(', ');
}
