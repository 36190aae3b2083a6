import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class ContentTeamGrantDto {
  @ApiProperty({
    description: 'true grants the knowledge content-team permission, false revokes it',
  })
  @IsBoolean()
  contentTeam!: boolean;
}
