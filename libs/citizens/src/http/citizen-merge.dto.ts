import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CitizenMerge } from '../persistence/citizen-merge.entity';
import { CitizenDto } from './citizen.dto';

/** A merge as the citizen's page lists it, to offer its revert to an admin. */
export class CitizenMergeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'the duplicate, kept and marked merged' }) sourceCitizenId!: string;
  @ApiProperty({ description: 'the record that stayed' }) targetCitizenId!: string;
  @ApiProperty() mergedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) mergedByUserId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) revertedAt!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'how many records each library moved',
  })
  movedCounts!: Record<string, number>;

  static of(merge: CitizenMerge): CitizenMergeDto {
    return {
      id: merge.id,
      sourceCitizenId: merge.sourceCitizenId,
      targetCitizenId: merge.targetCitizenId,
      mergedAt: merge.mergedAt.toISOString(),
      mergedByUserId: merge.mergedByUserId,
      revertedAt: merge.revertedAt?.toISOString() ?? null,
      movedCounts: Object.fromEntries(
        Object.entries(merge.moved).map(([name, ids]) => [name, ids.length]),
      ),
    };
  }
}

export class MergeResultDto {
  @ApiProperty() mergeId!: string;
  @ApiProperty({ type: CitizenDto, description: 'the record that stayed, after the merge' })
  citizen!: CitizenDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'the ids each library moved',
  })
  moved!: Record<string, string[]>;
}

export class MergeRevertDto {
  @ApiProperty() mergeId!: string;
  @ApiProperty() sourceCitizenId!: string;
  @ApiProperty() targetCitizenId!: string;
  @ApiProperty() revertedAt!: string;
}
