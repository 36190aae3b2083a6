import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '../role';
import type { User } from './user.entity';

export class StaffMemberDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: Role }) role!: Role;
  @ApiPropertyOptional({ type: String, nullable: true }) antennaId!: string | null;
  @ApiProperty() mobileTeam!: boolean;
  @ApiProperty({ description: 'Knowledge base content team (granted by admins)' })
  contentTeam!: boolean;
  @ApiProperty() active!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) lastLoginAt!: string | null;

  static of(user: User): StaffMemberDto {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      antennaId: user.antennaId,
      mobileTeam: user.mobileTeam,
      contentTeam: user.contentTeam,
      active: user.active,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    };
  }
}
