import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '@gru/citizens';
import { ContactDirection, ContactOutcome } from './contact-outcome';
import type { Contact } from './contact.entity';

/** A knowledge article a record names: the one an agent used on a contact. */
export class KnowledgeArticleRefDto {
  @ApiProperty() slug!: string;
  @ApiProperty({ description: "The article's latest title" }) title!: string;
}

/** The knowledge articles the coding of a contact named (stored with the coding, in its details). */
export function articleSlugsOf(contact: Contact): string[] {
  const slugs = contact.details['knowledgeArticleSlugs'];
  return Array.isArray(slugs)
    ? slugs.filter((slug): slug is string => typeof slug === 'string')
    : [];
}

/** A contact as the citizen's timeline shows it: the channel's own details stay server-side. */
export class ContactSummaryDto {
  @ApiProperty() id!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) citizenId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ enum: ContactChannel }) channel!: ContactChannel;
  @ApiProperty({ enum: ContactDirection }) direction!: ContactDirection;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) endedAt!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) durationSeconds!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) agentUserId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) aidSchemeSlug!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reasonCode!: string | null;
  @ApiProperty({ enum: ContactOutcome }) outcome!: ContactOutcome;
  @ApiProperty({ type: [KnowledgeArticleRefDto], description: 'Articles the agent used' })
  knowledgeArticles!: KnowledgeArticleRefDto[];

  /** `titles` names the articles (KnowledgeUsage.titles); without it they go by their slugs. */
  static of(contact: Contact, titles?: ReadonlyMap<string, string>): ContactSummaryDto {
    return {
      id: contact.id,
      citizenId: contact.citizenId,
      requestId: contact.requestId,
      channel: contact.channel,
      direction: contact.direction,
      startedAt: contact.startedAt.toISOString(),
      endedAt: contact.endedAt?.toISOString() ?? null,
      durationSeconds: contact.durationSeconds,
      antennaId: contact.antennaId,
      agentUserId: contact.agentUserId,
      aidSchemeSlug: contact.aidSchemeSlug,
      reasonCode: contact.reasonCode,
      outcome: contact.outcome,
      knowledgeArticles: articleSlugsOf(contact).map((slug) => ({
        slug,
        title: titles?.get(slug) ?? slug,
      })),
    };
  }
}
