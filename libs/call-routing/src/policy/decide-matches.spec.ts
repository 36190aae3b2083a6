import { agent, seconds, T0, testPlan, waitingCall } from '../testing/routing-plan.fixture';
import { decideMatches } from './decide-matches';
import { GroupLoad, RoutingAgent, RoutingSnapshot, WaitingCall } from './routing-snapshot';

const plan = testPlan();

function decide(
  now: number,
  calls: WaitingCall[],
  agents: RoutingAgent[],
  loads: Record<string, GroupLoad> = {},
  chosenPlan = plan,
) {
  const snapshot: RoutingSnapshot = {
    now,
    waitingCalls: calls,
    agents,
    loadByGroup: new Map(Object.entries(loads)),
  };
  return decideMatches(snapshot, chosenPlan);
}

const pairs = (decision: ReturnType<typeof decide>) =>
  decision.matches.map((match) => [match.callSid, match.agentId]);

describe('decideMatches (the routing decision)', () => {
  it("gives a call to its own antenna's agent even when another agent has been idle longer", () => {
    const decision = decide(
      T0,
      [waitingCall('c1', 'amiens', T0)],
      [agent('mobile', null, { idleSince: T0 - seconds(3600) }), agent('amiens-1', 'amiens')],
    );
    expect(pairs(decision)).toEqual([['c1', 'amiens-1']]);
  });

  it("keeps a call for its own antenna until the step's timeout, then opens it to the paired antenna and the mobile team", () => {
    const agents = [
      agent('amiens-1', 'amiens', { state: 'on_call' }),
      agent('mobile', null),
      agent('arras-1', 'arras'),
    ];
    const call = waitingCall('c1', 'amiens', T0);
    expect(pairs(decide(T0 + seconds(29), [call], agents))).toEqual([]);
    const later = decide(T0 + seconds(30), [call], agents);
    expect(pairs(later)).toEqual([['c1', 'mobile']]);
    expect(later.stepChanges).toEqual([
      { callSid: 'c1', step: 1, stepStartedAt: T0 + seconds(30), deadline: T0 + seconds(90) },
    ]);
    expect(pairs(decide(T0 + seconds(90), [call], [agents[0], agents[2]]))).toEqual([
      ['c1', 'arras-1'],
    ]);
  });

  it('skips the own-antenna step at once for an antenna without phone agents (Montdidier → Amiens, its pair)', () => {
    const decision = decide(
      T0,
      [waitingCall('c1', 'montdidier', T0)],
      [agent('amiens-1', 'amiens'), agent('arras-1', 'arras', { idleSince: 0 })],
    );
    expect(pairs(decision)).toEqual([['c1', 'amiens-1']]);
    expect(decision.stepChanges[0]).toMatchObject({ step: 1, stepStartedAt: T0 });
  });

  it('sends the headquarters area and callers without an antenna to the mobile team first', () => {
    const agents = [agent('arras-1', 'arras', { idleSince: 0 }), agent('mobile', null)];
    expect(pairs(decide(T0, [waitingCall('lille', 'siege-lille', T0)], agents))).toEqual([
      ['lille', 'mobile'],
    ]);
    expect(pairs(decide(T0, [waitingCall('unknown', null, T0)], agents))).toEqual([
      ['unknown', 'mobile'],
    ]);
    const mobileBusy = [agents[0], agent('mobile', null, { state: 'on_call' })];
    expect(pairs(decide(T0 + seconds(10), [waitingCall('unknown', null, T0)], mobileBusy))).toEqual(
      [],
    );
    expect(pairs(decide(T0 + seconds(60), [waitingCall('unknown', null, T0)], mobileBusy))).toEqual(
      [['unknown', 'arras-1']],
    );
    expect(pairs(decide(T0, [waitingCall('unknown', null, T0)], [agents[0]]))).toEqual([
      ['unknown', 'arras-1'],
    ]);
  });

  it('serves an overflow call that waited past its timeout before a newer local call', () => {
    const overflow = waitingCall('laon-old', 'laon', T0 - seconds(40));
    const local = waitingCall('sq-new', 'saint-quentin', T0 - seconds(5));
    const agents = [agent('laon-1', 'laon', { state: 'on_call' }), agent('sq-1', 'saint-quentin')];
    expect(pairs(decide(T0, [local, overflow], agents))).toEqual([['laon-old', 'sq-1']]);
  });

  it('serves the local call first while the other antenna’s call has not waited its timeout', () => {
    const young = waitingCall('laon-young', 'laon', T0 - seconds(20));
    const local = waitingCall('sq-new', 'saint-quentin', T0 - seconds(5));
    const agents = [agent('laon-1', 'laon', { state: 'on_call' }), agent('sq-1', 'saint-quentin')];
    expect(pairs(decide(T0, [young, local], agents))).toEqual([['sq-new', 'sq-1']]);
  });

  it('prefers the antenna with the lowest handled-per-staffed-hour ratio, then the longest idle agent', () => {
    const call = waitingCall('lille', 'siege-lille', T0 - seconds(120));
    const agents = [
      agent('arras-1', 'arras', { idleSince: T0 - seconds(3000) }),
      agent('cambrai-1', 'cambrai', { idleSince: T0 - seconds(60) }),
    ];
    const loads = {
      arras: { handledToday: 6, staffedSecondsToday: 7200 },
      cambrai: { handledToday: 2, staffedSecondsToday: 7200 },
    };
    expect(pairs(decide(T0, [call], agents, loads))).toEqual([['lille', 'cambrai-1']]);
    const even = { ...loads, cambrai: { handledToday: 6, staffedSecondsToday: 7200 } };
    expect(pairs(decide(T0, [call], agents, even))).toEqual([['lille', 'arras-1']]);
  });

  it('counts the calls it hands out in the same round, so a burst is shared between antennas', () => {
    const calls = ['a', 'b', 'c', 'd'].map((sid, index) =>
      waitingCall(sid, 'siege-lille', T0 - seconds(200 - index)),
    );
    const agents = ['arras-1', 'arras-2']
      .map((id) => agent(id, 'arras'))
      .concat(['cambrai-1', 'cambrai-2'].map((id) => agent(id, 'cambrai')));
    const matched = decide(T0, calls, agents).matches.map((match) => match.agentId.split('-')[0]);
    expect(matched).toEqual(['arras', 'cambrai', 'arras', 'cambrai']);
  });

  it('keeps an agent whose own antenna has a caller waiting for that caller rather than an overflow call', () => {
    const overflow = waitingCall('laon-old', 'laon', T0 - seconds(200));
    const local = waitingCall('sq-new', 'saint-quentin', T0 - seconds(2));
    const agents = [agent('sq-1', 'saint-quentin', { idleSince: 0 }), agent('arras-1', 'arras')];
    expect(pairs(decide(T0, [overflow, local], agents))).toEqual([
      ['laon-old', 'arras-1'],
      ['sq-new', 'sq-1'],
    ]);
  });

  it('never offers two calls to one agent nor one call to two agents, and ignores agents without the phone skill or not available', () => {
    const calls = Array.from({ length: 6 }, (_, index) =>
      waitingCall(`c${index}`, 'siege-lille', T0 - seconds(300 + index)),
    );
    const agents = [
      agent('m1', null),
      agent('m2', null, { phoneSkill: false }),
      agent('m3', null, { state: 'wrap_up' }),
      agent('m4', null, { state: 'break' }),
    ];
    expect(pairs(decide(T0, calls, agents))).toEqual([['c5', 'm1']]);
  });

  it('with longest-idle selection (the regional pool) ignores antennas and ratios', () => {
    const regional = testPlan({
      agentSelection: 'longest-idle',
      routes: {
        antenna: [{ pool: 'region', timeoutSeconds: null, skipWhenNobodyAvailable: false }],
        mobileTeamArea: [{ pool: 'region', timeoutSeconds: null, skipWhenNobodyAvailable: false }],
      },
    });
    const agents = [
      agent('amiens-1', 'amiens', { idleSince: T0 - seconds(10) }),
      agent('arras-1', 'arras', { idleSince: T0 - seconds(20) }),
    ];
    expect(pairs(decide(T0, [waitingCall('c1', 'amiens', T0)], agents, {}, regional))).toEqual([
      ['c1', 'arras-1'],
    ]);
  });
});
