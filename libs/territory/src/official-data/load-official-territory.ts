import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  HAUTS_DE_FRANCE_REGION_CODE,
  OfficialCommune,
  OfficialEpci,
  OfficialTerritory,
} from './official-territory.types';

const PACKAGE_NAME = '@etalab/decoupage-administratif';

// Only the region's records go through zod: validating all 37,000 communes of France would
// cost time at every boot for records we drop anyway.
const rawCommuneSchema = z.object({
  code: z.string().regex(/^[0-9][0-9AB][0-9]{3}$/),
  nom: z.string().min(1),
  departement: z.string().min(2),
  codesPostaux: z.array(z.string().regex(/^[0-9]{5}$/)),
  population: z.number().int().nonnegative(),
});

const rawEpciSchema = z.object({
  code: z.string().regex(/^[0-9]{9}$/),
  nom: z.string().min(1),
  type: z.string(),
  membres: z.array(z.object({ code: z.string() })),
});

type LooseRecord = Readonly<Record<string, unknown>>;

export interface LoadOfficialTerritoryOptions {
  readonly regionCode?: string;
  /** The package's data/ folder; resolved from node_modules unless a bundler hides it. */
  readonly dataDirectory?: string;
}

/**
 * Reads the communes and EPCIs of one region from the pinned official data package.
 * The package's own entry point resolves its files against the working directory, so the JSON
 * files are read directly.
 */
export function loadOfficialTerritory(
  options: LoadOfficialTerritoryOptions = {},
): OfficialTerritory {
  const regionCode = options.regionCode ?? HAUTS_DE_FRANCE_REGION_CODE;
  const dataDirectory =
    options.dataDirectory ?? join(dirname(require.resolve(`${PACKAGE_NAME}/package.json`)), 'data');
  const packageJson = readJson(join(dataDirectory, '..', 'package.json'));
  const version = z.object({ version: z.string() }).parse(packageJson).version;

  const communeRecords = readRecords(join(dataDirectory, 'communes.json'));
  // Communes déléguées and associées reuse the INSEE code of their parent and carry no
  // population or postcodes: only current communes make up the territory.
  const regionCommuneRecords = communeRecords.filter(
    (record) => record.region === regionCode && record.type === 'commune-actuelle',
  );
  const rawCommunes = regionCommuneRecords.map((record) => rawCommuneSchema.parse(record));
  const regionInseeCodes = new Set(rawCommunes.map((commune) => commune.code));

  const epciRecords = readRecords(join(dataDirectory, 'epci.json'));
  const epcis: OfficialEpci[] = [];
  const epciOfCommune = new Map<string, string>();
  for (const record of epciRecords) {
    if (!hasMemberIn(record, regionInseeCodes)) {
      continue;
    }
    const raw = rawEpciSchema.parse(record);
    const memberInseeCodes = raw.membres
      .map((member) => member.code)
      .filter((code) => regionInseeCodes.has(code));
    for (const inseeCode of memberInseeCodes) {
      const previous = epciOfCommune.get(inseeCode);
      if (previous !== undefined) {
        throw new Error(
          `${PACKAGE_NAME} ${version}: commune ${inseeCode} belongs to EPCIs ${previous} and ${raw.code}`,
        );
      }
      epciOfCommune.set(inseeCode, raw.code);
    }
    epcis.push({
      siren: raw.code,
      name: raw.nom,
      type: raw.type,
      memberInseeCodes,
      outOfRegionMemberCount: raw.membres.length - memberInseeCodes.length,
    });
  }

  const communes: OfficialCommune[] = rawCommunes.map((raw) => {
    const epciSiren = epciOfCommune.get(raw.code);
    if (epciSiren === undefined) {
      throw new Error(
        `${PACKAGE_NAME} ${version}: commune ${raw.code} ${raw.nom} belongs to no EPCI`,
      );
    }
    return {
      inseeCode: raw.code,
      name: raw.nom,
      departmentCode: raw.departement,
      postcodes: [...new Set(raw.codesPostaux)].sort(),
      population: raw.population,
      epciSiren,
    };
  });

  return { source: `${PACKAGE_NAME} ${version}`, regionCode, communes, epcis };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function hasMemberIn(epciRecord: LooseRecord, inseeCodes: ReadonlySet<string>): boolean {
  const members: unknown = epciRecord.membres;
  return (
    Array.isArray(members) &&
    members.some(
      (member: unknown) =>
        typeof member === 'object' &&
        member !== null &&
        'code' in member &&
        typeof member.code === 'string' &&
        inseeCodes.has(member.code),
    )
  );
}

function readRecords(path: string): LooseRecord[] {
  const json = readJson(path);
  if (!Array.isArray(json)) {
    throw new Error(`${path}: expected an array of records`);
  }
  return json.filter((item): item is LooseRecord => typeof item === 'object' && item !== null);
}
