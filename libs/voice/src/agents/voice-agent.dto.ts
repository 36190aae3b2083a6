import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENT_PRESENCES, AgentPresence, AgentState } from '@gru/call-routing';
import { IsIn } from 'class-validator';
import { DeviceKind } from './voice-agent.entity';

/** `reserved`: a call is ringing on the agent's device (set by the routing only). */
export const AGENT_STATES = [...AGENT_PRESENCES, 'reserved'] as const;

export class PresenceDto {
  @ApiProperty({ enum: AGENT_PRESENCES }) @IsIn(AGENT_PRESENCES) presence!: AgentPresence;
}

export class PresenceStateDto {
  @ApiProperty({
    enum: AGENT_STATES,
    description: 'Kept as on_call during a conversation: the change applies after the wrap-up',
  })
  presence!: AgentState;
  @ApiProperty() phoneSkill!: boolean;
}

/** The agent's telephony profile and where the routing has them now. */
export class VoiceMeDto {
  @ApiProperty() userId!: string;
  @ApiProperty() phoneSkill!: boolean;
  @ApiProperty({ enum: DeviceKind }) deviceKind!: DeviceKind;
  @ApiPropertyOptional({ type: String, nullable: true }) phoneNumber!: string | null;
  @ApiProperty({
    enum: ['twilio', 'simulated'],
    description: 'simulated: no Twilio; calls come from the simulator routes',
  })
  telephony!: 'twilio' | 'simulated';
  @ApiProperty({ enum: AGENT_STATES }) presence!: AgentState;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The call ringing or in conversation',
  })
  callSid!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'End of the wrap-up (post-appel)',
  })
  wrapUpUntil!: string | null;
}

/** A device change answers with the profile. */
export class VoiceAgentDto {
  @ApiProperty() userId!: string;
  @ApiProperty() phoneSkill!: boolean;
  @ApiProperty({ enum: DeviceKind }) deviceKind!: DeviceKind;
  @ApiPropertyOptional({ type: String, nullable: true }) phoneNumber!: string | null;
}

export class VoiceTokenDto {
  @ApiProperty() identity!: string;
  @ApiProperty({ description: 'Seconds' }) expiresIn!: number;
  @ApiProperty() token!: string;
}
