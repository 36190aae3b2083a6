import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CitizenDto, ContactChannel } from '@gru/citizens';
import { ContactDirection, ContactOutcome, RequestDto } from '@gru/requests';

/** A citizen the caller's number may belong to, when it names none or several. */
export class ScreenPopCandidateDto {
  @ApiProperty({ type: CitizenDto }) citizen!: CitizenDto;
  @ApiProperty({ enum: ['strong', 'weak'] }) strength!: 'strong' | 'weak';
  @ApiProperty({ type: [String], example: ['phone'] }) matchedOn!: string[];
}

/** One of the citizen's latest contacts, whatever the channel. */
export class ScreenPopContactDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ContactChannel }) channel!: ContactChannel;
  @ApiProperty({ enum: ContactDirection }) direction!: ContactDirection;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ enum: ContactOutcome }) outcome!: ContactOutcome;
  @ApiPropertyOptional({ type: String, nullable: true }) reasonCode!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) requestId!: string | null;
}

export const SCREEN_POP_PHASES = ['ringing', 'connected', 'wrap-up'] as const;
export type ScreenPopPhase = (typeof SCREEN_POP_PHASES)[number];

/** The `screen-pop` event of `GET /api/voice/events`: who is calling, from where, and what is known of them. */
export class ScreenPopDto {
  @ApiProperty() callSid!: string;
  @ApiProperty({
    enum: SCREEN_POP_PHASES,
    description:
      'Where the call stands for the agent: `ringing` when it is offered; when the stream opens, the call the agent already has (`connected`, or `wrap-up` while its contact is not yet coded), so that a reloaded desk gets it back',
  })
  phase!: ScreenPopPhase;
  @ApiPropertyOptional({ type: String, nullable: true, description: "The call's phone contact" })
  contactId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '+33610203040' })
  callerNumber!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '80000' })
  postcode!: string | null;
  @ApiProperty({ type: [String], description: "The postcode's communes in the call's antenna" })
  communes!: string[];
  @ApiProperty({ type: [String], description: 'The INSEE codes of `communes`, in the same order' })
  inseeCodes!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) antennaId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaName!: string | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: "Step of the call's route whose pool holds the agent: 0 is the caller's own pool",
  })
  step!: number | null;
  @ApiProperty({ description: "Offered beyond the caller's own pool (an overflow step)" })
  overflowed!: boolean;
  @ApiPropertyOptional({ type: CitizenDto, nullable: true }) citizen!: CitizenDto | null;
  @ApiProperty({ type: [ScreenPopCandidateDto], description: 'When no single citizen matched' })
  candidates!: ScreenPopCandidateDto[];
  @ApiProperty({ type: [RequestDto] }) openRequests!: RequestDto[];
  @ApiProperty({ type: [ScreenPopContactDto], description: "The citizen's last 5 other contacts" })
  recentContacts!: ScreenPopContactDto[];
}

/** The `offer-lapsed` event: the offered call went unanswered, the agent was set on break. */
export class OfferLapsedDto {
  @ApiProperty() callSid!: string;
  @ApiProperty({ enum: ['break'] }) presence!: 'break';
  @ApiProperty() message!: string;
}

/** The `call-ended` event: the caller hung up while the call was ringing on the agent's desk. */
export class CallEndedDto {
  @ApiProperty() callSid!: string;
  @ApiProperty({ enum: ['abandoned'] }) reason!: 'abandoned';
}
