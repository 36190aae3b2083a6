import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class PlaceSimulatedCallDto {
  @ApiProperty({ example: '+33612345678', description: "The caller's number" })
  @IsString()
  @MaxLength(40)
  from!: string;

  @ApiProperty({ example: '80000', description: 'What the caller keys in at the postcode prompt' })
  @Matches(/^\d{5}$/, {
    message: 'postcode : code postal à 5 chiffres attendu / expected a 5-digit postcode',
  })
  postcode!: string;

  @ApiPropertyOptional({
    example: '80021',
    description: 'The commune the caller picks when the postcode spans several antennas',
  })
  @IsOptional()
  @Matches(/^(\d{5}|2[AB]\d{3})$/, {
    message: 'inseeCode : code INSEE de commune attendu / expected an INSEE commune code',
  })
  inseeCode?: string;
}

export const SIMULATED_CALL_STATUSES = [
  'waiting',
  'offered',
  'connected',
  'completed',
  'abandoned',
  'callback',
  'out_of_hours',
] as const;
export type SimulatedCallStatus = (typeof SIMULATED_CALL_STATUSES)[number];

/** Where a simulated call stands in the routing. */
export class SimulatedCallDto {
  @ApiProperty() callSid!: string;
  @ApiProperty({ enum: SIMULATED_CALL_STATUSES }) status!: SimulatedCallStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) contactId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaName!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'How the IVR routed it: postcode, commune-choice, out-of-region…',
  })
  routedBy!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) step!: number | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The agent it is offered to or connected to',
  })
  agentUserId!: string | null;
}
