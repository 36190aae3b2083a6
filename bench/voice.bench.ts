import {
  CallRoutingStore,
  loadRoutingRules,
  RoutingEngine,
  routingTopologyOf,
} from '@gru/call-routing';
import {
  loadAntennaFile,
  loadOfficialTerritory,
  loadTerritoryIndex,
  TerritoryIndex,
} from '@gru/territory';
import { deleteRedisKeys, REDIS_SERVER_URL } from '@gru/testing';
import { expectedTwilioSignature } from '@gru/voice';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Benchmark } from './benchmark';
import { LoadResult, measureGets } from './http-load';
import { startVoiceBenchApi, VOICE_PUBLIC_BASE_URL } from './voice-api';

const CONFIG_DIRECTORY = resolve(__dirname, '../config');
const HTTP_REQUESTS = 2000;
const HTTP_WARM_UP = 500;
const HTTP_ROUNDS = 2;
const CONCURRENCY = 16;
const AGENTS = 60;
const DISPATCH_WAITING = [10, 500];
const DISPATCH_WARM_UP = 20;
const DISPATCH_ROUNDS = 300;

/** A webhook ready to send: form body and X-Twilio-Signature computed before the clock starts. */
interface SignedPost {
  readonly path: string;
  readonly body: string;
  readonly signature: string;
  /** A substring the TwiML must contain (the error filter answers 200 with a fallback). */
  readonly expect: string;
}

interface Latencies {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Nearest rank on sorted values. */
function percentile(sorted: readonly number[], rank: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(rank * sorted.length) - 1)] ?? Number.NaN;
}

function latenciesOf(values: number[]): Latencies {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1],
  };
}

const newCallSid = () => `CA${randomBytes(16).toString('hex')}`;

function signed(
  authToken: string,
  path: string,
  fields: Record<string, string>,
  expect: string,
): SignedPost {
  const params = {
    AccountSid: 'AC00000000000000000000000000000000',
    ApiVersion: '2010-04-01',
    Direction: 'inbound',
    To: '+33800000000',
    CallStatus: 'in-progress',
    ...fields,
  };
  return {
    path,
    body: new URLSearchParams(params).toString(),
    signature: expectedTwilioSignature(authToken, `${VOICE_PUBLIC_BASE_URL}${path}`, params),
    expect,
  };
}

