import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '../contact-channel';
import { Citizen, Civility } from '../persistence/citizen.entity';

export class CitizenDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ enum: Civility, nullable: true }) civility!: Civility | null;
  @ApiPropertyOptional({ type: String, nullable: true }) firstName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lastName!: string | null;
  @ApiProperty({ type: [String] }) phones!: string[];
  @ApiProperty({ type: [String] }) emails!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) addressLine!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) postcode!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) inseeCode!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'null: commune unknown, the citizen is in triage',
  })
  antennaId!: string | null;
  @ApiPropertyOptional({ enum: ContactChannel, nullable: true })
  preferredChannel!: ContactChannel | null;
  @ApiProperty() contactConsent!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) mergedIntoId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) anonymisedAt!: string | null;
  @ApiProperty() createdAt!: string;

  static of(citizen: Citizen): CitizenDto {
    return {
      id: citizen.id,
      civility: citizen.civility,
      firstName: citizen.firstName,
      lastName: citizen.lastName,
      phones: citizen.phones,
      emails: citizen.emails,
      addressLine: citizen.addressLine,
      postcode: citizen.postcode,
      inseeCode: citizen.inseeCode,
      antennaId: citizen.antennaId,
      preferredChannel: citizen.preferredChannel,
      contactConsent: citizen.contactConsent,
      mergedIntoId: citizen.mergedIntoId,
      anonymisedAt: citizen.anonymisedAt?.toISOString() ?? null,
      createdAt: citizen.createdAt.toISOString(),
    };
  }
}
