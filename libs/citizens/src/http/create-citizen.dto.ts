import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ContactChannel } from '../contact-channel';
import { Civility } from '../persistence/citizen.entity';

/** Phones and emails are checked (and normalised) by the directory, which names the bad field. */
export class CreateCitizenDto {
  @ApiPropertyOptional({ enum: Civility }) @IsOptional() @IsEnum(Civility) civility?: Civility;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @ApiPropertyOptional({ example: '06 12 34 56 78' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  phones?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(254, { each: true })
  emails?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(250) addressLine?: string;

  @ApiPropertyOptional({ example: '80000' })
  @IsOptional()
  @Matches(/^\d{5}$/, {
    message: 'postcode : cinq chiffres attendus, par exemple 80000 / expected five digits',
  })
  postcode?: string;

  @ApiPropertyOptional({ example: '80021' })
  @IsOptional()
  @Matches(/^(\d{5}|2[AB]\d{3})$/, {
    message:
      'inseeCode : code INSEE de commune attendu, par exemple 80021 / expected an INSEE commune code',
  })
  inseeCode?: string;

  @ApiPropertyOptional({ enum: ContactChannel })
  @IsOptional()
  @IsEnum(ContactChannel)
  preferredChannel?: ContactChannel;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() contactConsent?: boolean;
}