/** measureGets' closed loop for signed form POSTs; a failure is a non-200 or unexpected TwiML. */
async function measurePosts(
  baseUrl: string,
  posts: readonly SignedPost[],
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    for (let request = next++; request < posts.length; request = next++) {
      const post = posts[request];
      const startedAt = performance.now();
      const response = await fetch(`${baseUrl}${post.path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': post.signature,
        },
        body: post.body,
      });
      const text = await response.text();
      latencies.push(performance.now() - startedAt);
      if (response.status !== 200 || !text.includes(post.expect)) failures += 1;
    }
  };
  const startedAt = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - startedAt) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: posts.length,
    concurrency,
    failures,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    requestsPerSecond: posts.length / seconds,
  };
}

const thousands = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => value.toFixed(2);

function row(round: number | string, route: string, result: LoadResult): string {
  return (
    `| ${round} | ${route} | ${result.requests} | ${result.concurrency} | ${ms(result.p50Ms)} | ` +
    `${ms(result.p99Ms)} | ${thousands(result.requestsPerSecond)} | ${result.failures} |`
  );
}

interface HttpResult {
  readonly rows: string[];
  readonly postcodes: number;
  readonly ambiguous: number;
  readonly enqueuedExpected: number;
  readonly waitingAfter: number;
}

async function measureHttp(log: (line: string) => void): Promise<HttpResult> {
  const antennaFile = loadAntennaFile(resolve(CONFIG_DIRECTORY, 'antennas.json'));
  const index = TerritoryIndex.build(loadOfficialTerritory(), antennaFile);
  const postcodes = index.postcodes();
  // What /voice/postcode must answer for each postcode: the commune question or the antenna's queue.
  const expected = new Map(
    postcodes.map((postcode) => {
      const resolution = index.resolvePostcode(postcode);
      if (resolution.ambiguous) return [postcode, '<Gather'];
      const holder = resolution.antennaIds[0];
      return [
        postcode,
        holder === antennaFile.headquarters.id ? '>gru-equipe-mobile<' : `>gru-${holder}<`,
      ];
    }),
  );
  const ambiguous = [...expected.values()].filter((marker) => marker === '<Gather').length;
  log('booting the API on a throwaway database…');
  const api = await startVoiceBenchApi();
  try {
    const headers = { authorization: `Bearer ${api.token}` };
    const me = () => `${api.baseUrl}/api/auth/me`;
    let postcodeCursor = 0;
    let enqueuedExpected = 0;
    // Each call: /voice/incoming then /voice/postcode with the same, fresh CallSid, as Twilio does.
    const calls = (count: number) => {
      const sids = Array.from({ length: count }, newCallSid);
      const incoming = sids.map((CallSid, i) =>
        signed(
          api.twilioAuthToken,
          '/voice/incoming',
          {
            CallSid,
            From: `+336${String(10_000_000 + i * 7919).slice(-8)}`,
            CallStatus: 'ringing',
          },
          '<Gather',
        ),
      );
      const postcode = sids.map((CallSid) => {
        const Digits = postcodes[postcodeCursor++ % postcodes.length];
        const expect = expected.get(Digits) as string;
        if (expect !== '<Gather') enqueuedExpected += 1;
        return signed(
          api.twilioAuthToken,
          '/voice/postcode?attempt=1',
          { CallSid, Digits },
          expect,
        );
      });
      return { incoming, postcode };
    };
    const warmUp = calls(HTTP_WARM_UP);
    await measureGets(me, headers, HTTP_WARM_UP, CONCURRENCY);
    const warmIncoming = await measurePosts(api.baseUrl, warmUp.incoming, CONCURRENCY);
    const warmPostcode = await measurePosts(api.baseUrl, warmUp.postcode, CONCURRENCY);
    if (warmIncoming.failures + warmPostcode.failures > 0) {
      throw new Error(
        `warm-up webhooks failed (${warmIncoming.failures} incoming, ${warmPostcode.failures} postcode)`,
      );
    }
    const rows: string[] = [];
    for (let round = 1; round <= HTTP_ROUNDS; round += 1) {
      log(`round ${round}: GET /api/auth/me, POST /voice/incoming, POST /voice/postcode…`);
      const batch = calls(HTTP_REQUESTS);
      const baseline = await measureGets(me, headers, HTTP_REQUESTS, CONCURRENCY);
      const incoming = await measurePosts(api.baseUrl, batch.incoming, CONCURRENCY);
      const postcode = await measurePosts(api.baseUrl, batch.postcode, CONCURRENCY);
      log(
        `auth/me ${thousands(baseline.requestsPerSecond)} req/s, incoming ` +
          `${thousands(incoming.requestsPerSecond)} req/s, postcode ` +
          `${thousands(postcode.requestsPerSecond)} req/s`,
      );
      rows.push(
        row(round, '`GET /api/auth/me` (baseline)', baseline),
        row(round, '`POST /voice/incoming` (signed)', incoming),
        row(round, '`POST /voice/postcode?attempt=1` (signed)', postcode),
      );
    }
    const redis = new Redis(REDIS_SERVER_URL);
    const waitingAfter = await redis
      .zcard(`${api.redisPrefix}:call-routing:waiting`)
      .finally(() => redis.disconnect());
    return { rows, postcodes: postcodes.length, ambiguous, enqueuedExpected, waitingAfter };
  } finally {
    await api.close();
  }
}

interface DispatchFigures {
  readonly waiting: number;
  readonly idle: Latencies;
  readonly oneFree: Latencies;
  readonly oneFreeOffers: number;
  readonly callsRead: number;
  readonly waitingAfter: number;
}

interface DispatchResult {
  readonly antennas: number;
  readonly byWaiting: readonly DispatchFigures[];
}

/** One routing state on its own Redis prefix: agents all on break, `waiting` calls queued. */
async function dispatchState(redis: Redis, waiting: number) {
  const prefix = `gru_bench_${randomBytes(4).toString('hex')}_routing`;
  const territory = loadTerritoryIndex(resolve(CONFIG_DIRECTORY, 'antennas.json'));
  const plan = {
    rules: loadRoutingRules(CONFIG_DIRECTORY),
    topology: routingTopologyOf(territory),
  };
  const engine = new RoutingEngine(new CallRoutingStore(redis, prefix), plan);
  const antennaIds = [...plan.topology.antennaIds];
  const start = Date.now();
  // Agents spread over the antennas and the mobile team; staffed for the last hours, then on break.
  const agentIds: string[] = [];
  for (let i = 0; i < AGENTS; i += 1) {
    const antennaId = antennaIds[i % (antennaIds.length + 1)] ?? null;
    const userId = `bench-agent-${i}`;
    agentIds.push(userId);
    await engine.registerAgent(
      { userId, antennaId, mobileTeam: antennaId === null, phoneSkill: true },
      start - 3 * 3_600_000,
    );
    await engine.setPresence(userId, 'available', start - 3 * 3_600_000);
    await engine.setPresence(userId, 'break', start - 60_000);
  }
  // Calls of every antenna, the headquarters area and out of region, arrived over the last 10 min.
  const callTargets = [...antennaIds, territory.headquartersId, null];
  for (let i = 0; i < waiting; i += 1) {
    await engine.enqueue(
      {
        callSid: newCallSid(),
        antennaId: callTargets[i % callTargets.length],
        arrivedAt: start - Math.round(((waiting - i) * 600_000) / waiting),
      },
      Date.now(),
    );
  }
  return { prefix, engine, agentIds, antennas: antennaIds.length };
}

/**
 * The routing engine the dispatcher runs (`RoutingEngine.dispatch`: read the queue heads from
 * Redis, decide, claim atomically), on two states at once, 10 and 500 calls waiting (60 agents
 * each), rounds alternating between the two so both see the same machine.
 */
async function measureDispatch(log: (line: string) => void): Promise<DispatchResult> {
  const redis = new Redis(REDIS_SERVER_URL);
  const states: Awaited<ReturnType<typeof dispatchState>>[] = [];
  try {
    for (const waiting of DISPATCH_WAITING) states.push(await dispatchState(redis, waiting));
    const timed = async (work: () => unknown) => {
      const startedAt = performance.now();
      await work();
      return performance.now() - startedAt;
    };
    const idle = states.map(() => [] as number[]);
    const oneFree = states.map(() => [] as number[]);
    const offers = states.map(() => 0);
    log(`dispatch rounds, ${DISPATCH_WAITING.join(' and ')} waiting, no agent free…`);
    for (let round = 0; round < DISPATCH_WARM_UP + DISPATCH_ROUNDS; round += 1) {
      for (const [index, { engine }] of states.entries()) {
        const elapsed = await timed(() => engine.dispatch(Date.now()));
        if (round >= DISPATCH_WARM_UP) idle[index].push(elapsed);
      }
    }
    log(`dispatch rounds, ${DISPATCH_WAITING.join(' and ')} waiting, one agent just free…`);
    for (let round = 0; round < DISPATCH_WARM_UP + DISPATCH_ROUNDS; round += 1) {
      for (const [index, { engine, agentIds }] of states.entries()) {
        const agentId = agentIds[round % agentIds.length];
        await engine.setPresence(agentId, 'available', Date.now());
        let made = 0;
        const elapsed = await timed(async () => {
          made = (await engine.dispatch(Date.now())).offers.length;
        });
        // The agent goes on break while ringing: the call goes back with its original arrival.
        await engine.setPresence(agentId, 'break', Date.now());
        if (round >= DISPATCH_WARM_UP) {
          oneFree[index].push(elapsed);
          offers[index] += made;
        }
      }
    }
    const byWaiting: DispatchFigures[] = [];
    for (const [index, { engine, agentIds, prefix }] of states.entries()) {
      // What one claiming round reads: the call records fetched by the state reader.
      await engine.setPresence(agentIds[0], 'available', Date.now());
      const read = await engine.dispatchReader.read(Date.now(), engine.plan);
      await engine.setPresence(agentIds[0], 'break', Date.now());
      byWaiting.push({
        waiting: DISPATCH_WAITING[index],
        idle: latenciesOf(idle[index]),
        oneFree: latenciesOf(oneFree[index]),
        oneFreeOffers: offers[index],
        callsRead: read.waitingCalls.length,
        waitingAfter: await redis.zcard(`${prefix}:waiting`),
      });
    }
    return { antennas: states[0]?.antennas ?? 0, byWaiting };
  } finally {
    redis.disconnect();
    for (const { prefix } of states) await deleteRedisKeys(prefix, REDIS_SERVER_URL);
  }
}

function latencyRow(waiting: number, what: string, latencies: Latencies): string {
  return `| ${waiting} | ${what} | ${DISPATCH_ROUNDS} | ${ms(latencies.p50Ms)} | ${ms(latencies.p99Ms)} | ${ms(latencies.maxMs)} |`;
}

function ratioLine(byWaiting: readonly DispatchFigures[]): string {
  const [few, many] = [byWaiting[0], byWaiting[byWaiting.length - 1]];
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return (
    `p99 with ${many.waiting} waiting over p99 with ${few.waiting} waiting, same run: ` +
    `${ratio(many.oneFree.p99Ms, few.oneFree.p99Ms)}× for a claiming round, ` +
    `${ratio(many.idle.p99Ms, few.idle.p99Ms)}× for a round with nothing to offer ` +
    `(p50: ${ratio(many.oneFree.p50Ms, few.oneFree.p50Ms)}× and ${ratio(many.idle.p50Ms, few.idle.p50Ms)}×).`
  );
}

const voiceBenchmark: Benchmark = {
  title: 'Voice: IVR webhooks and call dispatch',
  async run(log) {
    // Dispatch first: measured on a process that has not just served thousands of requests (its
    // garbage collection would land in the rounds' tail, not in what a round costs).
    const dispatch = await measureDispatch(log);
    const http = await measureHttp(log);
    return [
      '### IVR webhooks over HTTP (the API app in the same process, 127.0.0.1)',
      '',
      'Signed form POSTs exactly as Twilio sends them (`X-Twilio-Signature` over `PUBLIC_BASE_URL` ' +
        'and the fields, computed before timing), `VOICE_OPENING=always`, one fresh `CallSid` per ' +
        'call: `/voice/incoming` then `/voice/postcode?attempt=1` with the same CallSid, `Digits` ' +
        `cycling through the region's ${http.postcodes} postcodes (${http.ambiguous} ambiguous: ` +
        'answered with the commune question, the others routed and queued in Redis). ' +
        `${HTTP_WARM_UP} warm-up requests per route first, then ${HTTP_ROUNDS} rounds of the three ` +
        'routes in turn. The baseline is the most trivial authenticated route of the same app (token ' +
        'check, no I/O), as in the territory bench. A failure is a non-200 or a TwiML other than the ' +
        'expected one (the voice error filter answers 200 with a fallback). No citizen in the database, so the caller lookup of `/voice/incoming` finds nobody. The client shares the CPU with the server; request logging off.',
      '',
      '| Round | Route | Requests | Concurrency | p50 (ms) | p99 (ms) | Requests/s | Failures |',
      '|---|---|---|---|---|---|---|---|',
      ...http.rows,
      '',
      `Calls left waiting in the routing queue afterwards: ${http.waitingAfter} ` +
        `(expected ${http.enqueuedExpected}, one per unambiguous postcode answer; no agent registered).`,
      '',
      `### Dispatch round with ${DISPATCH_WAITING.join(' and ')} calls waiting (Redis on 127.0.0.1)`,
      '',
      `\`RoutingEngine.dispatch(now)\`, the round \`CallDispatcher.dispatch\` runs: end due wrap-ups, ` +
        'sweep overdue offers, read the agents, the length of each queue (one sorted set per caller ' +
        'antenna and routing step) and only the calls a free agent could be given (with n agents ' +
        'free, the n oldest of each queue and the n oldest each kind of free agent may take; none ' +
        'when nobody is free), decide (`decideMatches`: steps, fair share), claim each match ' +
        `atomically (Lua). ${AGENTS} phone agents over the ${dispatch.antennas} antennas and the ` +
        `mobile team, calls of every antenna, the headquarters area and out of region, arrived over ` +
        `the last 10 minutes. Both states live in Redis at once and the rounds alternate between ` +
        `them, so both columns come from the same run on the same machine. ${DISPATCH_WARM_UP} ` +
        `warm-up rounds, then ${DISPATCH_ROUNDS} timed rounds per line. Not included: what the ` +
        'dispatcher does per offer after the round (the Twilio REST redirect and the BullMQ ' +
        'offer-timeout job).',
      '',
      '| Calls waiting | Round | Rounds | p50 (ms) | p99 (ms) | Max (ms) |',
      '|---|---|---|---|---|---|',
      ...dispatch.byWaiting.flatMap((figures) => [
        latencyRow(figures.waiting, 'Every agent on break: nothing to offer', figures.idle),
        latencyRow(
          figures.waiting,
          `One agent just available: one offer claimed (${figures.oneFreeOffers} offers in ` +
            `${DISPATCH_ROUNDS} rounds; ${figures.callsRead} call records read)`,
          figures.oneFree,
        ),
      ]),
      '',
      ratioLine(dispatch.byWaiting),
      '',
      "So a round's cost follows the agents and the queues (caller antennas × routing steps), not " +
        'the number of waiting calls: it reads every agent, one length per queue and, with n agents ' +
        'free, at most a few times n call records per queue; with nobody free, no call record at all.',
      '',
      'Calls still waiting at the end: ' +
        dispatch.byWaiting.map((f) => `${f.waitingAfter} of ${f.waiting}`).join(', ') +
        ' (each offered call went back when its agent went on break).',
    ].join('\n');
  },
};

export default voiceBenchmark;
