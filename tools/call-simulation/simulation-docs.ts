import { availableParallelism, cpus } from 'node:os';
import type { RoutingRules, RoutingStep } from '@gru/call-routing';
import { SimulationInput, SimulationReport, simulateCalls } from './call-simulation';
import { reportMarkdown, reportTable, writeDocsSection } from './simulation-report';

type Log = (line: string) => void;

const intro = (rulesFile: string) => `## Call routing simulation

- Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${availableParallelism()} CPU (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node.js ${process.version}; Redis on 127.0.0.1
- Reproduce: \`npm run simulate:calls -- --write-docs\` (one day: \`npm run simulate:calls -- --scenario peak --json\`); territorial rules: \`${rulesFile}\`
- Model: Poisson arrivals 08:30–17:30 (1,000 contacts a day × 60 % phone; peak day ×3), caller's commune drawn in proportion to its population (official data) → antenna, 2 % unplaced (mobile team's route); handling lognormal mean 6 min; patience exponential mean 3 min; callback offered at 2 min and taken by half of those offered; 4 s ringing; wrap-up and offer timeout from the rules. Staff: information and public-relations officers of each antenna (21; Montdidier, Château-Thierry and Grandvilliers have none) and the mobile team (7). After closing time agents answer whoever still waits, then sign off. Every decision is \`decideMatches\` and every state change a Lua script in Redis, on a simulated clock.
- Columns: service level = answered within 20 s / offered; ASA = average speed of answer (ringing included); own antenna = answered by the caller's antenna (the mobile team for the Lille area and unplaced callers); overflow = calls that left their first pool; Jain = Jain's fairness index of the antennas' handled calls per staffed hour (1 = even; mobile team excluded, it balances); lost = calls neither answered, abandoned nor turned into a callback (checked against Redis).`;

const describeSteps = (route: readonly RoutingStep[]) =>
  route
    .map((step) =>
      `${step.pool} ${step.timeoutSeconds === null ? '' : `${step.timeoutSeconds} s`}${step.skipWhenNobodyAvailable ? ' (skipped when all busy)' : ''}`.trim(),
    )
    .join(' → ');

/** The acceptance of issue 5, as a yes/no per day. */
function accepted(report: SimulationReport): boolean {
  const { territorial, 'antenna-only': antennaOnly, 'regional-pool': regional } = report.policies;
  return (
    territorial.lost === 0 &&
    territorial.serviceLevel >= antennaOnly.serviceLevel &&
    territorial.serviceLevel >= regional.serviceLevel - 0.05 &&
    territorial.ownAntennaShare >= 2 * regional.ownAntennaShare
  );
}

/** Other settings of the same steps, run on the same days, to show why the defaults are what they are. */
function tuningVariants(rules: RoutingRules): [string, RoutingRules][] {
  const withSteps = (own: number, skip: boolean, paired: number, mobile: number): RoutingRules => ({
    ...rules,
    routes: {
      antenna: [
        { pool: 'own-antenna', timeoutSeconds: own, skipWhenNobodyAvailable: skip },
        {
          pool: 'paired-antennas-and-mobile-team',
          timeoutSeconds: paired,
          skipWhenNobodyAvailable: false,
        },
        { pool: 'region', timeoutSeconds: null, skipWhenNobodyAvailable: false },
      ],
      mobileTeamArea: [
        { pool: 'mobile-team', timeoutSeconds: mobile, skipWhenNobodyAvailable: false },
        { pool: 'region', timeoutSeconds: null, skipWhenNobodyAvailable: false },
      ],
    },
  });
  return [
    ['issue example: 30 s own, 60 s paired, waiting when busy', withSteps(30, false, 60, 60)],
    ['10 s own, 10 s paired, waiting when busy', withSteps(10, false, 10, 10)],
    ['busy antenna skipped, 30 s paired', withSteps(20, true, 30, 30)],
  ];
}

/** Runs the normal and the peak day, then the tuning variants, and rewrites the docs section. */
export async function writeSimulationDocs(
  input: SimulationInput,
  rulesFile: string,
  docsPath: string,
  log: Log,
): Promise<void> {
  const days = ['normal', 'peak'] as const;
  const reports: SimulationReport[] = [];
  for (const scenario of days) {
    const report = await simulateCalls({ ...input, settings: { ...input.settings, scenario } });
    log(`${reportTable(report)}\n`);
    reports.push(report);
  }
  const rows = [
    '| territorial rules | day | service level (antenna-only / regional / territorial) | own antenna (regional / territorial) | ASA (s) | abandoned | Jain | acceptance |',
    '|---|---|---|---|---:|---:|---:|---|',
  ];
  const variants: [string, SimulationReport[]][] = [
    ['**chosen (config/call-routing.json)**', reports],
  ];
  for (const [name, rules] of tuningVariants(input.rules)) {
    const runs: SimulationReport[] = [];
    for (const scenario of days)
      runs.push(
        await simulateCalls({ ...input, rules, settings: { ...input.settings, scenario } }),
      );
    log(`variant "${name}" done`);
    variants.push([name, runs]);
  }
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  for (const [name, runs] of variants) {
    for (const report of runs) {
      const { territorial: t, 'antenna-only': a, 'regional-pool': r } = report.policies;
      rows.push(
        `| ${name} | ${report.scenario} | ${pct(a.serviceLevel)} / ${pct(r.serviceLevel)} / ${pct(t.serviceLevel)} | ${pct(r.ownAntennaShare)} / ${pct(t.ownAntennaShare)} | ${t.averageSpeedOfAnswerSeconds.toFixed(1)} | ${t.abandoned} | ${t.jainIndex.toFixed(3)} | ${accepted(report) ? 'met' : 'not met'} |`,
      );
    }
  }
  const chosen = `Territorial rules chosen: antenna calls ${describeSteps(input.rules.routes.antenna)}; Lille area and unplaced callers ${describeSteps(input.rules.routes.mobileTeamArea)}; offer timeout ${input.rules.offerTimeoutSeconds} s, wrap-up ${input.rules.wrapUpSeconds} s.`;
  const tuning = [
    '### Tuning the timeouts',
    '',
    "Acceptance (issue 5): no call lost; territorial service level ≥ antenna-only and within 5 points of the regional pool; own-antenna share far above the regional pool (here: at least twice). With 4 s of ringing, a call must reach a pool with free agents within about 16 s to be answered within 20 s, so any wait longer than that at a busy antenna costs service level, and on the peak day it also delays the older overflow calls that go before local ones. Skipping a busy antenna at once and opening the region after 10 s keeps the service level of the regional pool while the caller's own antenna still answers whenever one of its agents is free.",
    '',
    ...rows,
  ].join('\n');
  writeDocsSection(
    docsPath,
    [intro(rulesFile), chosen, ...reports.map(reportMarkdown), tuning].join('\n\n'),
  );
}
