import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class StaffListQueryDto {
  @ApiPropertyOptional({ description: "One antenna's staff only", example: 'amiens' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  antennaId?: string;

  /** A string, not a boolean: implicit conversion would read any text as `true`. */
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: "`true`: the mobile team's staff only",
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  mobileTeam?: 'true' | 'false';
}
