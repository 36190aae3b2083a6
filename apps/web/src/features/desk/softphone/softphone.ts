/**
 * The agent's telephone on the desk, whatever carries the audio: Twilio's browser softphone, or
 * the simulator (demo) where nothing rings and the API is told what the agent did.
 */
export interface Softphone {
  readonly kind: 'twilio' | 'simulated';
  /** Registers the device; resolves once it can receive calls. */
  start(): Promise<void>;
  stop(): void;
  answer(callSid: string): Promise<void>;
  decline(callSid: string): Promise<void>;
  hangUp(callSid: string): Promise<void>;
  setMuted(muted: boolean): void;
  sendDigits(digits: string): void;
}
