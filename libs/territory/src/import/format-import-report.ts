import { TerritoryImportReport } from './import-territory';

// A first import lists 3,782 communes: enough detail to recognise a change, not a dump.
const DETAIL_LIMIT = 15;

/** The operator's view of an import, in French, one line each. */
export function formatImportReport(report: TerritoryImportReport): string[] {
  const { official, holders, perimeter, counts } = report;
  const lines: string[] = [];
  const totals =
    `${counts.communes} communes, ${counts.postcodes} codes postaux, ${counts.epcis} EPCI, ` +
    `${counts.activeHolders} détenteurs de périmètre (antennes et siège), ${counts.population} habitants`;
  if (!report.changed) {
    lines.push(
      `Aucun changement : la base contient déjà ${official.vintage} et le périmètre ` +
        `de config/antennas.json (version ${perimeter.versionId}).`,
      `En base : ${totals}.`,
    );
    return lines;
  }
  if (official.previousVintage === null) {
    lines.push(
      `Premier import : ${official.vintage} et config/antennas.json, ` +
        `version ${perimeter.versionId} du périmètre.`,
      `En base : ${totals}.`,
    );
    return lines;
  }
  lines.push(
    official.previousVintage === official.vintage
      ? `Millésime inchangé : ${official.vintage}.`
      : `Millésime : ${official.previousVintage} → ${official.vintage}.`,
  );
  section(lines, 'Communes ajoutées', official.communesAdded, (c) => `${c.code} ${c.name}`);
  section(
    lines,
    'Communes supprimées (fusion ou suppression)',
    official.communesRemoved,
    (c) => `${c.code} ${c.name}`,
  );
  section(
    lines,
    'Communes renommées',
    official.communesRenamed,
    (r) => `${r.code} ${r.from} → ${r.to}`,
  );
  section(
    lines,
    "Communes changeant d'EPCI",
    official.membershipChanges,
    (m) => `${m.inseeCode} ${m.name} : ${m.fromEpci} → ${m.toEpci}`,
  );
  section(
    lines,
    'Codes postaux modifiés',
    official.postcodeChanges,
    (p) => `${p.inseeCode} ${p.name} : +[${p.added.join(', ')}] -[${p.removed.join(', ')}]`,
  );
  if (official.populationChanges > 0) {
    lines.push(`Populations mises à jour : ${official.populationChanges} commune(s).`);
  }
  section(lines, 'EPCI ajoutés', official.epcisAdded, (e) => `${e.code} ${e.name}`);
  section(lines, 'EPCI supprimés', official.epcisRemoved, (e) => `${e.code} ${e.name}`);
  section(lines, 'EPCI renommés', official.epcisRenamed, (r) => `${r.code} ${r.from} → ${r.to}`);
  section(lines, 'Antennes ajoutées', holders.added, (id) => id);
  section(lines, 'Antennes modifiées', holders.updated, (id) => id);
  section(lines, 'Antennes retirées du fichier', holders.deactivated, (id) => id);
  if (perimeter.created) {
    lines.push(`Nouvelle version de périmètre : ${perimeter.versionId}.`);
    section(
      lines,
      'EPCI réaffectés',
      perimeter.changes,
      (c) => `${c.epciSiren} : ${c.from ?? '—'} → ${c.to ?? '—'}`,
    );
  } else {
    lines.push(`Périmètre inchangé (version ${perimeter.versionId}).`);
  }
  lines.push(`En base : ${totals}.`);
  return lines;
}

function section<T>(
  lines: string[],
  title: string,
  items: readonly T[],
  show: (item: T) => string,
): void {
  if (items.length === 0) {
    return;
  }
  lines.push(`${title} : ${items.length}`);
  for (const item of items.slice(0, DETAIL_LIMIT)) {
    lines.push(`  ${show(item)}`);
  }
  if (items.length > DETAIL_LIMIT) {
    lines.push(`  … et ${items.length - DETAIL_LIMIT} de plus`);
  }
}
