import {
  realAntennaFile,
  realOfficialTerritory,
  withEpcis,
} from '../testing/real-territory.fixture';
import { PerimeterValidationError } from './perimeter-validation-error.exception';
import { assertValidPerimeters, findPerimeterProblems } from './validate-perimeters';

const MEL = '200093201';
const CA_AMIENS = '248000531';

function validationErrorOf(run: () => void): PerimeterValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof PerimeterValidationError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a PerimeterValidationError');
}

describe('perimeter validation', () => {
  const official = realOfficialTerritory();
  const file = realAntennaFile();

  it('accepts the real antenna file: every EPCI of the region assigned exactly once', () => {
    expect(findPerimeterProblems(official, file)).toEqual([]);
    expect(() => assertValidPerimeters(official, file)).not.toThrow();
  });

  it('names an EPCI assigned twice and both holders, across antennas and the headquarters', () => {
    const doctored = withEpcis(file, 'arras', (sirens) => [...sirens, MEL]);
    const error = validationErrorOf(() => assertValidPerimeters(official, doctored));
    expect(error.problems).toEqual([
      expect.objectContaining({
        kind: 'epci-assigned-twice',
        siren: MEL,
        holderIds: ['arras', 'siege-lille'],
      }),
    ]);
    expect(error.message).toContain(
      `- EPCI ${MEL} (Métropole Européenne de Lille) is assigned more than once: "arras", "siege-lille"`,
    );
  });

  it('names an unknown SIREN and the antenna that lists it', () => {
    const doctored = withEpcis(file, 'laon', (sirens) => [...sirens, '999999999']);
    const error = validationErrorOf(() => assertValidPerimeters(official, doctored));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.message).toBe(
      'Unknown EPCI SIREN 999999999 in the perimeter of "laon": no EPCI with a commune in region 32 ' +
        'has this SIREN in @etalab/decoupage-administratif 6.0.0',
    );
  });

  it('treats an EPCI of another region as unknown', () => {
    const faucignyGlieres = '200000172';
    const doctored = withEpcis(file, 'frevent', (sirens) => [...sirens, faucignyGlieres]);
    expect(findPerimeterProblems(official, doctored)).toEqual([
      expect.objectContaining({
        kind: 'unknown-epci',
        siren: faucignyGlieres,
        holderId: 'frevent',
      }),
    ]);
  });

  it('lists every commune left uncovered when an EPCI is dropped, one line each', () => {
    const doctored = withEpcis(file, 'amiens', (sirens) =>
      sirens.filter((siren) => siren !== CA_AMIENS),
    );
    const problems = findPerimeterProblems(official, doctored);
    const amiensMembers =
      official.epcis.find((epci) => epci.siren === CA_AMIENS)?.memberInseeCodes ?? [];
    expect(problems).toHaveLength(amiensMembers.length);
    expect(problems.every((problem) => problem.kind === 'commune-uncovered')).toBe(true);
    expect(problems.map((problem) => problem.message)).toContain(
      `Commune 80021 Amiens (EPCI ${CA_AMIENS} CA Amiens Métropole) is covered by no antenna and not by the headquarters`,
    );
  });

  it('reports every kind of problem in a single error', () => {
    let doctored = withEpcis(file, 'amiens', (sirens) =>
      sirens.filter((siren) => siren !== CA_AMIENS),
    );
    doctored = withEpcis(doctored, 'siege-lille', (sirens) => [
      ...sirens,
      '123456789',
      '246200364',
    ]);
    const error = validationErrorOf(() => assertValidPerimeters(official, doctored));
    const kinds = new Set(error.problems.map((problem) => problem.kind));
    expect(kinds).toEqual(new Set(['unknown-epci', 'epci-assigned-twice', 'commune-uncovered']));
    expect(error.message.split('\n')).toHaveLength(error.problems.length + 1);
    expect(error.code).toBe('invalid-perimeter');
  });
});
