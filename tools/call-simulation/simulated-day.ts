import { REGION_TIME_ZONE } from '@gru/calendar';
import { SeededRandom, WeightedPick } from '@gru/random';
import type { TerritoryIndex } from '@gru/territory';
import { DateTime } from 'luxon';
import type { AgentRegistration } from '@gru/call-routing';
import { expectedCalls, SimulationSettings } from './simulation-settings';

/** One caller of the simulated day, drawn once and replayed identically under every policy. */
export interface SimulatedCall {
  readonly callSid: string;
  /** The caller's antenna, the headquarters id, or null when the IVR could not place them. */
  readonly antennaId: string | null;
  readonly arrivedAt: number;
  readonly patienceMs: number;
  readonly handlingMs: number;
  readonly acceptsCallback: boolean;
}

export interface SimulatedDay {
  readonly openAt: number;
  readonly closeAt: number;
  readonly calls: readonly SimulatedCall[];
  readonly staff: readonly AgentRegistration[];
}

function parisTime(date: string, time: string): number {
  return DateTime.fromISO(`${date}T${time}`, { zone: REGION_TIME_ZONE }).toMillis();
}

/**
 * Poisson arrivals over the opening hours; each caller's commune drawn in proportion to its
 * population (the official data), which gives their antenna; patience exponential, handling time
 * lognormal, callback acceptance a coin toss, each from its own stream of the seed.
 */
export function simulatedDay(
  settings: SimulationSettings,
  territory: TerritoryIndex,
): SimulatedDay {
  const openAt = parisTime(settings.date, settings.open);
  const closeAt = parisTime(settings.date, settings.close);
  const communes = new WeightedPick(
    territory
      .communes()
      .filter((commune) => commune.antennaId !== null && commune.population > 0)
      .map((commune) => [commune, commune.population] as const),
  );

  const arrivals = new SeededRandom(settings.seed);
  const places = new SeededRandom(settings.seed + 1);
  const callers = new SeededRandom(settings.seed + 2);
  const meanGapMs = (closeAt - openAt) / expectedCalls(settings);
  const calls: SimulatedCall[] = [];
  for (
    let at = openAt + arrivals.exponential(meanGapMs);
    at < closeAt;
    at += arrivals.exponential(meanGapMs)
  ) {
    const unplaced = places.chance(settings.unplacedShare);
    const commune = communes.draw(places);
    calls.push({
      callSid: `SIM${String(calls.length).padStart(5, '0')}`,
      antennaId: unplaced ? null : commune.antennaId,
      arrivedAt: Math.round(at),
      patienceMs: Math.round(callers.exponential(settings.patienceMeanSeconds * 1000)),
      handlingMs: Math.round(
        callers.lognormal(settings.handlingMeanSeconds, settings.handlingSigma) * 1000,
      ),
      acceptsCallback: callers.chance(settings.callbackAcceptance),
    });
  }
  return { openAt, closeAt, calls, staff: phoneStaffOf(territory) };
}

/** The target organisation's phone staff: information and public-relations officers, plus the mobile team. */
export function phoneStaffOf(territory: TerritoryIndex): AgentRegistration[] {
  const staff: AgentRegistration[] = [];
  for (const antenna of territory.antennas()) {
    if (antenna.kind !== 'antenna' || antenna.staffing === null) continue;
    const count = antenna.staffing.informationOfficers + antenna.staffing.publicRelationsOfficers;
    for (let n = 1; n <= count; n += 1)
      staff.push({
        userId: `${antenna.id}-${n}`,
        antennaId: antenna.id,
        mobileTeam: false,
        phoneSkill: true,
      });
  }
  const mobileTeam = territory.mobileTeam();
  for (let n = 1; n <= mobileTeam.informationOfficers; n += 1) {
    staff.push({
      userId: `${mobileTeam.id}-${n}`,
      antennaId: null,
      mobileTeam: true,
      phoneSkill: true,
    });
  }
  return staff;
}
