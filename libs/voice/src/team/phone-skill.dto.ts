import { ApiProperty } from '@nestjs/swagger';
import type { VoiceAgent } from '../agents/voice-agent.entity';

/** Whether a staff member takes calls of the free number. */
export class PhoneSkillDto {
  @ApiProperty() userId!: string;
  @ApiProperty() phoneSkill!: boolean;

  static of(agent: Pick<VoiceAgent, 'userId' | 'phoneSkill'>): PhoneSkillDto {
    return { userId: agent.userId, phoneSkill: agent.phoneSkill };
  }
}
