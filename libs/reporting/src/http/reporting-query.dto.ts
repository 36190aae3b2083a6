import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '@gru/citizens';
import { ContactReason } from '@gru/requests';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const ANTENNA = /^[a-z0-9-]{2,64}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A period of whole Paris days, `from` to `to` inclusive (checked further by `reportingPeriod`). */
export class PeriodQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'first day (Paris), YYYY-MM-DD' })
  @IsString()
  @MaxLength(10)
  from!: string;

  @ApiProperty({ example: '2026-01-31', description: 'last day (Paris), inclusive, YYYY-MM-DD' })
  @IsString()
  @MaxLength(10)
  to!: string;

  @ApiPropertyOptional({
    example: 'amiens',
    description: 'one antenna (antenna managers: their own)',
  })
  @IsOptional()
  @Matches(ANTENNA, { message: 'antennaId : identifiant d’antenne invalide / invalid antenna id' })
  antennaId?: string;
}

export class RecordFilterQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: ContactChannel })
  @IsOptional()
  @IsEnum(ContactChannel, { message: 'channel : canal inconnu / unknown channel' })
  channel?: ContactChannel;

  @ApiPropertyOptional({ example: 'aide-au-permis-de-conduire', description: 'aid scheme slug' })
  @IsOptional()
  @MaxLength(64)
  @Matches(SLUG, { message: 'scheme : identifiant de dispositif invalide / invalid scheme slug' })
  scheme?: string;

  @ApiPropertyOptional({ enum: ContactReason })
  @IsOptional()
  @IsEnum(ContactReason, { message: 'reason : motif inconnu / unknown reason' })
  reason?: ContactReason;
}

export class ContactsQueryDto extends RecordFilterQueryDto {
  @ApiPropertyOptional({
    example: 'antenna,month',
    description:
      'comma-separated: antenna, channel, scheme, reason, outcome, hour (of day), day, week, month',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  groupBy?: string;
}

export class RequestsQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: ContactChannel })
  @IsOptional()
  @IsEnum(ContactChannel, { message: 'channel : canal inconnu / unknown channel' })
  channel?: ContactChannel;

  @ApiPropertyOptional({ example: 'aide-au-permis-de-conduire' })
  @IsOptional()
  @MaxLength(64)
  @Matches(SLUG, { message: 'scheme : identifiant de dispositif invalide / invalid scheme slug' })
  scheme?: string;

  @ApiPropertyOptional({
    example: 'antenna,channel',
    description: 'comma-separated: antenna, channel, scheme, day, week, month',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  groupBy?: string;
}

export class VoiceQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({
    example: 'antenna',
    description: 'comma-separated: antenna, day, week, month',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  groupBy?: string;
}

export class ActivityQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ example: 'agent', description: 'comma-separated: agent, antenna' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  groupBy?: string;
}

export class RebuildDto {
  @ApiProperty({ example: '2026-01-01' }) @IsString() @MaxLength(10) from!: string;
  @ApiProperty({ example: '2026-01-31' }) @IsString() @MaxLength(10) to!: string;
}
