import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { originOf } from '@gru/audit';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../authenticated-user';
import { ALL_ROLES } from '../role';
import { CurrentUser, Public, Roles } from '../guards/access.decorators';
import { AddressThrottleGuard } from './address-throttle.guard';
import { LoginDto } from './login.dto';
import { LoginService } from './login.service';
import { RefreshTokenDto } from './refresh-token.dto';
import { TokenPairDto } from './token-pair.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly login: LoginService) {}

  @Public()
  @UseGuards(AddressThrottleGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  signIn(@Body() body: LoginDto, @Req() request: Request): Promise<TokenPairDto> {
    return this.login.login(body.email, body.password, originOf(request));
  }

  @Public()
  @UseGuards(AddressThrottleGuard)
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() body: RefreshTokenDto): Promise<TokenPairDto> {
    return this.login.refresh(body.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Body() body: RefreshTokenDto): Promise<void> {
    await this.login.logout(body.refreshToken);
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @ApiBearerAuth()
  me(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }
}
