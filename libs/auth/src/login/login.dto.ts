import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'agent.amiens@gru.demo' })
  @IsEmail({}, { message: 'email : adresse électronique attendue / expected an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'demo-password' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}
