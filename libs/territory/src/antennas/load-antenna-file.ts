import { readFileSync } from 'node:fs';
import { Antenna, AntennaFile, Headquarters } from './antenna.types';
import { AntennaEntry, antennaFileSchema, HeadquartersEntry } from './antenna-file.schema';
import { InvalidAntennaFile } from './invalid-antenna-file.exception';

export const ANTENNA_FILE_NAME = 'antennas.json';

/** Reads and validates config/antennas.json; throws `InvalidAntennaFile` with every problem found. */
export function loadAntennaFile(path: string): AntennaFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidAntennaFile(path, [(error as Error).message]);
  }
  return parseAntennaFile(json, path);
}

export function parseAntennaFile(json: unknown, source = 'antennas.json'): AntennaFile {
  const parsed = antennaFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidAntennaFile(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const file = parsed.data;
  const antennas: Antenna[] = [];
  const headquarters: Headquarters[] = [];
  for (const entry of file.antennas) {
    if (entry.status === 'headquarters') {
      headquarters.push(toHeadquarters(entry));
    } else {
      antennas.push(toAntenna(entry));
    }
  }
  const [onlyHeadquarters] = headquarters;
  if (onlyHeadquarters === undefined) {
    throw new InvalidAntennaFile(source, ['antennas: no entry with status "headquarters"']);
  }
  return {
    description: file.description,
    asOf: file.asOf,
    organisation: file.organisation,
    epciData: file.epciData,
    antennas,
    headquarters: onlyHeadquarters,
    mobileTeam: {
      id: file.mobileTeam.id,
      name: file.mobileTeam.name,
      informationOfficers: file.mobileTeam.informationOfficers,
      note: file.mobileTeam.note ?? null,
    },
    sharedManagerGroups: file.sharedManagerGroups,
  };
}

function toAntenna(entry: AntennaEntry): Antenna {
  return {
    kind: 'antenna',
    id: entry.id,
    name: entry.name,
    town: entry.town,
    inseeTown: entry.inseeTown,
    status: entry.status,
    townAssumed: entry.townAssumed ?? false,
    openedPerTable: entry.openedPerTable,
    note: entry.note ?? null,
    epciSirens: entry.epci,
    staffing: entry.staffing,
    sharedManagerWith: entry.sharedManagerWith,
  };
}

function toHeadquarters(entry: HeadquartersEntry): Headquarters {
  return {
    kind: 'headquarters',
    id: entry.id,
    name: entry.name,
    town: entry.town,
    inseeTown: entry.inseeTown,
    note: entry.note ?? null,
    epciSirens: entry.epci,
  };
}
