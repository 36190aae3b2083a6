import { PerimeterProblem } from '../perimeter/perimeter-problem';
import { CurrentTerritory } from '../territory-index/load-current-territory';
import { TerritoryIndex } from '../territory-index/territory-index';

export interface TerritoryCheckResult {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/** What `territory:check` prints: the source, then every gap and overlap, or a short summary. */
export function checkTerritory(current: CurrentTerritory): TerritoryCheckResult {
  const index = TerritoryIndex.build(current.official, current.antennaFile, { mode: 'report' });
  const report = index.coverageReport();
  const lines = [sourceLine(current)];
  // Gaps and overlaps are listed commune by commune below; the other problems are not.
  const otherProblems: PerimeterProblem[] = [
    ...current.unknownHolders,
    ...report.problems.filter((problem) => problem.kind !== 'commune-uncovered'),
  ];
  const regionPopulation = index.communes().reduce((sum, commune) => sum + commune.population, 0);
  const heldPopulation = index.antennas().reduce((sum, holder) => sum + holder.population, 0);
  const ok =
    report.gaps.length === 0 &&
    report.overlaps.length === 0 &&
    otherProblems.length === 0 &&
    heldPopulation === regionPopulation;

  if (report.gaps.length > 0) {
    lines.push(
      `Lacunes : ${report.gaps.length} commune(s) couvertes par aucune antenne ni le siège`,
    );
    lines.push(
      ...report.gaps.map((gap) => `  ${gap.inseeCode} ${gap.name} (EPCI ${gap.epciSiren})`),
    );
  }
  if (report.overlaps.length > 0) {
    lines.push(`Chevauchements : ${report.overlaps.length} commune(s) couvertes plusieurs fois`);
    lines.push(
      ...report.overlaps.map(
        (overlap) =>
          `  ${overlap.inseeCode} ${overlap.name} (EPCI ${overlap.epciSiren}) : ${overlap.antennaIds.join(', ')}`,
      ),
    );
  }
  if (otherProblems.length > 0) {
    lines.push(`Autres problèmes : ${otherProblems.length}`);
    lines.push(...otherProblems.map((problem) => `  ${problem.message}`));
  }
  if (!ok) {
    return { ok, lines };
  }
  const antennas = index.antennas().filter((holder) => holder.kind === 'antenna');
  lines.push(
    `OK : ${index.communes().length} communes, chacune couverte exactement une fois ` +
      `(${index.postcodes().length} codes postaux).`,
    `${antennas.length} antennes et le siège (${index.headquartersId}) ; ` +
      `population couverte ${heldPopulation} = population de la région ${regionPopulation}.`,
  );
  return { ok, lines };
}

function sourceLine(current: CurrentTerritory): string {
  if (current.origin.kind === 'antenna-file') {
    return (
      `Périmètre lu dans ${current.origin.path} (territoire non importé en base), ` +
      `données ${current.official.source}.`
    );
  }
  const { version } = current.origin;
  return (
    `Périmètre en base : version ${version.id}, en vigueur depuis ` +
    `${version.effectiveFrom.toISOString()} (${version.reason}), données ${current.official.source}.`
  );
}
