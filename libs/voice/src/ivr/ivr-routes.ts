/**
 * Twilio's webhooks sit at /voice/<route>, outside the /api prefix (their URLs are configured in
 * Twilio's console), while staff endpoints of the voice channel stay under /api/voice.
 */
export const IVR_ROUTES = {
  incoming: 'incoming',
  postcode: 'postcode',
  commune: 'commune',
  wait: 'wait',
  waitChoice: 'wait-choice',
  queueResult: 'queue-result',
  closedChoice: 'closed-choice',
  status: 'status',
  fallback: 'fallback',
  connectAgent: 'connect-agent',
  dialResult: 'dial-result',
  agentStatus: 'agent-status',
  callbackBridge: 'callback-bridge',
  callbackResult: 'callback-result',
} as const;

export const IVR_PATHS: readonly string[] = Object.values(IVR_ROUTES).map(
  (route) => `voice/${route}`,
);
