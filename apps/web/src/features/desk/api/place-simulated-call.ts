import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema.gen';

export type SimulatedCallInput = components['schemas']['PlaceSimulatedCallDto'];
export type SimulatedCall = components['schemas']['SimulatedCallDto'];

/** POST /api/voice/simulator/calls: a call through the real routing, without Twilio (demo). */
export function usePlaceSimulatedCall() {
  return useMutation({
    mutationFn: (input: SimulatedCallInput) =>
      unwrap(api.POST('/api/voice/simulator/calls', { body: input })),
  });
}
