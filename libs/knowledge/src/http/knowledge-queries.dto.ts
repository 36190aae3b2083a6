import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  ARTICLE_KINDS,
  ArticleKind,
  KnowledgeKind,
  SchemeStatus,
} from '../persistence/knowledge-kind';
import { SLUG_PATTERN } from '../content/entry-input';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class SearchQueryDto {
  @ApiProperty({
    description: 'What the agent types (1 to 200 characters)',
    example: 'bourse etudiant',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q!: string;
  @ApiPropertyOptional({ enum: KnowledgeKind })
  @IsOptional()
  @IsEnum(KnowledgeKind)
  kind?: KnowledgeKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) theme?: string;
  @ApiPropertyOptional({ enum: SchemeStatus, description: 'Schemes only' })
  @IsOptional()
  @IsEnum(SchemeStatus)
  status?: SchemeStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) audience?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class SchemeListQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) theme?: string;
  @ApiPropertyOptional({ enum: SchemeStatus })
  @IsOptional()
  @IsEnum(SchemeStatus)
  status?: SchemeStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) audience?: string;
  @ApiPropertyOptional({ description: 'Content team: drafts and archived entries too' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeUnpublished?: boolean;
}

export class ArticleListQueryDto {
  @ApiPropertyOptional({ enum: ARTICLE_KINDS })
  @IsOptional()
  @IsIn(ARTICLE_KINDS)
  kind?: ArticleKind;
  @ApiPropertyOptional() @IsOptional() @Matches(SLUG_PATTERN) schemeSlug?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9-]{2,64}$/) antennaId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) theme?: string;
  @ApiPropertyOptional({ description: 'Content team: drafts and archived entries too' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeUnpublished?: boolean;
}

export class UsageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 366, default: 30 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(366)
  days?: number;
}

export class ExportQueryDto {
  @ApiPropertyOptional({
    enum: ['json', 'yaml'],
    default: 'json',
    description: 'yaml: the same catalogue as a YAML file (what `kb:import` reads from .yaml)',
  })
  @IsOptional()
  @IsIn(['json', 'yaml'])
  format?: 'json' | 'yaml';
}
