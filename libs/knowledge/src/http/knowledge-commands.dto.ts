import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { SLUG_PATTERN } from '../content/entry-input';

export class TransitionInputDto {
  @ApiPropertyOptional({ description: 'Publish: when agents start seeing it (default now)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  effectiveFrom?: Date;
  @ApiPropertyOptional({ description: 'Publish: when it stops being shown' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  effectiveUntil?: Date;
  @ApiPropertyOptional({ description: 'Saved as a comment on the revision' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

export class CommentInputDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(5000) body!: string;
}

export class SynonymsInputDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    example: [['bourse', 'aide financière']],
  })
  @IsArray()
  @ArrayMaxSize(2000)
  groups!: unknown[];
}

export class UsageInputDto {
  @ApiProperty({ example: 'bourse-etudes-refus' }) @Matches(SLUG_PATTERN) articleSlug!: string;
  @ApiProperty({ enum: ['copied'] }) @IsIn(['copied']) action!: 'copied';
}

const INSEE = /^(\d{5}|2[AB]\d{3})$/;

export class EligibilityInputDto {
  @ApiPropertyOptional({ example: 19 }) @IsOptional() @IsInt() @Min(0) @Max(130) age?: number;
  @ApiPropertyOptional({ example: '2007-03-14', description: 'Instead of age' })
  @IsOptional()
  @Matches(/^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'birthDate : AAAA-MM-JJ',
  })
  birthDate?: string;
  @ApiPropertyOptional({ example: 'student' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  status?: string;
  @ApiPropertyOptional({ example: '80021' })
  @IsOptional()
  @Matches(INSEE, { message: 'inseeCode : code INSEE à 5 caractères' })
  inseeCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1e9) familyQuotient?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1e9) income?: number;
}
