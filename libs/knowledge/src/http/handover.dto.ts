import { ApiProperty } from '@nestjs/swagger';
import type { Handover, HandoverItem } from '../persistence/handover.entity';
import { entryPath } from '../handover/handover-mail';

export class HandoverItemDto {
  @ApiProperty({ example: 'scheme' }) type!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['published', 'changed', 'archived'] }) change!:
    'published' | 'changed' | 'archived';
  @ApiProperty() revision!: number;
  @ApiProperty() at!: string;
  @ApiProperty({
    description: 'Web app path of the entry',
    example: '/connaissances/dispositifs/aide-permis',
  })
  path!: string;

  static of(item: HandoverItem): HandoverItemDto {
    return {
      type: item.kind,
      slug: item.slug,
      title: item.title,
      change: item.change,
      revision: item.revision,
      at: item.at,
      path: entryPath(item),
    };
  }
}

export class UpcomingHandoverDto {
  @ApiProperty() periodFrom!: string;
  @ApiProperty() periodTo!: string;
  @ApiProperty({ type: [HandoverItemDto] }) items!: HandoverItemDto[];
}

export class HandoverDto extends UpcomingHandoverDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-W49' }) week!: string;
  @ApiProperty({ type: String, nullable: true, description: "The caller's read confirmation" })
  readAt!: string | null;

  static of(handover: Handover & { readAt: Date | null }): HandoverDto {
    return {
      id: handover.id,
      week: handover.week,
      periodFrom: handover.periodFrom.toISOString(),
      periodTo: handover.periodTo.toISOString(),
      items: handover.items.map((item) => HandoverItemDto.of(item)),
      readAt: handover.readAt?.toISOString() ?? null,
    };
  }
}

export class HandoverReadDto {
  @ApiProperty() readAt!: string;
}

export class HandoverReaderDto {
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) antennaId!: string | null;
  @ApiProperty({ type: String, nullable: true }) emailedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) readAt!: string | null;
}
