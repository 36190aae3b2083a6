import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SLUG_PATTERN } from '../content/entry-input';
import { ARTICLE_KINDS, ArticleKind } from '../persistence/knowledge-kind';

const SLUG_MESSAGE = 'slug : minuscules, chiffres et tirets / lowercase, digits and dashes';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[0-9AB]{2,9}$/;

export class TerritoryRuleDto {
  @ApiPropertyOptional({ type: [String], example: ['32'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @Matches(CODE, { each: true })
  regions?: string[];
  @ApiPropertyOptional({ type: [String], example: ['59', '62'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @Matches(CODE, { each: true })
  departements?: string[];
  @ApiPropertyOptional({ type: [String], description: 'EPCI SIREN codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @Matches(CODE, { each: true })
  epcis?: string[];
  @ApiPropertyOptional({ type: [String], description: 'Commune INSEE codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @Matches(CODE, { each: true })
  communes?: string[];
}

export class EligibilityDto {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(130) minAge?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(130) maxAge?: number;
  @ApiPropertyOptional({ type: [String], example: ['student', 'apprentice'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  statuses?: string[];
  @ApiPropertyOptional({ type: TerritoryRuleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TerritoryRuleDto)
  territory?: TerritoryRuleDto;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1e9) maxFamilyQuotient?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1e9) maxIncome?: number;
}

const stringList = () => [
  IsOptional(),
  IsArray(),
  ArrayMaxSize(50),
  IsString({ each: true }),
  MaxLength(500, { each: true }),
];
function StringList(): PropertyDecorator {
  return (target, key) => stringList().forEach((decorator) => decorator(target, key));
}

/** A scheme's fields (the import format); the slug is in the path on update. */
export class SchemeFieldsDto {
  @ApiProperty({ example: 'Aide au permis de conduire' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  shortName?: string | null;
  @ApiProperty({ example: 'mobilite' }) @IsString() @MinLength(1) @MaxLength(64) theme!: string;
  @ApiPropertyOptional({ description: 'Rich text (HTML), sanitised' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;
  @ApiPropertyOptional({ description: 'Rich text (HTML), sanitised' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  body?: string;
  @ApiPropertyOptional({ type: [String] }) @StringList() audiences?: string[];
  @ApiPropertyOptional({ type: [String] }) @StringList() tags?: string[];
  @ApiPropertyOptional({ type: EligibilityDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EligibilityDto)
  eligibility?: EligibilityDto;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  amounts?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-09-01' })
  @IsOptional()
  @Matches(DATE, { message: 'opensOn : AAAA-MM-JJ' })
  opensOn?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE, { message: 'closesOn : AAAA-MM-JJ' })
  closesOn?: string | null;
  @ApiPropertyOptional({ type: [String] }) @StringList() requiredDocuments?: string[];
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  applyUrl?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  applyChannel?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  responsibleService?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  referentInstructorEmail?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  mailboxId?: string | null;
  @ApiPropertyOptional({ description: 'What this save changes (shown in the history)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeNote?: string;
}

export class CreateSchemeDto extends SchemeFieldsDto {
  @ApiProperty({ example: 'aide-permis-conduire' })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug!: string;
}

export class ArticleFieldsDto {
  @ApiProperty({ enum: ARTICLE_KINDS }) @IsIn(ARTICLE_KINDS) kind!: ArticleKind;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) title!: string;
  @ApiProperty({ description: 'Rich text (HTML), sanitised' })
  @IsString()
  @MaxLength(200_000)
  body!: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  schemeSlug?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'amiens' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'antennaId : identifiant d’antenne attendu' })
  antennaId?: string | null;
  @ApiPropertyOptional({ type: [String] }) @StringList() tags?: string[];
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Phrasing: the situation it answers',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  situation?: string | null;
  @ApiPropertyOptional({ description: 'What this save changes (shown in the history)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  changeNote?: string;
}

export class CreateArticleDto extends ArticleFieldsDto {
  @ApiProperty({ example: 'bourse-etudes-refus' })
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  slug!: string;
}
