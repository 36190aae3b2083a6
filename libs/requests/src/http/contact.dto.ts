import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactSummaryDto } from '../contacts/contact.dto';
import type { Contact } from '../contacts/contact.entity';

/** A contact as the one who handled it sees it: the summary, the agent's note and the channel's details. */
export class ContactDto extends ContactSummaryDto {
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Channel specifics: wait and talk time, routing steps, offers',
  })
  details!: Record<string, unknown>;

  static override of(contact: Contact, titles?: ReadonlyMap<string, string>): ContactDto {
    return {
      ...ContactSummaryDto.of(contact, titles),
      note: contact.note,
      details: contact.details,
    };
  }
}
