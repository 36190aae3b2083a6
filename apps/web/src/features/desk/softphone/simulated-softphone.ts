import { simulatedCallAction } from '../api/simulated-call-action';
import type { Softphone } from './softphone';

/** No audio: each action is the simulator route the Twilio callbacks would have driven. */
export function simulatedSoftphone(): Softphone {
  return {
    kind: 'simulated',
    start: () => Promise.resolve(),
    stop: () => undefined,
    answer: async (callSid) => {
      await simulatedCallAction('answer', callSid);
    },
    decline: async (callSid) => {
      await simulatedCallAction('decline', callSid);
    },
    hangUp: async (callSid) => {
      await simulatedCallAction('hangup', callSid);
    },
    setMuted: () => undefined,
    sendDigits: () => undefined,
  };
}
