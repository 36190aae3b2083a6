import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { toE164 } from '@gru/citizens';
import { ValidationFailedException } from '@gru/errors';
import { Repository } from 'typeorm';
import { DeviceKind, VoiceAgent } from './voice-agent.entity';

/** Telephony profiles; a staff member without one has no phone skill and a browser device. */
@Injectable()
export class VoiceAgents {
  constructor(@InjectRepository(VoiceAgent) private readonly agents: Repository<VoiceAgent>) {}

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
    }
    await this.agents.upsert({ userId, deviceKind, phoneNumber: number }, ['userId']);
    return this.profile(userId);
  }

  /** What Twilio dials to reach the agent: their browser client or their phone. */
  dialTarget(
    agent: VoiceAgent,
  ): { kind: 'client'; identity: string } | { kind: 'number'; number: string } {
    return agent.deviceKind === DeviceKind.Phone && agent.phoneNumber
      ? { kind: 'number', number: agent.phoneNumber }
      : { kind: 'client', identity: clientIdentity(agent.userId) };
  }
}

export function clientIdentity(userId: string): string {
  return `agent_${userId.replace(/-/g, '')}`;
}
