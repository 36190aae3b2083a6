import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '@gru/citizens';
import { ContactDirection, ContactOutcome } from './contact-outcome';
import type { Contact } from './contact.entity';

/** A contact as the citizen's timeline shows it: the channel's own details stay server-side. */
export class ContactSummaryDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) citizenId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ enum: ContactChannel }) channel!: ContactChannel;
  @ApiProperty({ enum: ContactDirection }) direction!: ContactDirection;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) endedAt!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) durationSeconds!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) agentUserId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) aidSchemeSlug!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reasonCode!: string | null;
  @ApiProperty({ enum: ContactOutcome }) outcome!: ContactOutcome;

  static of(contact: Contact): ContactSummaryDto {
    return {
      id: contact.id,
      citizenId: contact.citizenId,
      requestId: contact.requestId,
      channel: contact.channel,
      direction: contact.direction,
      startedAt: contact.startedAt.toISOString(),
      endedAt: contact.endedAt?.toISOString() ?? null,
      durationSeconds: contact.durationSeconds,
      antennaId: contact.antennaId,
      agentUserId: contact.agentUserId,
      aidSchemeSlug: contact.aidSchemeSlug,
      reasonCode: contact.reasonCode,
      outcome: contact.outcome,
    };
  }
}
