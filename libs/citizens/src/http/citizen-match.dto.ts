import { ApiProperty } from '@nestjs/swagger';
import { CitizenDto } from './citizen.dto';

const MATCH_BASES = ['phone', 'email', 'name-and-postcode'];

/** A citizen who may be the same person: strong on a shared phone or email, weak on a homonym. */
export class CitizenMatchDto {
  @ApiProperty({ type: CitizenDto }) citizen!: CitizenDto;
  @ApiProperty({ enum: ['strong', 'weak'] }) strength!: 'strong' | 'weak';
  @ApiProperty({ enum: MATCH_BASES, isArray: true }) matchedOn!: string[];
}
