import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../role';

/** What an administrator may change on an account; an absent field is left as it is. */
export class UpdateStaffMemberDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  displayName?: string;
  @ApiPropertyOptional({ enum: Role }) @IsOptional() @IsEnum(Role) role?: Role;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'amiens',
    description: 'null: none',
  })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Matches(/^[a-z0-9-]{2,64}$/, {
    message: 'antennaId : identifiant d’antenne attendu (ex. amiens)',
  })
  antennaId?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() mobileTeam?: boolean;
}

export class StaffActivationDto {
  @ApiProperty({ description: 'false closes the account: its sessions end at once' })
  @IsBoolean()
  active!: boolean;
}
