import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isScheme } from '../content/entry-content';
import { RevisionState } from '../persistence/knowledge-kind';
import type { KnowledgeRevision } from '../persistence/knowledge-revision.entity';
import type { RevisionComment } from '../persistence/revision-comment.entity';
import { allowedActions, RevisionAction } from '../workflow/revision-workflow';
import { ArticleContentDto, SchemeContentDto } from './entry-content.dto';
import { nameIn, type StaffNameMap } from './staff-names.service';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export class RevisionSummaryDto {
  @ApiProperty({ example: 3 }) number!: number;
  @ApiProperty({ enum: RevisionState }) state!: RevisionState;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for imports' }) authorUserId!:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The author's display name; null for imports",
  })
  authorName!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) changeNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) publishedByUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The reviewer's display name" })
  publishedByName!: string | null;
  @ApiProperty({ type: String, nullable: true }) effectiveFrom!: string | null;
  @ApiProperty({ type: String, nullable: true }) effectiveUntil!: string | null;
  @ApiProperty({ type: String, nullable: true }) archivedAt!: string | null;
  @ApiProperty({ enum: RevisionAction, isArray: true }) allowedActions!: RevisionAction[];

  /** The user ids `of` names: pass them to `StaffNames.of` first. */
  static people(revisions: readonly KnowledgeRevision[]): (string | null)[] {
    return revisions.flatMap((revision) => [revision.authorUserId, revision.publishedByUserId]);
  }

  static of(revision: KnowledgeRevision, names: StaffNameMap): RevisionSummaryDto {
    return {
      number: revision.number,
      state: revision.state,
      title: revision.title,
      authorUserId: revision.authorUserId,
      authorName: nameIn(names, revision.authorUserId),
      createdAt: revision.createdAt.toISOString(),
      changeNote: revision.changeNote,
      submittedAt: iso(revision.submittedAt),
      publishedAt: iso(revision.publishedAt),
      publishedByUserId: revision.publishedByUserId,
      publishedByName: nameIn(names, revision.publishedByUserId),
      effectiveFrom: iso(revision.effectiveFrom),
      effectiveUntil: iso(revision.effectiveUntil),
      archivedAt: iso(revision.archivedAt),
      allowedActions: allowedActions(revision.state),
    };
  }
}

/** One revision with its content: `scheme` or `article` is set, by the entry's family. */
export class RevisionDto extends RevisionSummaryDto {
  @ApiPropertyOptional({ type: SchemeContentDto }) scheme?: SchemeContentDto;
  @ApiPropertyOptional({ type: ArticleContentDto }) article?: ArticleContentDto;

  static withContent(revision: KnowledgeRevision, names: StaffNameMap): RevisionDto {
    const content = revision.content;
    return {
      ...RevisionSummaryDto.of(revision, names),
      ...(isScheme(content)
        ? { scheme: SchemeContentDto.of(content) }
        : { article: ArticleContentDto.of(content) }),
    };
  }
}

export class DiffPartDto {
  @ApiProperty({ enum: ['added', 'removed', 'unchanged'] }) type!:
    'added' | 'removed' | 'unchanged';
  @ApiProperty() value!: string;
}

export class FieldDiffDto {
  @ApiProperty({ example: 'body' }) field!: string;
  @ApiProperty({ example: 'Contenu' }) label!: string;
  @ApiProperty({ type: [DiffPartDto] }) parts!: DiffPartDto[];
}

export class RevisionDiffDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [FieldDiffDto], description: 'Changed fields only' })
  fields!: FieldDiffDto[];
}

export class CommentDto {
  @ApiProperty() id!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() authorUserId!: string;
  @ApiProperty({ type: String, nullable: true, description: "The author's display name" })
  authorName!: string | null;
  @ApiProperty() body!: string;
  @ApiProperty() createdAt!: string;

  static of(comment: RevisionComment, revision: number, names: StaffNameMap): CommentDto {
    return {
      id: comment.id,
      revision,
      authorUserId: comment.authorUserId,
      authorName: nameIn(names, comment.authorUserId),
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    };
  }
}
