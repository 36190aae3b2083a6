export { describeOpeningHours, isOpen } from './hours/opening-hours';
export { CallQueuePort } from './ivr/call-queue.port';
export type { QueuedCall } from './ivr/call-queue.port';
export { twilioQueueName } from './ivr/call-target';
export type { CallTarget } from './ivr/call-target';
export { expectedTwilioSignature } from './twilio/twilio-sdk';
export { loadVoiceSettings } from './voice-settings';
export type { VoiceSettings } from './voice-settings';
export { VoiceModule } from './voice.module';
