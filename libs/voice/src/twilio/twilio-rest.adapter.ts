import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import twilio from 'twilio';
import RequestClient from 'twilio/lib/base/RequestClient';

const TWILIO_API = 'https://api.twilio.com';

/** Sends Twilio's own wire format to another base URL (the local double in tests, a proxy in production). */
class RedirectingRequestClient extends RequestClient {
  constructor(private readonly baseUrl: string) {
    super();
  }

  override request<TData>(options: RequestClient.RequestOptions<TData>) {
    return super.request({
      ...options,
      uri: options.uri.replace(TWILIO_API, this.baseUrl.replace(/\/$/, '')),
    });
  }
}

export interface PlacedCall {
  readonly sid: string;
  readonly status: string;
}

/**
 * The only client of Twilio's REST API: redirect a live call (to dial the agent it was offered
 * to) and place outbound calls (callbacks: the agent's leg first, then the citizen).
 */
@Injectable()
export class TwilioRestAdapter {
  private readonly client?: twilio.Twilio;

  constructor(config: AppConfig) {
    const { accountSid, authToken, apiBaseUrl } = config.values.twilio;
    if (accountSid && authToken) {
      this.client = twilio(
        accountSid,
        authToken,
        apiBaseUrl ? { httpClient: new RedirectingRequestClient(apiBaseUrl) } : {},
      );
    }
  }

  async redirectCall(callSid: string, url: string): Promise<PlacedCall> {
    const call = await this.required().calls(callSid).update({ url, method: 'POST' });
    return { sid: call.sid, status: call.status };
  }

  async placeCall(options: {
    to: string;
    from: string;
    url: string;
    statusCallback: string;
  }): Promise<PlacedCall> {
    const call = await this.required().calls.create({
      to: options.to,
      from: options.from,
      url: options.url,
      method: 'POST',
      statusCallback: options.statusCallback,
      statusCallbackMethod: 'POST',
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    });
    return { sid: call.sid, status: call.status };
  }

  private required(): twilio.Twilio {
    if (!this.client)
      throw new Error('Twilio is not configured: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN');
    return this.client;
  }
}
