import { ApiProperty } from '@nestjs/swagger';

export class TokenPairDto {
  @ApiProperty({ description: 'Bearer token for the API, valid for `expiresIn` seconds' })
  accessToken!: string;

  @ApiProperty({ description: 'Single-use token for POST /api/auth/refresh' })
  refreshToken!: string;

  @ApiProperty()
  expiresIn!: number;
}
