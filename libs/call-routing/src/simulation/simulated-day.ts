import type { AntennaFile, TerritoryIndex } from '@gru/territory';
import { DateTime } from 'luxon';
import type { AgentRegistration } from '../store/call-routing.store';
import { SeededRandom } from './seeded-random';
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
  return DateTime.fromISO(`${date}T${time}`, { zone: 'Europe/Paris' }).toMillis();
}

/**
 * Poisson arrivals over the opening hours; each caller's commune drawn in proportion to its
 * population (the official data), which gives their antenna; patience exponential, handling time
 * lognormal, callback acceptance a coin toss, each from its own stream of the seed.
 */
export function simulatedDay(
  settings: SimulationSettings,
  territory: TerritoryIndex,
  antennas: AntennaFile,
): SimulatedDay {
  const openAt = parisTime(settings.date, settings.open);
  const closeAt = parisTime(settings.date, settings.close);
  const communes = territory
    .communes()
    .filter((commune) => commune.antennaId !== null && commune.population > 0);
  const cumulative: number[] = [];
  communes.reduce((sum, commune) => {
    cumulative.push(sum + commune.population);
    return sum + commune.population;
  }, 0);

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
    const commune = communes[places.weightedIndex(cumulative)];
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
  return { openAt, closeAt, calls, staff: phoneStaffOf(antennas) };
}

/** The target organisation's phone staff: information and public-relations officers, plus the mobile team. */
export function phoneStaffOf(antennas: AntennaFile): AgentRegistration[] {
  const staff: AgentRegistration[] = [];
  for (const antenna of antennas.antennas) {
    const count = antenna.staffing.informationOfficers + antenna.staffing.publicRelationsOfficers;
    for (let n = 1; n <= count; n += 1)
      staff.push({
        userId: `${antenna.id}-${n}`,
        antennaId: antenna.id,
        mobileTeam: false,
        phoneSkill: true,
      });
  }
  for (let n = 1; n <= antennas.mobileTeam.informationOfficers; n += 1) {
    staff.push({
      userId: `${antennas.mobileTeam.id}-${n}`,
      antennaId: null,
      mobileTeam: true,
      phoneSkill: true,
    });
  }
  return staff;
}
