import { ApiProperty } from '@nestjs/swagger';
import { KnowledgeKind, RevisionState, SchemeStatus } from '../persistence/knowledge-kind';
import type { EntrySummary, EntryView } from '../revisions/knowledge-reader.service';
import { RevisionDto } from './revision.dto';
import type { StaffNameMap } from './staff-names.service';

/** A scheme or an article as staff read it: the live revision (or, for the content team, the latest). */
export class EntryDto {
  @ApiProperty({ enum: KnowledgeKind }) type!: KnowledgeKind;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: SchemeStatus, nullable: true, description: 'Schemes only' })
  status!: SchemeStatus | null;
  @ApiProperty({ description: 'False when nothing is published now (content team only)' })
  live!: boolean;
  @ApiProperty({ type: RevisionDto }) revision!: RevisionDto;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "Articles: the name of their scheme, as this reader may see it (null: no scheme, or one they can't open)",
  })
  schemeTitle!: string | null;

  static of(view: EntryView, names: StaffNameMap, schemeTitle: string | null = null): EntryDto {
    return {
      type: view.entry.kind,
      slug: view.entry.slug,
      status: view.status,
      live: view.live,
      revision: RevisionDto.withContent(view.revision, names),
      schemeTitle,
    };
  }
}

export class EntrySummaryDto {
  @ApiProperty({ enum: KnowledgeKind }) type!: KnowledgeKind;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) theme!: string | null;
  @ApiProperty({ enum: SchemeStatus, nullable: true }) status!: SchemeStatus | null;
  @ApiProperty({ type: [String] }) audiences!: string[];
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: String, nullable: true }) schemeSlug!: string | null;
  @ApiProperty({ type: String, nullable: true }) antennaId!: string | null;
  @ApiProperty({ type: String, nullable: true }) opensOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) closesOn!: string | null;
  @ApiProperty({ description: 'The revision shown (live, else latest)' }) revision!: number;
  @ApiProperty({ enum: RevisionState }) latestState!: RevisionState;
  @ApiProperty() latestRevision!: number;

  static of(summary: EntrySummary): EntrySummaryDto {
    const { kind, ...rest } = summary;
    return { type: kind, ...rest };
  }
}
