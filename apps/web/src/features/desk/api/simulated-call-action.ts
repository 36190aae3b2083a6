import { api, unwrap } from '../../../lib/api/client';
import type { SimulatedCall } from './place-simulated-call';

/** The agent's side of a simulated call: POST /api/voice/simulator/calls/{callSid}/answer|hangup|decline. */
export function simulatedCallAction(
  action: 'answer' | 'hangup' | 'decline',
  callSid: string,
): Promise<SimulatedCall> {
  const params = { params: { path: { callSid } } };
  switch (action) {
    case 'answer':
      return unwrap(api.POST('/api/voice/simulator/calls/{callSid}/answer', params));
    case 'hangup':
      return unwrap(api.POST('/api/voice/simulator/calls/{callSid}/hangup', params));
    case 'decline':
      return unwrap(api.POST('/api/voice/simulator/calls/{callSid}/decline', params));
  }
}
