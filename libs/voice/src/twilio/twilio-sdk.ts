import twilio from 'twilio';

/**
 * The only file of the voice channel that imports the Twilio SDK: request signatures (the SDK
 * handles the port and quoting quirks Twilio's docs warn about) and the TwiML document builder.
 */
export function isValidTwilioSignature(
  authToken: string,
  signature: string,
  url: string,
  params: Record<string, string>,
): boolean {
  return twilio.validateRequest(authToken, signature, url, params);
}

export function expectedTwilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}

export type VoiceResponse = InstanceType<typeof twilio.twiml.VoiceResponse>;

export function newVoiceResponse(): VoiceResponse {
  return new twilio.twiml.VoiceResponse();
}

export interface VoiceTokenRequest {
  readonly accountSid: string;
  readonly apiKeySid: string;
  readonly apiKeySecret: string;
  readonly twimlAppSid: string;
  readonly identity: string;
  readonly ttlSeconds: number;
}

/** A Twilio Voice SDK access token: the browser softphone receives calls as `client:<identity>`. */
export function voiceAccessToken(request: VoiceTokenRequest): string {
  const { AccessToken } = twilio.jwt;
  const token = new AccessToken(request.accountSid, request.apiKeySid, request.apiKeySecret, {
    identity: request.identity,
    ttl: request.ttlSeconds,
  });
  token.addGrant(
    new AccessToken.VoiceGrant({
      outgoingApplicationSid: request.twimlAppSid,
      incomingAllow: true,
    }),
  );
  return token.toJwt();
}
