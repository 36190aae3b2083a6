import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';

const KEY: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
  description: 'the row’s value of each groupBy dimension (null: not set)',
  example: { antenna: 'amiens', month: '2026-01' },
};

class PeriodDto {
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-01-31' }) to!: string;
}

export class ContactsRowDto {
  @ApiProperty(KEY) key!: Record<string, string | number | null>;
  @ApiProperty() contacts!: number;
  @ApiProperty({ description: 'sum of recorded contact durations' }) durationSeconds!: number;
}

export class ContactsPreviousDto extends PeriodDto {
  @ApiProperty() total!: number;
  @ApiProperty({ nullable: true, type: Number, description: '(total − previous) / previous' })
  change!: number | null;
}

export class ContactsReportDto extends PeriodDto {
  @ApiProperty({ type: [String] }) groupBy!: string[];
  @ApiProperty({ type: [ContactsRowDto] }) rows!: ContactsRowDto[];
  @ApiProperty() total!: number;
  @ApiProperty({ type: ContactsPreviousDto }) previous!: ContactsPreviousDto;
}

export class RequestFiguresDto {
  @ApiProperty() opened!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty() slaMet!: number;
  @ApiProperty() slaMissed!: number;
  @ApiProperty({ nullable: true, type: Number }) slaMetRate!: number | null;
  @ApiProperty() callbacksDue!: number;
  @ApiProperty() callbacksKept!: number;
  @ApiProperty({ nullable: true, type: Number }) callbacksKeptRate!: number | null;
}

export class RequestsRowDto extends RequestFiguresDto {
  @ApiProperty(KEY) key!: Record<string, string | number | null>;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'open at the end of the period (null when grouped by time)',
  })
  backlog!: number | null;
}

export class RequestsTotalDto extends RequestFiguresDto {
  @ApiProperty() backlog!: number;
}

export class RequestsPreviousDto extends RequestFiguresDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

export class RequestsReportDto extends PeriodDto {
  @ApiProperty({ type: [String] }) groupBy!: string[];
  @ApiProperty({ type: [RequestsRowDto] }) rows!: RequestsRowDto[];
  @ApiProperty({ type: RequestsTotalDto }) total!: RequestsTotalDto;
  @ApiProperty({ type: RequestsPreviousDto }) previous!: RequestsPreviousDto;
}

export class VoiceFiguresDto {
  @ApiProperty() offered!: number;
  @ApiProperty() answered!: number;
  @ApiProperty() answeredWithin20s!: number;
  @ApiProperty({ nullable: true, type: Number }) serviceLevel!: number | null;
  @ApiProperty() abandoned!: number;
  @ApiProperty({ nullable: true, type: Number }) averageAbandonWaitSeconds!: number | null;
  @ApiProperty() callbacks!: number;
  @ApiProperty({ nullable: true, type: Number }) averageSpeedOfAnswerSeconds!: number | null;
  @ApiProperty({ nullable: true, type: Number }) overflowRate!: number | null;
  @ApiProperty({ nullable: true, type: Number }) ownAntennaShare!: number | null;
}

export class VoiceRowDto extends VoiceFiguresDto {
  @ApiProperty(KEY) key!: Record<string, string | number | null>;
  @ApiProperty({ description: 'calls the pool’s agents answered' }) handled!: number;
  @ApiProperty() staffedHours!: number;
  @ApiProperty({ nullable: true, type: Number }) handledPerStaffedHour!: number | null;
}

export class VoicePreviousDto extends VoiceFiguresDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

export class VoiceReportDto extends PeriodDto {
  @ApiProperty({ type: [String] }) groupBy!: string[];
  @ApiProperty({ type: [VoiceRowDto] }) rows!: VoiceRowDto[];
  @ApiProperty({ type: VoiceFiguresDto }) total!: VoiceFiguresDto;
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Jain’s index of handled calls per staffed hour across antennas (null for one antenna’s manager)',
  })
  jainIndex!: number | null;
  @ApiProperty({ type: VoicePreviousDto }) previous!: VoicePreviousDto;
}

export class InstructionNoticeDto {
  @ApiProperty() measured!: boolean;
  @ApiProperty() reason!: string;
}

export class ActivityRowDto {
  @ApiProperty(KEY) key!: Record<string, string | number | null>;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName?: string | null;
  @ApiProperty() agents!: number;
  @ApiProperty() phoneStaffedSeconds!: number;
  @ApiProperty() phoneTalkSeconds!: number;
  @ApiProperty() callsHandled!: number;
  @ApiProperty() phoneContacts!: number;
  @ApiProperty() visits!: number;
  @ApiProperty() visitSeconds!: number;
  @ApiProperty({ nullable: true, type: Number }) instructionSeconds!: number | null;
  @ApiProperty() workingSeconds!: number;
  @ApiProperty({ nullable: true, type: Number }) phoneShare!: number | null;
  @ApiProperty({ nullable: true, type: Number }) frontDeskShare!: number | null;
  @ApiProperty({ nullable: true, type: Number }) instructionShare!: number | null;
}

export class ActivityReportDto extends PeriodDto {
  @ApiProperty({ type: [String] }) groupBy!: string[];
  @ApiProperty() workingDays!: number;
  @ApiProperty({ type: InstructionNoticeDto }) instruction!: InstructionNoticeDto;
  @ApiProperty({ type: [ActivityRowDto] }) rows!: ActivityRowDto[];
}

export class RebuildAcceptedDto {
  @ApiProperty() jobId!: string;
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-01-31' }) to!: string;
}
