import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SimulationReport } from './call-simulation';
import type { PolicyMetrics } from './policy-metrics';
import { POLICY_NAMES } from './simulation-policies';

const COLUMNS = [
  'policy',
  'offered',
  'answered',
  '≤ 20 s',
  'service level',
  'ASA (s)',
  'longest wait (s)',
  'abandoned',
  'callbacks',
  'lost',
  'own antenna',
  'overflow',
  'Jain',
];

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function row(name: string, m: PolicyMetrics): string[] {
  return [
    name,
    m.offered,
    m.answered,
    m.answeredWithin20s,
    percent(m.serviceLevel),
    m.averageSpeedOfAnswerSeconds.toFixed(1),
    m.longestWaitSeconds,
    m.abandoned,
    m.callbacks,
    m.lost,
    percent(m.ownAntennaShare),
    percent(m.overflowRate),
    m.jainIndex.toFixed(3),
  ].map(String);
}

/** The JSON of `--json`: `{ scenario, policies: { antenna-only, regional-pool, territorial } }` plus context. */
export function reportJson(report: SimulationReport): string {
  return JSON.stringify(report, null, 2);
}

export function reportTable(report: SimulationReport): string {
  const rows = [COLUMNS, ...POLICY_NAMES.map((name) => row(name, report.policies[name]))];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  const lines = rows.map((cells) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  '),
  );
  return [
    `Scenario ${report.scenario} (seed ${report.seed}): ${report.calls} calls, ${report.agents} phone agents, ${report.durationSeconds} s`,
    ...lines,
  ].join('\n');
}

export function reportMarkdown(report: SimulationReport): string {
  const header = `| ${COLUMNS.join(' | ')} |\n|${COLUMNS.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`;
  const body = POLICY_NAMES.map(
    (name) => `| ${row(name, report.policies[name]).join(' | ')} |`,
  ).join('\n');
  const groups = Object.keys(report.policies.territorial.perAntenna);
  const perGroup = [
    `| antenna | calls of its territory | staffed h | ${POLICY_NAMES.map((name) => `${name}: handled/h`).join(' | ')} |`,
    `|---|---:|---:|${POLICY_NAMES.map(() => '---:').join('|')}|`,
    ...groups.map((group) => {
      const territorial = report.policies.territorial.perAntenna[group];
      const rates = POLICY_NAMES.map(
        (name) => report.policies[name].perAntenna[group]?.handledPerStaffedHour?.toFixed(2) ?? '–',
      );
      return `| ${group} | ${territorial.offered} | ${territorial.staffedHours.toFixed(1)} | ${rates.join(' | ')} |`;
    }),
  ].join('\n');
  return [
    `### ${report.scenario === 'peak' ? 'Peak day (×3)' : 'Normal day'}: ${report.calls} calls, ${report.agents} phone agents (seed ${report.seed}, ${report.durationSeconds} s)`,
    '',
    header,
    body,
    '',
    '<details><summary>Handled calls per staffed hour, per antenna</summary>',
    '',
    perGroup,
    '',
    '</details>',
  ].join('\n');
}

/**
 * Rewrites only this simulation's section of docs/benchmarks.md (between its markers, appended
 * the first time); the file is read just before writing because other sections change meanwhile.
 */
export function writeDocsSection(path: string, content: string): void {
  const start = '<!-- simulate:calls:start -->';
  const end = '<!-- simulate:calls:end -->';
  const block = `${start}\n${content.trim()}\n${end}`;
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`
      : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
}
