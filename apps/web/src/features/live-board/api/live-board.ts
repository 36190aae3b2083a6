import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';
import { liveBoardKeys } from './live-board-keys';

export type LiveBoard = components['schemas']['LiveBoardDto'];
export type AntennaLive = components['schemas']['AntennaLiveDto'];
export type LiveFigures = components['schemas']['LiveFiguresDto'];
export type WaitingCall = components['schemas']['WaitingCallDto'];

const count = z.number().int().nonnegative();
const figures = {
  waiting: count,
  waitingByStep: z.array(z.object({ step: count, count })),
  longestWaitSeconds: z.number().nonnegative(),
  agents: z.object({
    available: count,
    ringing: count,
    on_call: count,
    wrap_up: count,
    break: count,
    offline: count,
  }),
  today: z.object({
    offered: count,
    answered: count,
    answeredWithin20s: count,
    abandoned: count,
    ownAntennaShare: z.number().nullable(),
  }),
  callbacksDueToday: count,
};

/**
 * The stream's `snapshot` events carry the body of GET /api/voice/live, but an event's data is not
 * typed by the contract: it is checked against this schema, itself held to the contract's type.
 */
export const liveBoardSchema: z.ZodType<LiveBoard> = z.object({
  generatedAt: z.string(),
  antennas: z.array(z.object({ antennaId: z.string(), name: z.string(), ...figures })),
  totals: z.object(figures),
  waitingCalls: z.array(
    z.object({
      antennaId: z.string(),
      waitedSeconds: z.number().nonnegative(),
      step: count,
      pool: z.enum(['own-antenna', 'paired-antennas-and-mobile-team', 'mobile-team', 'region']),
    }),
  ),
});

export const liveBoardQueryOptions = () =>
  queryOptions({
    queryKey: liveBoardKeys.board(),
    queryFn: () => unwrap(api.GET('/api/voice/live')),
    // The stream keeps it fresh; a refetch on focus would only race with it.
    staleTime: Infinity,
  });

export function useLiveBoard() {
  return useQuery(liveBoardQueryOptions());
}
