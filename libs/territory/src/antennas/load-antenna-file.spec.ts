import { readFileSync } from 'node:fs';
import { ANTENNA_FILE_PATH } from '../testing/real-territory.fixture';
import { InvalidAntennaFile } from './invalid-antenna-file.exception';
import { loadAntennaFile, parseAntennaFile } from './load-antenna-file';

type RawEntry = Record<string, unknown> & { id: string };
type RawFile = Record<string, unknown> & { antennas: RawEntry[]; sharedManagerGroups: string[][] };

function rawFile(): RawFile {
  return JSON.parse(readFileSync(ANTENNA_FILE_PATH, 'utf8')) as RawFile;
}

function entry(file: RawFile, id: string): RawEntry {
  const found = file.antennas.find((candidate) => candidate.id === id);
  if (!found) {
    throw new Error(`no entry ${id}`);
  }
  return found;
}

function problemsOf(json: unknown): readonly string[] {
  try {
    parseAntennaFile(json);
  } catch (error) {
    if (error instanceof InvalidAntennaFile) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected the antenna file to be refused');
}

describe('loadAntennaFile', () => {
  const file = loadAntennaFile(ANTENNA_FILE_PATH);

  it('reads the 19 antennas of the target organisation, the headquarters kept apart', () => {
    expect(file.antennas).toHaveLength(19);
    expect(file.antennas.every((antenna) => antenna.kind === 'antenna')).toBe(true);
    expect(file.antennas.map((antenna) => antenna.id)).not.toContain('siege-lille');
  });

  it('models the Lille head office as a headquarters covering the metropolis and Pévèle-Carembault', () => {
    expect(file.headquarters).toMatchObject({
      kind: 'headquarters',
      id: 'siege-lille',
      town: 'Lille',
      inseeTown: '59350',
      epciSirens: ['200093201', '200041960'],
    });
  });

  it('reads the mobile team, which has no perimeter and is not an antenna', () => {
    expect(file.mobileTeam).toMatchObject({ id: 'equipe-mobile', informationOfficers: 7 });
    expect(file.antennas.map((antenna) => antenna.id)).not.toContain('equipe-mobile');
  });

  it('reads the antennas that share a manager, pairs and one triple', () => {
    expect(file.sharedManagerGroups).toHaveLength(7);
    expect(file.sharedManagerGroups).toContainEqual([
      'clermont',
      'vallee-de-l-oise',
      'grandvilliers',
    ]);
    const clermont = file.antennas.find((antenna) => antenna.id === 'clermont');
    expect(clermont?.sharedManagerWith).toEqual(['vallee-de-l-oise', 'grandvilliers']);
    const abbeville = file.antennas.find((antenna) => antenna.id === 'abbeville');
    expect(abbeville?.sharedManagerWith).toEqual([]);
  });

  it('flags the two antennas whose seat town is an assumption', () => {
    const assumed = file.antennas
      .filter((antenna) => antenna.townAssumed)
      .map((antenna) => antenna.id);
    expect(assumed).toEqual(['vallee-de-l-oise', 'bassin-minier']);
  });

  it("adds up to the report's antenna staffing: 11 information, 10 public-relations, 17 administrative officers", () => {
    const total = (
      key: 'informationOfficers' | 'publicRelationsOfficers' | 'administrativeOfficers',
    ) => file.antennas.reduce((sum, antenna) => sum + antenna.staffing[key], 0);
    expect([
      total('informationOfficers'),
      total('publicRelationsOfficers'),
      total('administrativeOfficers'),
    ]).toEqual([11, 10, 17]);
  });

  it('refuses a file that cannot be read, naming the file', () => {
    expect(() => loadAntennaFile('/nonexistent/antennas.json')).toThrow(
      /Invalid antenna file \/nonexistent\/antennas.json/,
    );
  });

  it('refuses an antenna without staffing, naming the field', () => {
    const json = rawFile();
    delete entry(json, 'amiens').staffing;
    expect(problemsOf(json)).toEqual([
      expect.stringMatching(
        /^antennas\.0\.staffing: Invalid input: expected object, received undefined/,
      ),
    ]);
  });

  it('refuses a malformed SIREN and a misspelt field', () => {
    const json = rawFile();
    entry(json, 'laon').epci = ['24020057'];
    entry(json, 'arras').epcis = ['200033579'];
    const problems = problemsOf(json);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^antennas\.4\.epci\.0: expected a nine-digit SIREN/),
        expect.stringMatching(/^antennas\.11: Unrecognized key: "epcis"/),
      ]),
    );
  });

  it('refuses an id used twice and a file with two headquarters', () => {
    const json = rawFile();
    entry(json, 'frevent').id = 'arras';
    json.antennas.push({ ...entry(json, 'siege-lille'), id: 'siege-bis' });
    const problems = problemsOf(json);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('id "arras" is used twice'),
        expect.stringContaining('expected exactly one entry with status "headquarters", found 2'),
      ]),
    );
  });

  it('refuses shared-manager groups that disagree with what the antennas say', () => {
    const json = rawFile();
    json.sharedManagerGroups[0] = ['amiens', 'abbeville'];
    json.sharedManagerGroups.push(['siege-lille', 'hazebrouck']);
    const problems = problemsOf(json);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"siege-lille" is not an antenna id'),
        expect.stringContaining(
          '"amiens" lists [montdidier] but sharedManagerGroups give [abbeville]',
        ),
        expect.stringContaining('"abbeville" lists [] but sharedManagerGroups give [amiens]'),
        expect.stringContaining('"montdidier" lists [amiens] but sharedManagerGroups give []'),
      ]),
    );
  });
});
