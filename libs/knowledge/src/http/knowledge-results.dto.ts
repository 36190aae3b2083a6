import { ApiProperty } from '@nestjs/swagger';
import { KnowledgeKind, SchemeStatus } from '../persistence/knowledge-kind';
import { ArticleContentDto, SchemeContentDto } from './entry-content.dto';

export class SearchResultItemDto {
  @ApiProperty({ enum: KnowledgeKind }) type!: KnowledgeKind;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Escaped plain text; matches wrapped in <mark>…</mark>' })
  snippet!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ enum: SchemeStatus, nullable: true }) status!: SchemeStatus | null;
  @ApiProperty({ type: String, nullable: true }) theme!: string | null;
  @ApiProperty({ type: String, nullable: true }) schemeSlug!: string | null;
}

export class SearchResultsDto {
  @ApiProperty({ type: [SearchResultItemDto] }) results!: SearchResultItemDto[];
}

export class NamedSchemeDto {
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
}

export class NotEligibleSchemeDto extends NamedSchemeDto {
  @ApiProperty({ type: [String], description: 'In French, for the agent to read out' })
  reasons!: string[];
}

export class UnknownSchemeDto extends NamedSchemeDto {
  @ApiProperty({
    type: [String],
    enum: ['age', 'status', 'inseeCode', 'familyQuotient', 'income'],
    isArray: true,
  })
  missing!: string[];
}

export class EligibilityResultDto {
  @ApiProperty({ type: [NamedSchemeDto] }) eligible!: NamedSchemeDto[];
  @ApiProperty({ type: [NotEligibleSchemeDto] }) notEligible!: NotEligibleSchemeDto[];
  @ApiProperty({ type: [UnknownSchemeDto] }) unknown!: UnknownSchemeDto[];
}

export class SynonymsDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    example: [['bourse', 'aide financière']],
  })
  groups!: string[][];
}

export class EmptySearchDto {
  @ApiProperty() id!: number;
  @ApiProperty() query!: string;
  @ApiProperty() count!: number;
  @ApiProperty() firstSearchedAt!: string;
  @ApiProperty() lastSearchedAt!: string;
}

export class UsageCountDto {
  @ApiProperty({ enum: KnowledgeKind }) type!: KnowledgeKind;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() copied!: number;
  @ApiProperty() coded!: number;
  @ApiProperty() total!: number;
}

export class KnowledgeExportDto {
  @ApiProperty({ type: [SchemeContentDto] }) schemes!: SchemeContentDto[];
  @ApiProperty({ type: [ArticleContentDto] }) articles!: ArticleContentDto[];
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } })
  synonyms!: string[][];
}

export class ReviewItemDto {
  @ApiProperty({ enum: KnowledgeKind }) type!: KnowledgeKind;
  @ApiProperty() slug!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) authorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The author's display name" })
  authorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
}
