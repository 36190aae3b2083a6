export type AntennaStatus = 'existing' | 'proposed';

export interface Staffing {
  readonly informationOfficers: number;
  readonly publicRelationsOfficers: number;
  readonly administrativeOfficers: number;
}

export interface Antenna {
  readonly kind: 'antenna';
  readonly id: string;
  readonly name: string;
  readonly town: string;
  readonly inseeTown: string;
  readonly status: AntennaStatus;
  /** True when the report does not name the seat and the file's author chose it. */
  readonly townAssumed: boolean;
  readonly openedPerTable: string | null;
  readonly note: string | null;
  readonly epciSirens: readonly string[];
  readonly staffing: Staffing;
  /** Antennas run by the same manager ("mutualisé"); empty when the manager is not shared. */
  readonly sharedManagerWith: readonly string[];
}

/** The head office covers the EPCIs no antenna covers (the Lille metropolis); it is not an antenna. */
export interface Headquarters {
  readonly kind: 'headquarters';
  readonly id: string;
  readonly name: string;
  readonly town: string;
  readonly inseeTown: string;
  readonly note: string | null;
  readonly epciSirens: readonly string[];
}

/** Either one owns a perimeter of EPCIs; together they must cover the region exactly once. */
export type PerimeterHolder = Antenna | Headquarters;

export interface MobileTeam {
  readonly id: string;
  readonly name: string;
  readonly informationOfficers: number;
  readonly note: string | null;
}

export interface AntennaFile {
  readonly description: string;
  readonly asOf: string;
  readonly organisation: string;
  readonly epciData: string;
  readonly antennas: readonly Antenna[];
  readonly headquarters: Headquarters;
  readonly mobileTeam: MobileTeam;
  readonly sharedManagerGroups: readonly (readonly string[])[];
}
