import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '@gru/citizens';
import { ContactDirection, ContactOutcome } from '../contacts/contact-outcome';
import type { Contact } from '../contacts/contact.entity';

export class ContactDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ContactChannel }) channel!: ContactChannel;
  @ApiProperty({ enum: ContactDirection }) direction!: ContactDirection;
  @ApiPropertyOptional({ type: String, nullable: true }) citizenId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) endedAt!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) durationSeconds!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) agentUserId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) aidSchemeSlug!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reasonCode!: string | null;
  @ApiProperty({ enum: ContactOutcome }) outcome!: ContactOutcome;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Channel specifics: wait and talk time, routing steps, offers',
  })
  details!: Record<string, unknown>;

  static of(contact: Contact): ContactDto {
    return {
      id: contact.id,
      channel: contact.channel,
      direction: contact.direction,
      citizenId: contact.citizenId,
      requestId: contact.requestId,
      startedAt: contact.startedAt.toISOString(),
      endedAt: contact.endedAt?.toISOString() ?? null,
      durationSeconds: contact.durationSeconds,
      antennaId: contact.antennaId,
      agentUserId: contact.agentUserId,
      aidSchemeSlug: contact.aidSchemeSlug,
      reasonCode: contact.reasonCode,
      outcome: contact.outcome,
      note: contact.note,
      details: contact.details,
    };
  }
}
