import { agent, seconds, T0, testPlan, waitingCall } from '../testing/routing-plan.fixture';
import { effectiveStep, inPool, routeNameOf, tierOf } from './routing-steps';

const plan = testPlan();
const { topology } = plan;

describe('routing steps', () => {
  it('routes antenna calls by the antenna route, the headquarters area and unknown callers by the mobile team’s', () => {
    expect(routeNameOf({ antennaId: 'amiens' }, topology)).toBe('antenna');
    expect(routeNameOf({ antennaId: 'siege-lille' }, topology)).toBe('mobileTeamArea');
    expect(routeNameOf({ antennaId: null }, topology)).toBe('mobileTeamArea');
  });

  it('pairs antennas by their shared manager ("mutualisé") groups', () => {
    const call = { antennaId: 'clermont' };
    expect(
      inPool('paired-antennas-and-mobile-team', call, agent('g', 'grandvilliers'), topology),
    ).toBe(true);
    expect(
      inPool('paired-antennas-and-mobile-team', call, agent('v', 'vallee-de-l-oise'), topology),
    ).toBe(true);
    expect(inPool('paired-antennas-and-mobile-team', call, agent('m', null), topology)).toBe(true);
    expect(inPool('paired-antennas-and-mobile-team', call, agent('c', 'clermont'), topology)).toBe(
      false,
    );
    expect(inPool('paired-antennas-and-mobile-team', call, agent('a', 'amiens'), topology)).toBe(
      false,
    );
  });

  it('gives the tier of the first step whose pool holds the agent, once the call has reached it', () => {
    const call = waitingCall('c', 'clermont', T0);
    expect(tierOf(call, 0, agent('v', 'vallee-de-l-oise'), plan)).toBeNull();
    expect(tierOf(call, 2, agent('c', 'clermont'), plan)).toBe(0);
    expect(tierOf(call, 2, agent('v', 'vallee-de-l-oise'), plan)).toBe(1);
    expect(tierOf(call, 2, agent('a', 'amiens'), plan)).toBe(2);
  });

  it('hands over at each timeout, counting from the step start, and never beyond the last step', () => {
    const agents = [
      agent('a', 'amiens', { state: 'on_call' }),
      agent('m', null, { state: 'on_call' }),
    ];
    const call = waitingCall('c', 'amiens', T0);
    expect(effectiveStep(call, agents, plan, T0 + seconds(29))).toMatchObject({
      step: 0,
      deadline: T0 + seconds(30),
    });
    expect(effectiveStep(call, agents, plan, T0 + seconds(31))).toMatchObject({
      step: 1,
      stepStartedAt: T0 + seconds(30),
      deadline: T0 + seconds(90),
    });
    expect(effectiveStep(call, agents, plan, T0 + seconds(3600))).toMatchObject({
      step: 2,
      stepStartedAt: T0 + seconds(90),
      deadline: null,
    });
  });

  it('skips a step whose agents are all on break or offline, and with skipWhenNobodyAvailable one whose agents are all busy', () => {
    const call = waitingCall('c', 'amiens', T0);
    const onBreak = [
      agent('a', 'amiens', { state: 'break' }),
      agent('m', null, { state: 'on_call' }),
    ];
    expect(effectiveStep(call, onBreak, plan, T0)).toMatchObject({ step: 1, stepStartedAt: T0 });
    const busy = [
      agent('a', 'amiens', { state: 'on_call' }),
      agent('m', null, { state: 'on_call' }),
    ];
    expect(effectiveStep(call, busy, plan, T0)).toMatchObject({ step: 0 });
    const eager = testPlan({
      routes: {
        ...plan.rules.routes,
        antenna: plan.rules.routes.antenna.map((step, index) =>
          index === 0 ? { ...step, skipWhenNobodyAvailable: true } : step,
        ),
      },
    });
    expect(effectiveStep(call, busy, eager, T0)).toMatchObject({ step: 1 });
  });
});
