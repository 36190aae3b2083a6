import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { sanitiseRichText } from '../content/rich-text';
import type { ArticleContent, SchemeContent } from '../content/entry-content';
import { ARTICLE_KINDS, ArticleKind } from '../persistence/knowledge-kind';
import { EligibilityDto } from './entry-input.dto';

/** A scheme's content as saved (rich text sanitised again on the way out). */
export class SchemeContentDto {
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) shortName!: string | null;
  @ApiProperty() theme!: string;
  @ApiProperty({ description: 'Sanitised HTML' }) summary!: string;
  @ApiProperty({ description: 'Sanitised HTML' }) body!: string;
  @ApiProperty({ type: [String] }) audiences!: string[];
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: EligibilityDto }) eligibility!: EligibilityDto;
  @ApiProperty({ type: String, nullable: true }) amounts!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-09-01' }) opensOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) closesOn!: string | null;
  @ApiProperty({ type: [String] }) requiredDocuments!: string[];
  @ApiProperty({ type: String, nullable: true }) applyUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) applyChannel!: string | null;
  @ApiProperty({ type: String, nullable: true }) responsibleService!: string | null;
  @ApiProperty({ type: String, nullable: true }) referentInstructorEmail!: string | null;
  @ApiProperty({ type: String, nullable: true }) mailboxId!: string | null;

  static of(content: SchemeContent): SchemeContentDto {
    const { kind: _kind, ...fields } = content;
    return {
      ...fields,
      audiences: [...content.audiences],
      tags: [...content.tags],
      requiredDocuments: [...content.requiredDocuments],
      eligibility: content.eligibility as EligibilityDto,
      summary: sanitiseRichText(content.summary),
      body: sanitiseRichText(content.body),
    };
  }
}

export class ArticleContentDto {
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: ARTICLE_KINDS }) kind!: `${ArticleKind}`;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Sanitised HTML' }) body!: string;
  @ApiProperty({ type: String, nullable: true }) schemeSlug!: string | null;
  @ApiProperty({ type: String, nullable: true }) antennaId!: string | null;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) situation!: string | null;

  static of(content: ArticleContent): ArticleContentDto {
    return { ...content, tags: [...content.tags], body: sanitiseRichText(content.body) };
  }
}
