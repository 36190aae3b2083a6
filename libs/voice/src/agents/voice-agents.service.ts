import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { toE164 } from '@gru/citizens';
import { ValidationFailedException } from '@gru/errors';
import { Repository } from 'typeorm';
import { VoiceSettingsService } from '../voice-settings.service';
import { mayRingAgentPhone } from './agent-phone-policy';
import { DeviceKind, VoiceAgent } from './voice-agent.entity';

/** Telephony profiles; a staff member without one has no phone skill and a browser device. */
@Injectable()
export class VoiceAgents {
  constructor(
    @InjectRepository(VoiceAgent) private readonly agents: Repository<VoiceAgent>,
    private readonly settings: VoiceSettingsService,
  ) {}

  async profile(userId: string): Promise<VoiceAgent> {
    return (
      (await this.agents.findOne({ where: { userId } })) ??
      this.agents.create({
        userId,
        phoneSkill: false,
        deviceKind: DeviceKind.Browser,
        phoneNumber: null,
      })
    );
  }

  async setSkill(userId: string, phoneSkill: boolean): Promise<VoiceAgent> {
    await this.agents.upsert({ userId, phoneSkill }, ['userId']);
    return this.profile(userId);
  }

  async setDevice(
    userId: string,
    deviceKind: DeviceKind,
    phoneNumber?: string,
  ): Promise<VoiceAgent> {
    let number: string | null = null;
    if (deviceKind === DeviceKind.Phone) {
      number = phoneNumber ? (toE164(phoneNumber) ?? null) : null;
      if (!number)
        throw new ValidationFailedException([
          {
            field: 'phoneNumber',
            messages: [
              'phoneNumber : numéro de téléphone attendu pour un poste téléphonique / expected a phone number',
            ],
          },
        ]);
      if (!this.mayRing(number))
        throw new ValidationFailedException([
          {
            field: 'phoneNumber',
            messages: [
              'phoneNumber : seuls les numéros fixes et mobiles français (hors 08) ou autorisés sont acceptés / only French landlines and mobiles (no 08 numbers) or allow-listed numbers',
            ],
          },
        ]);
    }
    await this.agents.upsert({ userId, deviceKind, phoneNumber: number }, ['userId']);
    return this.profile(userId);
  }

  /**
   * What Twilio dials to reach the agent: their browser client or their phone. A number stored
   * before the dialling rule, or since taken off the allow-list, is never dialled.
   */
  dialTarget(
    agent: VoiceAgent,
  ): { kind: 'client'; identity: string } | { kind: 'number'; number: string } {
    return agent.deviceKind === DeviceKind.Phone &&
      agent.phoneNumber &&
      this.mayRing(agent.phoneNumber)
      ? { kind: 'number', number: agent.phoneNumber }
      : { kind: 'client', identity: clientIdentity(agent.userId) };
  }

  private mayRing(number: string): boolean {
    return mayRingAgentPhone(number, this.settings.values.agentPhoneAllowList);
  }
}

export function clientIdentity(userId: string): string {
  return `agent_${userId.replace(/-/g, '')}`;
}
