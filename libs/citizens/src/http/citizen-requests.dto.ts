import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CreateCitizenDto } from './create-citizen.dto';

export class UpdateCitizenDto extends PartialType(CreateCitizenDto) {}

export class MergeCitizenDto {
  @ApiProperty({ description: 'The duplicate record, merged into the one in the path' })
  @IsUUID()
  duplicateId!: string;
}

export class MatchQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) lastName?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'postcode : cinq chiffres attendus / expected five digits' })
  postcode?: string;
}
