import { ApiProperty } from '@nestjs/swagger';

export class StaffingDto {
  @ApiProperty() informationOfficers!: number;
  @ApiProperty() publicRelationsOfficers!: number;
  @ApiProperty() administrativeOfficers!: number;
}

/** An antenna, or the head office (`kind: "headquarters"`), as listed by `GET /api/territory/antennas`. */
export class AntennaSummaryDto {
  @ApiProperty({ enum: ['antenna', 'headquarters'] }) kind!: 'antenna' | 'headquarters';
  @ApiProperty({ example: 'amiens' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() town!: string;
  @ApiProperty() inseeTown!: string;
  @ApiProperty({ enum: ['existing', 'proposed', 'headquarters'] })
  status!: 'existing' | 'proposed' | 'headquarters';
  @ApiProperty() townAssumed!: boolean;
  @ApiProperty({ type: StaffingDto, nullable: true, description: 'Null for the headquarters' })
  staffing!: StaffingDto | null;
  @ApiProperty({ type: [String] }) sharedManagerWith!: string[];
  @ApiProperty({ type: [String] }) epciSirens!: string[];
  @ApiProperty() communeCount!: number;
  @ApiProperty() population!: number;
}

/** The regional mobile team: agents without an antenna who take calls and visits anywhere. */
export class MobileTeamDto {
  @ApiProperty({ example: 'equipe-mobile' }) id!: string;
  @ApiProperty() name!: string;
}
