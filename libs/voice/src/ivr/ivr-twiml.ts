import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import type { AmbiguousPostcodeDescription } from '@gru/territory';
import { newVoiceResponse, VoiceResponse } from '../twilio/twilio-sdk';
import { fill, VoicePrompt, VoiceSettings } from '../voice-settings';
import { VoiceSettingsService } from '../voice-settings.service';
import { CallTarget, twilioQueueName } from './call-target';

const NAMED_COMMUNES = 3;

/** Builds every TwiML document of the IVR from config/voice.json; absolute URLs, so signatures match. */
@Injectable()
export class IvrTwiml {
  readonly settings: VoiceSettings;
  private readonly base: string;

  constructor(config: AppConfig, voiceSettings: VoiceSettingsService) {
    this.settings = voiceSettings.values;
    this.base = config.values.http.publicBaseUrl.replace(/\/$/, '');
  }

  url(path: string, query: Record<string, string | number> = {}): string {
    const search = new URLSearchParams(
      Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    ).toString();
    return `${this.base}/voice/${path}${search ? `?${search}` : ''}`;
  }

  askPostcode(
    attempt: number,
    options: {
      welcome?: boolean;
      knownAntenna?: { id: string; name: string };
      problem?: VoicePrompt;
    } = {},
  ): string {
    const response = newVoiceResponse();
    if (options.welcome) this.say(response, 'welcome');
    if (options.problem) this.say(response, options.problem);
    const gather = response.gather({
      input: ['dtmf'],
      numDigits: 5,
      timeout: this.settings.postcodeTimeoutSeconds,
      actionOnEmptyResult: true,
      action: this.url(
        'postcode',
        options.knownAntenna ? { attempt, known: options.knownAntenna.id } : { attempt },
      ),
      language: this.settings.language as never,
    });
    const text = options.knownAntenna
      ? fill(this.settings.prompts.knownCaller, { antenna: options.knownAntenna.name })
      : this.settings.prompts.askPostcode;
    gather.say(this.voice(), text);
    return response.toString();
  }

  /** One digit per antenna; the most populated group is "any other commune", the others are named. */
  askCommune(description: AmbiguousPostcodeDescription, attempt: number): string {
    const response = newVoiceResponse();
    const gather = response.gather({
      input: ['dtmf'],
      numDigits: 1,
      timeout: this.settings.postcodeTimeoutSeconds,
      actionOnEmptyResult: true,
      action: this.url('commune', { postcode: description.postcode, attempt }),
    });
    gather.say(
      this.voice(),
      fill(this.settings.prompts.ambiguousIntro, { postcode: spellPostcode(description.postcode) }),
    );
    description.antennas.forEach((antenna, index) => {
      if (index === 0) return;
      const names =
        antenna.communes.length <= NAMED_COMMUNES
          ? joinFrench(antenna.communes.map((commune) => commune.name))
          : `${antenna.communes[0].name} et environs`;
      gather.say(
        this.voice(),
        fill(this.settings.prompts.ambiguousOption, { communes: names, digit: index + 1 }),
      );
    });
    gather.say(this.voice(), fill(this.settings.prompts.ambiguousOther, { digit: 1 }));
    return response.toString();
  }

  enqueue(target: CallTarget, intro?: VoicePrompt): string {
    const response = newVoiceResponse();
    if (intro) this.say(response, intro);
    if (target.kind === 'antenna')
      response.say(
        this.voice(),
        fill(this.settings.prompts.connecting, { antenna: target.antennaName }),
      );
    else this.say(response, 'connectingMobileTeam');
    response.enqueue(
      { waitUrl: this.url('wait'), action: this.url('queue-result') },
      twilioQueueName(target),
    );
    return response.toString();
  }

  /** Back in the queue after an unanswered offer: no prompt, the caller just keeps waiting. */
  requeue(target: CallTarget): string {
    const response = newVoiceResponse();
    response.enqueue(
      { waitUrl: this.url('wait'), action: this.url('queue-result') },
      twilioQueueName(target),
    );
    return response.toString();
  }

  dialAgent(
    callSid: string,
    agentUserId: string,
    target: { kind: 'client'; identity: string } | { kind: 'number'; number: string },
    timeoutSeconds: number,
  ): string {
    const response = newVoiceResponse();
    const dial = response.dial({
      timeout: timeoutSeconds,
      action: this.url('dial-result', { agent: agentUserId }),
    });
    const status = {
      statusCallbackEvent: ['answered' as const],
      statusCallback: this.url('agent-status', { call: callSid, agent: agentUserId }),
    };
    if (target.kind === 'client') dial.client(status, target.identity);
    else dial.number(status, target.number);
    return response.toString();
  }

  /** The agent picked up a callback: dial the citizen, shown the free number. */
  callbackBridge(
    citizenNumber: string | undefined,
    callerId: string,
    query: Record<string, string>,
  ): string {
    const response = newVoiceResponse();
    if (!citizenNumber) {
      this.say(response, 'callbackNoNumber');
      response.hangup();
      return response.toString();
    }
    this.say(response, 'callbackAgentIntro');
    response.dial({ callerId, action: this.url('callback-result', query) }).number(citizenNumber);
    return response.toString();
  }

  wait(position: number | undefined, waitedSeconds: number): string {
    const response = newVoiceResponse();
    if (waitedSeconds >= this.settings.callbackOfferAfterSeconds) {
      const gather = response.gather({
        input: ['dtmf'],
        numDigits: 1,
        timeout: 4,
        action: this.url('wait-choice'),
      });
      gather.say(this.voice(), this.settings.prompts.offerCallback);
    } else if (position !== undefined && position > 0) {
      response.say(
        this.voice(),
        fill(this.settings.prompts.waitPosition, {
          position: position === 1 ? 'premier' : `${position}e`,
        }),
      );
    }
    response.play({}, this.settings.holdMusicUrl);
    return response.toString();
  }

  closed(hours: string): string {
    const response = newVoiceResponse();
    this.say(response, 'welcome');
    response.say(this.voice(), fill(this.settings.prompts.closed, { hours }));
    const gather = response.gather({
      input: ['dtmf'],
      numDigits: 1,
      timeout: 5,
      action: this.url('closed-choice'),
    });
    gather.say(this.voice(), this.settings.prompts.closedCallback);
    response.hangup();
    return response.toString();
  }

  sayThenHangup(prompt: VoicePrompt): string {
    const response = newVoiceResponse();
    this.say(response, prompt);
    response.hangup();
    return response.toString();
  }

  sayThenLeave(prompt: VoicePrompt): string {
    const response = newVoiceResponse();
    this.say(response, prompt);
    response.leave();
    return response.toString();
  }

  hangup(): string {
    const response = newVoiceResponse();
    response.hangup();
    return response.toString();
  }

  empty(): string {
    return newVoiceResponse().toString();
  }

  private say(response: VoiceResponse, prompt: VoicePrompt): void {
    response.say(this.voice(), this.settings.prompts[prompt]);
  }

  private voice() {
    return { language: this.settings.language as never, voice: this.settings.voice as never };
  }
}

function joinFrench(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ou ${names[names.length - 1]}`;
}

/** "80 100" is read as "quatre-vingt mille cent" otherwise. */
function spellPostcode(postcode: string): string {
  return postcode.split('').join(' ');
}
