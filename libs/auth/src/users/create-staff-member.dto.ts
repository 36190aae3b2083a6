import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role } from '../role';

export class CreateStaffMemberDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MinLength(2) @MaxLength(120) displayName!: string;
  @ApiProperty({ minLength: 12 }) @IsString() @MinLength(12) @MaxLength(256) password!: string;
  @ApiProperty({ enum: Role }) @IsEnum(Role) role!: Role;

  @ApiPropertyOptional({ example: 'amiens' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/, {
    message: 'antennaId : identifiant d’antenne attendu (ex. amiens)',
  })
  antennaId?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() mobileTeam?: boolean;
}
