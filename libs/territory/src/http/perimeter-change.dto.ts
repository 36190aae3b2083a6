import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsString, MaxLength, ValidateBy } from 'class-validator';

const HOLDER_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SIREN = /^[0-9]{9}$/;

function isAssignments(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  return Object.entries(value).every(
    ([holderId, sirens]) =>
      HOLDER_ID.test(holderId) &&
      Array.isArray(sirens) &&
      sirens.every((siren) => typeof siren === 'string' && SIREN.test(siren)),
  );
}

/** Shape only; whether the perimeter covers the region is the use case's check (422). */
const IsPerimeterAssignments = () =>
  ValidateBy({
    name: 'isPerimeterAssignments',
    validator: {
      validate: isAssignments,
      defaultMessage: () =>
        'assignments doit associer à chaque identifiant d’antenne une liste de SIREN à neuf chiffres',
    },
  });

export class PerimeterChangeDto {
  @ApiProperty({ example: '2025-01-01T00:00:00+01:00' })
  @IsISO8601({ strict: true })
  effectiveFrom!: string;

  @ApiProperty({ example: 'Rattachement de la CC du Val de Somme à Amiens' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;

  @ApiProperty({
    description: 'Antenna or headquarters id → EPCI SIRENs; every EPCI of the region exactly once',
    example: { amiens: ['248000531'], 'siege-lille': ['200093201'] },
  })
  @IsPerimeterAssignments()
  assignments!: Record<string, string[]>;
}
