import {
  loadAntennaFile,
  loadOfficialTerritory,
  parsePostcode,
  TerritoryIndex,
} from '@gru/territory';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { startBenchApi } from './bench-api';
import type { Benchmark } from './benchmark';
import { LoadResult, measureGets } from './http-load';

const IN_PROCESS_LOOKUPS = 2_000_000;
const ROUNDS = 5;
const HTTP_REQUESTS = 2000;
const HTTP_WARM_UP = 500;
const HTTP_ROUNDS = 2;
const CONCURRENCY = 16;

interface InProcessResult {
  readonly postcodes: number;
  readonly lookupsPerSecond: number;
  readonly parsedLookupsPerSecond: number;
}

/** Median of `ROUNDS` timed loops over every postcode of the region, in order, round after round. */
function measureInProcess(): InProcessResult {
  const index = TerritoryIndex.build(
    loadOfficialTerritory(),
    loadAntennaFile(resolve(__dirname, '../config/antennas.json')),
  );
  const postcodes = index.postcodes();
  let sink = 0;
  const rate = (lookup: (postcode: string) => number) => {
    const rates: number[] = [];
    for (let round = 0; round <= ROUNDS; round += 1) {
      const startedAt = performance.now();
      for (let i = 0; i < IN_PROCESS_LOOKUPS; i += 1) {
        sink += lookup(postcodes[i % postcodes.length]);
      }
      // Round 0 warms the JIT up and is not counted.
      if (round > 0) {
        rates.push(IN_PROCESS_LOOKUPS / ((performance.now() - startedAt) / 1000));
      }
    }
    return rates.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
  };
  const lookupsPerSecond = rate((postcode) => index.resolvePostcode(postcode).antennaIds.length);
  // What TerritoryService.resolvePostcode does: validate the raw input, then look up.
  const parsedLookupsPerSecond = rate(
    (postcode) => index.resolvePostcode(parsePostcode(postcode)).antennaIds.length,
  );
  if (sink === 0) {
    throw new Error('no lookup found an antenna');
  }
  return { postcodes: postcodes.length, lookupsPerSecond, parsedLookupsPerSecond };
}

const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => value.toFixed(2);

function row(round: number, route: string, result: LoadResult): string {
  return (
    `| ${round} | ${route} | ${result.requests} | ${result.concurrency} | ${ms(result.p50Ms)} | ` +
    `${ms(result.p99Ms)} | ${thousands(result.requestsPerSecond)} | ${result.failures} |`
  );
}

const territoryBenchmark: Benchmark = {
  title: 'Territory: postcode resolution',
  async run(log) {
    log('in-process lookups…');
    const inProcess = measureInProcess();
    log(`${thousands(inProcess.lookupsPerSecond)} lookups/s`);
    log('booting the API on a throwaway database…');
    const api = await startBenchApi();
    try {
      const postcodes = TerritoryIndex.build(
        loadOfficialTerritory(),
        loadAntennaFile(resolve(__dirname, '../config/antennas.json')),
      ).postcodes();
      const headers = { authorization: `Bearer ${api.token}` };
      const me = () => `${api.baseUrl}/api/auth/me`;
      const postcode = (request: number) =>
        `${api.baseUrl}/api/territory/postcodes/${postcodes[request % postcodes.length]}`;
      await measureGets(me, headers, HTTP_WARM_UP, CONCURRENCY);
      await measureGets(postcode, headers, HTTP_WARM_UP, CONCURRENCY);
      // Alternating rounds, so that neither route alone benefits from a warmer process.
      const rows: string[] = [];
      let lastTerritoryP50 = Number.NaN;
      for (let round = 1; round <= HTTP_ROUNDS; round += 1) {
        log(`round ${round}: GET /api/auth/me then GET /api/territory/postcodes/:postcode…`);
        const baseline = await measureGets(me, headers, HTTP_REQUESTS, CONCURRENCY);
        const territory = await measureGets(postcode, headers, HTTP_REQUESTS, CONCURRENCY);
        log(
          `auth/me ${thousands(baseline.requestsPerSecond)} req/s, ` +
            `postcodes ${thousands(territory.requestsPerSecond)} req/s`,
        );
        lastTerritoryP50 = territory.p50Ms;
        rows.push(
          row(round, '`GET /api/auth/me` (baseline)', baseline),
          row(round, '`GET /api/territory/postcodes/:postcode`', territory),
        );
      }
      return [
        '### In process (`TerritoryIndex.resolvePostcode`, no I/O)',
        '',
        `Every one of the region's ${inProcess.postcodes} postcodes in turn, ${thousands(IN_PROCESS_LOOKUPS)} ` +
          `lookups per round, median of ${ROUNDS} rounds after one warm-up round.`,
        '',
        '| Lookup | Lookups/s |',
        '|---|---|',
        `| \`resolvePostcode\` | ${thousands(inProcess.lookupsPerSecond)} |`,
        `| \`parsePostcode\` + \`resolvePostcode\` (as \`TerritoryService\`) | ${thousands(inProcess.parsedLookupsPerSecond)} |`,
        '',
        '### Over HTTP (the API app in the same process, 127.0.0.1)',
        '',
        `Bearer-authenticated GETs, ${HTTP_WARM_UP} warm-up requests per route first, then ` +
          `${HTTP_ROUNDS} rounds alternating the routes; the postcode route cycles through every ` +
          'postcode of the region. The baseline is ' +
          'the most trivial authenticated route (token check, no I/O), measured in the same run. ' +
          'The client shares the CPU with the server. Request logging off.',
        '',
        `A lookup costs ${(1e6 / inProcess.parsedLookupsPerSecond).toFixed(3)} µs of the ` +
          `${ms(lastTerritoryP50)} ms p50 of the last postcode round: the route's cost is the ` +
          "framework's (auth guard, pipes, interceptors, JSON), as the baseline shows.",
        '',
        '| Round | Route | Requests | Concurrency | p50 (ms) | p99 (ms) | Requests/s | Non-200 |',
        '|---|---|---|---|---|---|---|---|',
        ...rows,
      ].join('\n');
    } finally {
      await api.close();
    }
  },
};

export default territoryBenchmark;
