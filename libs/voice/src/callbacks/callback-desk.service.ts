import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AuthenticatedUser, mayActOnAntenna, worksAcrossAntennas } from '@gru/auth';
import { CitizenDirectory, ContactChannel } from '@gru/citizens';
import { AppConfig } from '@gru/config';
import {
  AccessDeniedException,
  DomainException,
  ErrorCode,
  ValidationFailedException,
} from '@gru/errors';
import {
  ContactDirection,
  ContactLog,
  ContactOutcome,
  ContactReason,
  Request,
  RequestAccess,
  RequestReader,
} from '@gru/requests';
import { VoiceAgent } from '../agents/voice-agent.entity';
import { VoiceAgents } from '../agents/voice-agents.service';
import { CallbackCallDto } from './callback-call.dto';
import { IVR_ROUTES } from '../ivr/ivr-routes';
import { TwilioRestAdapter } from '../twilio/twilio-rest.adapter';

/**
 * Callbacks promised on the free number: the antenna's list, and the call placed from the desk.
 * Twilio rings the agent's device first; once they pick up, the citizen is dialled (callback-bridge).
 */
@Injectable()
export class CallbackDesk {
  constructor(
    private readonly requests: RequestReader,
    private readonly access: RequestAccess,
    private readonly citizens: CitizenDirectory,
    private readonly agents: VoiceAgents,
    private readonly contacts: ContactLog,
    private readonly twilio: TwilioRestAdapter,
    private readonly config: AppConfig,
  ) {}

  /**
   * The callbacks the user may work: of the antenna asked for, else of their own antenna, or the
   * whole region for those who work across antennas. No antenna means none, never all of them.
   */
  async listFor(user: AuthenticatedUser, antennaId?: string): Promise<Request[]> {
    if (antennaId) {
      if (!mayActOnAntenna(user, antennaId))
        throw new AccessDeniedException("Cette antenne n'est pas dans votre périmètre.");
      return this.requests.callbacks(antennaId);
    }
    if (worksAcrossAntennas(user)) return this.requests.callbacks(null);
    return user.antennaId ? this.requests.callbacks(user.antennaId) : [];
  }

  async placeCall(requestId: string, user: AuthenticatedUser): Promise<CallbackCallDto> {
    const request = await this.requests.get(requestId);
    this.access.assertMayAccess(user, request);
    const agent = await this.agents.profile(user.id);
    if (!agent.phoneSkill)
      throw new AccessDeniedException("Vous n'êtes pas habilité à passer des appels.");
    const citizen = await this.citizens.get(request.citizenId);
    if (citizen.phones.length === 0) {
      throw new ValidationFailedException([
        {
          field: 'phone',
          messages: [
            "phone : l'usager n'a pas de numéro de téléphone connu / the citizen has no phone number",
          ],
        },
      ]);
    }
    const simulated = this.config.values.twilio.telephony === 'simulated';
    const callSid = simulated
      ? `CA${randomBytes(16).toString('hex')}`
      : await this.dial(request.id, user.id, agent);
    const { contact } = await this.contacts.record({
      channel: ContactChannel.Phone,
      direction: ContactDirection.Outbound,
      citizenId: citizen.id,
      requestId: request.id,
      antennaId: request.antennaId,
      agentUserId: user.id,
      reasonCode: ContactReason.Callback,
      // Without Twilio nobody is dialled: the demo's citizen always picks up.
      outcome: simulated ? ContactOutcome.Answered : ContactOutcome.Pending,
      externalRef: callSid,
    });
    return { callSid, contactId: contact.id, outcome: contact.outcome };
  }

  /** Twilio rings the agent's device first; the citizen is dialled once they pick up (callback-bridge). */
  private async dial(requestId: string, agentUserId: string, agent: VoiceAgent): Promise<string> {
    const callerId = this.config.values.twilio.callerId;
    if (!callerId)
      throw new DomainException(
        ErrorCode.DependencyUnavailable,
        'Numéro appelant non configuré (TWILIO_CALLER_ID).',
      );
    const target = this.agents.dialTarget(agent);
    const base = this.config.values.http.publicBaseUrl.replace(/\/$/, '');
    const query = `request=${requestId}&agent=${agentUserId}`;
    const placed = await this.twilio.placeCall({
      to: target.kind === 'client' ? `client:${target.identity}` : target.number,
      from: callerId,
      url: `${base}/voice/${IVR_ROUTES.callbackBridge}?${query}`,
      statusCallback: `${base}/voice/${IVR_ROUTES.status}`,
    });
    return placed.sid;
  }

  /** The number to dial once the agent has picked up. */
  async citizenNumber(requestId: string): Promise<string | undefined> {
    const request = await this.requests.get(requestId);
    return (await this.citizens.get(request.citizenId)).phones[0];
  }

  async recordResult(agentLegSid: string, dialStatus: string): Promise<void> {
    const reached = dialStatus === 'completed' || dialStatus === 'answered';
    await this.contacts.updateByExternalRef(ContactChannel.Phone, agentLegSid, {
      outcome: reached ? ContactOutcome.Answered : ContactOutcome.NoAnswer,
      endedAt: new Date(),
      details: { citizenLeg: dialStatus },
    });
  }
}
