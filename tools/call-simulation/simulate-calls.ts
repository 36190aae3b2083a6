import { loadConfigOrExit } from '@gru/config';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRoutingRules } from '@gru/call-routing';
import { loadSimulationTerritory, simulateCalls } from './call-simulation';
import { writeSimulationDocs } from './simulation-docs';
import { reportJson, reportTable } from './simulation-report';
import { DEFAULT_SETTINGS, SimulationSettings } from './simulation-settings';

const USAGE = `npm run simulate:calls -- [--scenario normal|peak] [--seed N] [--json] [--scale X] [--rules path/to/rules.json]
                              [--handling-mean S] [--patience-mean S] [--callback-acceptance P] [--write-docs]
  Replays a working day of calls through the routing code and Redis under three policies.
  --write-docs runs the normal and the peak day and rewrites the "Call routing simulation" section of docs/benchmarks.md.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'normal' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      scale: { type: 'string' },
      rules: { type: 'string' },
      'handling-mean': { type: 'string' },
      'patience-mean': { type: 'string' },
      'callback-acceptance': { type: 'string' },
      'write-docs': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.scenario !== 'normal' && values.scenario !== 'peak')
    throw new Error(`--scenario must be normal or peak\n${USAGE}`);
  const number = (value: string | undefined, fallback: number, name: string) => {
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isFinite(parsed) || parsed < 0)
      throw new Error(`--${name} must be a non-negative number`);
    return parsed;
  };
  const config = loadConfigOrExit(['redis']);
  const rulesPath = values.rules
    ? resolve(values.rules)
    : resolve(config.configDirectory, 'call-routing.json');
  const settings: SimulationSettings = {
    ...DEFAULT_SETTINGS,
    scenario: values.scenario,
    seed: number(values.seed, DEFAULT_SETTINGS.seed, 'seed'),
    scale: number(values.scale, DEFAULT_SETTINGS.scale, 'scale'),
    handlingMeanSeconds: number(
      values['handling-mean'],
      DEFAULT_SETTINGS.handlingMeanSeconds,
      'handling-mean',
    ),
    patienceMeanSeconds: number(
      values['patience-mean'],
      DEFAULT_SETTINGS.patienceMeanSeconds,
      'patience-mean',
    ),
    callbackAcceptance: number(
      values['callback-acceptance'],
      DEFAULT_SETTINGS.callbackAcceptance,
      'callback-acceptance',
    ),
  };
  const input = {
    rules: loadRoutingRules(rulesPath),
    configDirectory: config.configDirectory,
    redisUrl: config.redis.url,
    keyPrefix: config.redis.keyPrefix,
    territory: loadSimulationTerritory(config.configDirectory),
  };

  if (values['write-docs']) {
    const root = resolve(__dirname, '../..');
    const docs = resolve(root, 'docs/benchmarks.md');
    const log = (line: string) => process.stdout.write(`${line}\n`);
    await writeSimulationDocs({ ...input, settings }, relative(root, rulesPath), docs, log);
    log(`written to ${docs} (section "Call routing simulation")`);
    return;
  }
  const report = await simulateCalls({ ...input, settings });
  process.stdout.write(values.json ? `${reportJson(report)}\n` : `${reportTable(report)}\n`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`Simulation failed: ${error.message}\n`);
    process.exit(1);
  },
);
