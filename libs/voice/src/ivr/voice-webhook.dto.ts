/**
 * The form fields we read from Twilio's webhooks. Twilio adds parameters without notice, so the
 * body is read as it comes (no whitelist: it must stay intact for the signature).
 */
export interface VoiceWebhookBody {
  readonly CallSid?: string;
  readonly From?: string;
  readonly To?: string;
  readonly Digits?: string;
  readonly CallStatus?: string;
  readonly CallDuration?: string;
  readonly QueueTime?: string;
  readonly QueuePosition?: string;
  readonly QueueResult?: string;
}
