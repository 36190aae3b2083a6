/** Everything a simulated day depends on; the CLI flags override these defaults. */
export interface SimulationSettings {
  readonly scenario: 'normal' | 'peak';
  readonly seed: number;
  /** All channels, region-wide (DOMAIN.md: about 1,000 a working day). */
  readonly contactsPerDay: number;
  /** Share of contacts that are calls to the free number. */
  readonly phoneShare: number;
  /** Arrival multiplier of the peak day (a scheme opening). */
  readonly peakFactor: number;
  /** Multiplies the number of calls only (tests run small days). */
  readonly scale: number;
  /** A working day (Paris time); calls arrive between open and close. */
  readonly date: string;
  readonly open: string;
  readonly close: string;
  readonly handlingMeanSeconds: number;
  readonly handlingSigma: number;
  readonly patienceMeanSeconds: number;
  /** A caller still waiting this long is offered a callback... */
  readonly callbackOfferAfterSeconds: number;
  /** ...which this share of callers accepts. */
  readonly callbackAcceptance: number;
  /** Time between the offer and the agent picking up. */
  readonly ringSeconds: number;
  /** Callers the IVR could not place (out of region, failed postcode): the mobile team's route. */
  readonly unplacedShare: number;
}

export const DEFAULT_SETTINGS: SimulationSettings = {
  scenario: 'normal',
  seed: 20221003,
  contactsPerDay: 1000,
  phoneShare: 0.6,
  peakFactor: 3,
  scale: 1,
  date: '2025-03-11',
  open: '08:30',
  close: '17:30',
  handlingMeanSeconds: 360,
  handlingSigma: 0.6,
  patienceMeanSeconds: 180,
  callbackOfferAfterSeconds: 120,
  callbackAcceptance: 0.5,
  ringSeconds: 4,
  unplacedShare: 0.02,
};

export function expectedCalls(settings: SimulationSettings): number {
  const factor = settings.scenario === 'peak' ? settings.peakFactor : 1;
  return settings.contactsPerDay * settings.phoneShare * factor * settings.scale;
}
