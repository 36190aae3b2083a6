import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PASSWORD_ENV = /^MAILBOX_[A-Z0-9_]+_PASSWORD$/;

export class CreateMailboxDto {
  @ApiProperty({ example: 'general' })
  @Matches(ID, { message: 'id : minuscules, chiffres et tirets / lowercase, digits and dashes' })
  id!: string;

  @ApiProperty({ example: 'contact@hautsdefrance.example' })
  @IsEmail({}, { message: 'address : adresse électronique invalide / invalid email address' })
  address!: string;

  @ApiProperty({ example: 'Boîte générale' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'None for the general box.' })
  @IsOptional()
  @Matches(SLUG, { message: 'aidSchemeSlug : identifiant de dispositif invalide / invalid slug' })
  aidSchemeSlug?: string | null;

  @ApiProperty({ example: 'imap.hautsdefrance.example' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  imapHost!: string;

  @ApiProperty({ example: 993 })
  @IsInt()
  @Min(1)
  @Max(65535)
  imapPort!: number;

  @ApiProperty()
  @IsBoolean()
  imapTls!: boolean;

  @ApiProperty({ example: 'contact@hautsdefrance.example' })
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  imapUser!: string;

  @ApiProperty({ example: 'MAILBOX_GENERAL_PASSWORD' })
  @Matches(PASSWORD_ENV, {
    message:
      'passwordEnv : nom de variable MAILBOX_<NOM>_PASSWORD attendu / expected MAILBOX_<NAME>_PASSWORD',
  })
  passwordEnv!: string;

  @ApiPropertyOptional({ type: [String], example: ['INBOX'] })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(255, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  folders?: string[];

  @ApiProperty({ example: 'Traités' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  processedFolder!: string;

  @ApiProperty({ example: 'Région Hauts-de-France <contact@hautsdefrance.example>' })
  @IsString()
  @MinLength(3)
  @MaxLength(400)
  smtpFrom!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateMailboxDto extends PartialType(OmitType(CreateMailboxDto, ['id'] as const)) {}
