import { Role } from '@gru/auth';
import {
  CallRoutingStore,
  groupOf,
  loadRoutingRules,
  RoutingEngine,
  routingTopologyOf,
} from '@gru/call-routing';
import { ContactChannel } from '@gru/citizens';
import { ReportingRollup, reportingPeriod } from '@gru/reporting';
import { ContactDirection, ContactLog, ContactOutcome } from '@gru/requests';
import { REDIS_SERVER_URL } from '@gru/testing';
import { PresenceLog } from '@gru/voice';
import Redis from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { loadSimulationTerritory } from '../../tools/call-simulation/call-simulation';
import { CONFIG_DIRECTORY } from '../../tools/call-simulation/config-directory';
import { PolicyDay } from '../../tools/call-simulation/policy-day';
import { policyMetrics, type PolicyMetrics } from '../../tools/call-simulation/policy-metrics';
import { simulatedDay } from '../../tools/call-simulation/simulated-day';
import { simulationPolicies } from '../../tools/call-simulation/simulation-policies';
import { DEFAULT_SETTINGS } from '../../tools/call-simulation/simulation-settings';
import { startTestApi, TestApi } from '../support/test-api';

const OUTCOMES = {
  completed: ContactOutcome.Answered,
  abandoned: ContactOutcome.Abandoned,
  callback: ContactOutcome.CallbackScheduled,
} as const;

/**
 * A day of the call simulation (the territorial policy, through the real routing engine and Redis)
 * written into the contacts and presence tables as the free number would write it, then read back
 * through GET /api/reporting/voice: the figures must be the simulator's.
 */
describe('voice reporting replays the call simulation exactly', () => {
  let api: TestApi;
  let metrics: PolicyMetrics;
  const settings = { ...DEFAULT_SETTINGS, scenario: 'peak' as const, scale: 0.1, seed: 5 };

  beforeAll(async () => {
    api = await startTestApi();
    const territory = loadSimulationTerritory(CONFIG_DIRECTORY);
    const topology = routingTopologyOf(territory);
    const rules = simulationPolicies(loadRoutingRules(CONFIG_DIRECTORY)).territorial;
    const day = simulatedDay(settings, territory);
    const redis = new Redis(REDIS_SERVER_URL, { maxRetriesPerRequest: 2 });
    const engine = new RoutingEngine(
      new CallRoutingStore(
        redis,
        `${api.config.redis.keyPrefix}:replay-${randomBytes(3).toString('hex')}`,
      ),
      { rules, topology },
    );
    try {
      const policyDay = new PolicyDay(
        engine,
        day,
        settings.ringSeconds * 1000,
        settings.callbackOfferAfterSeconds * 1000,
      );
      const endedAt = await policyDay.run();
      metrics = await policyMetrics(engine, day, policyDay.records, endedAt);
      const stored = await engine.reader.calls(day.calls.map((call) => call.callSid));
      const board = await engine.board(endedAt);

      const userIds = new Map(day.staff.map((agent) => [agent.userId, randomUUID()]));
      const contacts = api.app.get(ContactLog);
      for (const [index, call] of day.calls.entries()) {
        const record = policyDay.records.get(call.callSid);
        if (!record?.outcome) throw new Error(`call ${call.callSid} has no outcome`);
        const answered = record.outcome === 'completed' && record.answeredAt !== null;
        await contacts.record({
          channel: ContactChannel.Phone,
          direction: ContactDirection.Inbound,
          externalRef: call.callSid,
          startedAt: new Date(call.arrivedAt),
          endedAt: answered ? null : new Date(call.arrivedAt + call.patienceMs),
          antennaId: call.antennaId,
          agentUserId: answered && record.agentId ? userIds.get(record.agentId) : null,
          outcome: OUTCOMES[record.outcome],
          details: {
            routedBy: 'simulation',
            step: stored[index]?.step ?? 0,
            ...(answered
              ? { waitSeconds: ((record.answeredAt as number) - call.arrivedAt) / 1000 }
              : {}),
          },
        });
      }
      // Each agent signed in at opening, for their pool's staffed time shared evenly.
      const presence = api.app.get(PresenceLog);
      for (const entry of board.groups) {
        const agents = day.staff.filter((agent) => groupOf(agent, topology) === entry.group);
        const seconds = entry.staffedSecondsToday / agents.length;
        for (const agent of agents) {
          const userId = userIds.get(agent.userId) as string;
          await presence.changed(userId, entry.group, 'available', new Date(day.openAt));
          await presence.changed(
            userId,
            entry.group,
            'offline',
            new Date(day.openAt + seconds * 1000),
          );
        }
      }
    } finally {
      await engine.store.deleteAll();
      await redis.quit();
    }
    const period = reportingPeriod(settings.date, settings.date);
    await api.app.get(ReportingRollup).rebuild(period.start, period.end);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('gives the simulator’s offered, answered, within 20 s, abandoned, own-antenna share and Jain', async () => {
    const token = await api.tokenFor({ role: Role.Manager });
    const response = await api
      .http()
      .get('/api/reporting/voice')
      .query({ from: settings.date, to: settings.date, groupBy: 'antenna' })
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    const body = response.body as {
      total: Record<string, number | null>;
      jainIndex: number;
      rows: { key: { antenna: string }; offered: number; handled: number }[];
    };
    expect(metrics.offered).toBeGreaterThan(100);
    expect(body.total).toMatchObject({
      offered: metrics.offered,
      answered: metrics.answered,
      answeredWithin20s: metrics.answeredWithin20s,
      abandoned: metrics.abandoned,
      callbacks: metrics.callbacks,
      ownAntennaShare: metrics.ownAntennaShare,
      overflowRate: metrics.overflowRate,
      averageSpeedOfAnswerSeconds: metrics.averageSpeedOfAnswerSeconds,
      serviceLevel: metrics.serviceLevel,
    });
    expect(body.jainIndex).toBe(metrics.jainIndex);
    for (const row of body.rows) {
      expect(row.offered).toBe(metrics.perAntenna[row.key.antenna].offered);
      expect(row.handled).toBe(metrics.perAntenna[row.key.antenna].handled);
    }
  });
});
