import { AntennaFile } from '../antennas/antenna.types';
import { OfficialTerritory } from '../official-data/official-territory.types';
import { computePerimeterCoverage, PerimeterCoverage } from './perimeter-coverage';
import { PerimeterProblem } from './perimeter-problem';
import { PerimeterValidationError } from './perimeter-validation-error.exception';

/** Every problem at once, so that one fix-and-restart cycle is enough. */
export function findPerimeterProblems(
  official: OfficialTerritory,
  file: AntennaFile,
  coverage: PerimeterCoverage = computePerimeterCoverage(official, file),
): PerimeterProblem[] {
  const problems: PerimeterProblem[] = [];
  const epciNames = new Map(official.epcis.map((epci) => [epci.siren, epci.name]));

  for (const { siren, holderId } of coverage.unknownAssignments) {
    problems.push({
      kind: 'unknown-epci',
      siren,
      holderId,
      message:
        `Unknown EPCI SIREN ${siren} in the perimeter of "${holderId}": no EPCI with a commune ` +
        `in region ${official.regionCode} has this SIREN in ${official.source}`,
    });
  }

  for (const [siren, holderIds] of coverage.holderIdsByEpci) {
    if (holderIds.length > 1) {
      const epciName = epciNames.get(siren) ?? '?';
      problems.push({
        kind: 'epci-assigned-twice',
        siren,
        epciName,
        holderIds,
        message: `EPCI ${siren} (${epciName}) is assigned more than once: ${holderIds.map((id) => `"${id}"`).join(', ')}`,
      });
    }
  }

  for (const commune of official.communes) {
    if ((coverage.holderIdsByCommune.get(commune.inseeCode) ?? []).length === 0) {
      const epciName = epciNames.get(commune.epciSiren) ?? '?';
      problems.push({
        kind: 'commune-uncovered',
        inseeCode: commune.inseeCode,
        communeName: commune.name,
        epciSiren: commune.epciSiren,
        epciName,
        message:
          `Commune ${commune.inseeCode} ${commune.name} (EPCI ${commune.epciSiren} ${epciName}) ` +
          `is covered by no antenna and not by the headquarters`,
      });
    }
  }
  return problems;
}

export function assertValidPerimeters(official: OfficialTerritory, file: AntennaFile): void {
  const problems = findPerimeterProblems(official, file);
  if (problems.length > 0) {
    throw new PerimeterValidationError(problems);
  }
}
