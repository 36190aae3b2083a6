import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContactChannel } from '@gru/citizens';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ContactDirection, ContactOutcome } from '../contacts/contact-outcome';
import { CODING_OUTCOMES, CodingOutcome } from '../contacts/contact-coding';
import { ContactReason } from '../contacts/contact-reason';
import { RequestPriority, RequestStatus } from '../lifecycle/request-status';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MESSAGE =
  'identifiant attendu en minuscules et tirets, par exemple aide-au-permis-de-conduire / expected a slug';

export class CreateRequestDto {
  @ApiProperty() @IsUUID() citizenId!: string;
  @ApiProperty({ enum: ContactChannel }) @IsEnum(ContactChannel) channel!: ContactChannel;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(300) subject!: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG, { message: `aidSchemeSlug : ${SLUG_MESSAGE}` })
  @MaxLength(64)
  aidSchemeSlug?: string;
  @ApiPropertyOptional({ enum: RequestPriority })
  @IsOptional()
  @IsEnum(RequestPriority)
  priority?: RequestPriority;
  @ApiPropertyOptional() @IsOptional() @IsUUID() contactId?: string;
  @ApiPropertyOptional({ enum: ['mobile-team', 'instruction'] })
  @IsOptional()
  @IsIn(['mobile-team', 'instruction'])
  team?: string;
}

export class TransitionDto {
  @ApiProperty({ enum: RequestStatus }) @IsEnum(RequestStatus) to!: RequestStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class AssignDto {
  @ApiProperty({ nullable: true, type: String }) @IsOptional() @IsUUID() userId!: string | null;
}

export class TransferDto {
  @ApiProperty({ example: 'arras' })
  @Matches(/^[a-z0-9-]{2,64}$/, {
    message: 'antennaId : identifiant d’antenne attendu / expected an antenna id',
  })
  antennaId!: string;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(500) reason!: string;
}

export class NoteDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(10_000) body!: string;
}

export class CreateContactDto {
  @ApiProperty({ enum: ContactChannel }) @IsEnum(ContactChannel) channel!: ContactChannel;
  @ApiPropertyOptional({ enum: ContactDirection })
  @IsOptional()
  @IsEnum(ContactDirection)
  direction?: ContactDirection;
  @ApiPropertyOptional() @IsOptional() @IsUUID() citizenId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() requestId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() startedAt?: Date;
  @ApiPropertyOptional() @IsOptional() @Type(() => Date) @IsDate() endedAt?: Date;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9-]{2,64}$/) antennaId?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG, { message: `aidSchemeSlug : ${SLUG_MESSAGE}` })
  aidSchemeSlug?: string;
  @ApiPropertyOptional({ enum: ContactReason })
  @IsOptional()
  @IsEnum(ContactReason)
  reasonCode?: ContactReason;
  @ApiPropertyOptional({ enum: ContactOutcome })
  @IsOptional()
  @IsEnum(ContactOutcome)
  outcome?: ContactOutcome;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(256) externalRef?: string;
}

export class CodeContactDto {
  @ApiProperty({ enum: ContactReason })
  @IsEnum(ContactReason, { message: 'reasonCode : motif inconnu / unknown reason' })
  reasonCode!: ContactReason;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SLUG, { message: `aidSchemeSlug : ${SLUG_MESSAGE}` })
  @MaxLength(64)
  aidSchemeSlug?: string;
  @ApiProperty({ enum: CODING_OUTCOMES })
  @IsIn(CODING_OUTCOMES, {
    message: `outcome : issue attendue parmi ${CODING_OUTCOMES.join(', ')} / expected one of them`,
  })
  outcome!: CodingOutcome;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;
  @ApiPropertyOptional({
    description: 'The citizen the agent identified (or whose file was created)',
  })
  @IsOptional()
  @IsUUID()
  citizenId?: string;
  @ApiPropertyOptional({
    description: 'The request the contact is about (created from it, or existing)',
  })
  @IsOptional()
  @IsUUID()
  requestId?: string;
  @ApiPropertyOptional({
    type: [String],
    description: 'Knowledge base articles used to answer (slugs): counted for the content team',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(SLUG, { each: true, message: `knowledgeArticleSlugs : ${SLUG_MESSAGE}` })
  @MaxLength(120, { each: true })
  knowledgeArticleSlugs?: string[];
}
