import {
  Controller,
  Header,
  HttpCode,
  Post,
  Query,
  Req,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@gru/auth';
import { AppConfig } from '@gru/config';
import { ContactOutcome } from '@gru/requests';
import type { Request } from 'express';
import { describeOpeningHours, isOpen } from '../hours/opening-hours';
import { TwilioSignatureGuard } from '../twilio/twilio-signature.guard';
import { CallbackDesk } from '../callbacks/callback-desk.service';
import { AgentConnection } from '../routing/agent-connection.service';
import { CallContextStore } from './call-context.store';
import { CallIntake } from './call-intake.service';
import { IVR_ROUTES } from './ivr-routes';
import { IvrRouting } from './ivr-routing.service';
import { IvrTwiml } from './ivr-twiml';
import { VoiceErrorFilter } from './voice-error.filter';
import type { VoiceWebhookBody } from './voice-webhook.dto';

function bodyOf(request: Request): VoiceWebhookBody {
  return (request.body ?? {}) as VoiceWebhookBody;
}

function attemptOf(raw: string | undefined): number {
  const attempt = Number(raw);
  return Number.isInteger(attempt) && attempt >= 1 && attempt <= 10 ? attempt : 1;
}

/** Twilio's webhooks for the free number (numéro vert). Public to staff auth; signed by Twilio. */
@ApiExcludeController()
@Public()
@UseGuards(TwilioSignatureGuard)
@UseFilters(VoiceErrorFilter)
@Controller('voice')
export class IvrController {
  constructor(
    private readonly twiml: IvrTwiml,
    private readonly intake: CallIntake,
    private readonly routing: IvrRouting,
    private readonly config: AppConfig,
    private readonly callContext: CallContextStore,
    private readonly agentConnection: AgentConnection,
    private readonly callbacks: CallbackDesk,
  ) {}

  @Post(IVR_ROUTES.incoming)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async incoming(@Req() request: Request): Promise<string> {
    const { CallSid = '', From = '' } = bodyOf(request);
    await this.callContext.remember(CallSid, { from: From });
    const known = await this.intake.arrival(CallSid, From);
    if (!isOpen(this.twiml.settings, new Date(), this.config.values.twilio.opening)) {
      await this.intake.markOutcome(CallSid, ContactOutcome.OutOfHours);
      return this.twiml.closed(describeOpeningHours(this.twiml.settings));
    }
    return this.routing.welcome(known?.antennaId);
  }

  @Post(IVR_ROUTES.postcode)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  postcode(
    @Req() request: Request,
    @Query('attempt') attempt?: string,
    @Query('known') known?: string,
  ): Promise<string> {
    const { CallSid = '', Digits = '' } = bodyOf(request);
    return this.routing.postcodeEntered(CallSid, Digits, attemptOf(attempt), known);
  }

  @Post(IVR_ROUTES.commune)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  commune(
    @Req() request: Request,
    @Query('postcode') postcode = '',
    @Query('attempt') attempt?: string,
  ): Promise<string> {
    const { CallSid = '', Digits = '' } = bodyOf(request);
    return this.routing.communeChosen(CallSid, postcode, Digits, attemptOf(attempt));
  }

  @Post(IVR_ROUTES.wait)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  wait(@Req() request: Request): string {
    const { QueuePosition, QueueTime } = bodyOf(request);
    return this.twiml.wait(
      QueuePosition ? Number(QueuePosition) : undefined,
      Number(QueueTime ?? 0),
    );
  }

  @Post(IVR_ROUTES.waitChoice)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async waitChoice(@Req() request: Request): Promise<string> {
    const { CallSid = '', From = '', Digits } = bodyOf(request);
    if (Digits !== '1') return this.twiml.wait(undefined, 0);
    await this.intake.scheduleCallback(CallSid, From, ContactOutcome.CallbackScheduled);
    return this.twiml.sayThenLeave('callbackConfirmed');
  }

  @Post(IVR_ROUTES.queueResult)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  queueResult(): string {
    // After <Leave> (callback chosen) or a bridged call ending: nothing more to say.
    return this.twiml.hangup();
  }

  @Post(IVR_ROUTES.closedChoice)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async closedChoice(@Req() request: Request): Promise<string> {
    const { CallSid = '', From = '', Digits } = bodyOf(request);
    if (Digits !== '1') return this.twiml.hangup();
    await this.intake.scheduleCallback(CallSid, From, ContactOutcome.CallbackScheduled);
    return this.twiml.sayThenHangup('callbackConfirmed');
  }

  @Post(IVR_ROUTES.status)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async status(@Req() request: Request): Promise<string> {
    const { CallSid = '', CallStatus = '', CallDuration } = bodyOf(request);
    if (['completed', 'busy', 'failed', 'no-answer', 'canceled'].includes(CallStatus)) {
      await this.intake.ended(CallSid, CallStatus, CallDuration ? Number(CallDuration) : undefined);
    }
    return this.twiml.empty();
  }

  /** The routing engine redirected the caller here: ring the agent it chose. */
  @Post(IVR_ROUTES.connectAgent)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  connectAgent(@Req() request: Request, @Query('agent') agent = ''): Promise<string> {
    return this.agentConnection.dialAgent(bodyOf(request).CallSid ?? '', agent);
  }

  @Post(IVR_ROUTES.dialResult)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  dialResult(@Req() request: Request, @Query('agent') agent = ''): Promise<string> {
    const body = bodyOf(request) as VoiceWebhookBody & { DialCallStatus?: string };
    return this.agentConnection.dialEnded(body.CallSid ?? '', agent, body.DialCallStatus ?? '');
  }

  /** Status callback of the agent's leg (event `answered`): `call` is the caller's CallSid. */
  @Post(IVR_ROUTES.agentStatus)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async agentStatus(@Query('call') call = '', @Query('agent') agent = ''): Promise<string> {
    await this.agentConnection.agentAnswered(call, agent);
    return this.twiml.empty();
  }

  /** Outbound callback: the agent's leg answered, now the citizen is dialled. */
  @Post(IVR_ROUTES.callbackBridge)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async callbackBridge(
    @Query('request') requestId = '',
    @Query('agent') agent = '',
  ): Promise<string> {
    const number = await this.callbacks.citizenNumber(requestId);
    return this.twiml.callbackBridge(number, this.config.values.twilio.callerId ?? '', {
      request: requestId,
      agent,
    });
  }

  @Post(IVR_ROUTES.callbackResult)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async callbackResult(@Req() request: Request): Promise<string> {
    const body = bodyOf(request) as VoiceWebhookBody & { DialCallStatus?: string };
    await this.callbacks.recordResult(body.CallSid ?? '', body.DialCallStatus ?? '');
    return this.twiml.hangup();
  }

  /** Twilio's fallback URL: static TwiML, no database, no Redis. */
  @Post(IVR_ROUTES.fallback)
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  fallback(): string {
    return this.twiml.enqueue({ kind: 'region' }, 'technicalDifficulty');
  }
}
