import type { RoutingBoard, RoutingTopology, StoredAgent } from '@gru/call-routing';
import { liveBoardOf, scopeBoard } from './live-board-of';

const topology: RoutingTopology = {
  antennaIds: new Set(['amiens', 'arras']),
  pairedWith: new Map(),
  headquartersId: 'siege',
  mobileTeamId: 'equipe-mobile',
};
const rows = [
  { id: 'amiens', name: 'Amiens' },
  { id: 'arras', name: 'Arras' },
  { id: 'equipe-mobile', name: 'Équipe mobile' },
];
const now = Date.parse('2026-03-02T10:00:00Z');

const agent = (userId: string, group: string, state: StoredAgent['state']): StoredAgent => ({
  userId,
  antennaId: group === 'equipe-mobile' ? null : group,
  mobileTeam: group === 'equipe-mobile',
  phoneSkill: true,
  state,
  idleSince: 0,
  group,
  callSid: null,
  lastCallSid: null,
  wrapUpUntil: null,
  staffedSince: null,
});

const board: RoutingBoard = {
  now,
  waiting: [
    {
      callSid: 'CA1',
      antennaId: 'amiens',
      arrivedAt: now - 95_000,
      waitedSeconds: 95,
      step: 1,
      pool: 'paired-antennas-and-mobile-team',
    },
    {
      callSid: 'CA2',
      antennaId: 'siege',
      arrivedAt: now - 30_000,
      waitedSeconds: 30,
      step: 0,
      pool: 'mobile-team',
    },
    {
      callSid: 'CA3',
      antennaId: 'amiens',
      arrivedAt: now - 10_000,
      waitedSeconds: 10,
      step: 0,
      pool: 'own-antenna',
    },
    {
      callSid: 'CA4',
      antennaId: null,
      arrivedAt: now - 5_000,
      waitedSeconds: 5,
      step: 0,
      pool: 'mobile-team',
    },
  ],
  active: [],
  agents: [
    agent('a1', 'amiens', 'available'),
    agent('a2', 'amiens', 'reserved'),
    agent('r1', 'arras', 'on_call'),
    { ...agent('r2', 'arras', 'available'), phoneSkill: false },
    agent('m1', 'equipe-mobile', 'wrap_up'),
  ],
  groups: [],
};

const computed = liveBoardOf({
  board,
  topology,
  rows,
  activity: [
    // Amiens callers: 3 answered in Amiens (2 within 20 s), 1 by Arras, 1 abandoned.
    {
      antennaId: 'amiens',
      agentUserId: 'a1',
      offered: 3,
      answered: 3,
      answeredWithin20s: 2,
      abandoned: 0,
    },
    {
      antennaId: 'amiens',
      agentUserId: 'r1',
      offered: 1,
      answered: 1,
      answeredWithin20s: 1,
      abandoned: 0,
    },
    {
      antennaId: 'amiens',
      agentUserId: null,
      offered: 1,
      answered: 0,
      answeredWithin20s: 0,
      abandoned: 1,
    },
    // The headquarters area and unplaced callers count for the mobile team.
    {
      antennaId: 'siege',
      agentUserId: 'm1',
      offered: 2,
      answered: 2,
      answeredWithin20s: 2,
      abandoned: 0,
    },
    {
      antennaId: null,
      agentUserId: 'a1',
      offered: 1,
      answered: 1,
      answeredWithin20s: 0,
      abandoned: 0,
    },
  ],
  agentGroups: new Map([
    ['a1', 'amiens'],
    ['r1', 'arras'],
    ['m1', 'equipe-mobile'],
  ]),
  callbacks: [
    { antennaId: 'amiens', count: 2 },
    { antennaId: 'siege', count: 1 },
  ],
});
const row = (id: string) => computed.board.antennas.find((entry) => entry.antennaId === id);

describe('liveBoardOf', () => {
  it("counts the day per caller's antenna, the headquarters area and unplaced callers under the mobile team", () => {
    expect(row('amiens')?.today).toEqual({
      offered: 5,
      answered: 4,
      answeredWithin20s: 3,
      abandoned: 1,
      ownAntennaShare: 0.75,
    });
    expect(row('equipe-mobile')?.today).toEqual({
      offered: 3,
      answered: 3,
      answeredWithin20s: 2,
      abandoned: 0,
      ownAntennaShare: 0.667,
    });
    expect(row('arras')?.today.ownAntennaShare).toBeNull();
    expect(row('equipe-mobile')?.callbacksDueToday).toBe(1);
  });

  it('files waiting calls by row and step, and counts phone agents by presence (ringing for an offer)', () => {
    expect(row('amiens')).toMatchObject({
      waiting: 2,
      waitingByStep: [
        { step: 0, count: 1 },
        { step: 1, count: 1 },
      ],
      longestWaitSeconds: 95,
      agents: { available: 1, ringing: 1, on_call: 0 },
    });
    expect(row('arras')?.agents).toMatchObject({ on_call: 1, available: 0 });
    expect(row('equipe-mobile')).toMatchObject({ waiting: 2, agents: { wrap_up: 1 } });
    expect(computed.board.waitingCalls.map((call) => call.antennaId)).toEqual([
      'amiens',
      'equipe-mobile',
      'amiens',
      'equipe-mobile',
    ]);
    expect(JSON.stringify(computed.board)).not.toContain('CA1');
  });

  it('sums the totals over the rows, the own-antenna share from the raw counts', () => {
    expect(computed.board.totals).toMatchObject({
      waiting: 4,
      longestWaitSeconds: 95,
      today: { offered: 8, answered: 7, abandoned: 1, ownAntennaShare: 0.714 },
      callbacksDueToday: 3,
    });
  });

  it("cuts the board down to a reader's rows, totals included", () => {
    const amiens = scopeBoard(computed, ['amiens']);
    expect(amiens.antennas.map((entry) => entry.antennaId)).toEqual(['amiens']);
    expect(amiens.waitingCalls).toHaveLength(2);
    expect(amiens.totals).toMatchObject({
      waiting: 2,
      today: { answered: 4, ownAntennaShare: 0.75 },
    });
    expect(scopeBoard(computed, null)).toBe(computed.board);
  });
});
