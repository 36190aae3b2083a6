import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@gru/audit';
import { AccessTokenGuard } from './guards/access-token.guard';
import { RoleGuard } from './guards/role.guard';
import { AuthController } from './login/auth.controller';
import { FailedLoginLimiter } from './login/failed-login-limiter';
import { LoginService } from './login/login.service';
import { PasswordHasher } from './password-hasher';
import { AccessTokenService } from './tokens/access-token.service';
import { RefreshToken } from './tokens/refresh-token.entity';
import { RefreshTokenStore } from './tokens/refresh-token.store';
import { SessionHousekeepingProcessor } from './tokens/session-housekeeping.processor';
import { StaffDirectory } from './users/staff-directory.service';
import { AntennaStaffController } from './users/antenna-staff.controller';
import { StaffController } from './users/staff.controller';
import { User } from './users/user.entity';

/** Staff accounts and their sessions, plus the two global guards every API route goes through. */
@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken]), JwtModule.register({}), AuditModule],
  controllers: [AuthController, StaffController, AntennaStaffController],
  providers: [
    PasswordHasher,
    FailedLoginLimiter,
    AccessTokenService,
    RefreshTokenStore,
    StaffDirectory,
    LoginService,
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: RoleGuard },
  ],
  exports: [StaffDirectory, RefreshTokenStore, AccessTokenService],
})
export class AuthModule {}

/** The same services without controllers or guards, for workers and command-line tools. */
@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken])],
  providers: [PasswordHasher, StaffDirectory, RefreshTokenStore],
  exports: [StaffDirectory, RefreshTokenStore],
})
export class StaffAccountsModule {}

/** Worker side: consumes the `sessions` queue. */
@Module({ imports: [StaffAccountsModule], providers: [SessionHousekeepingProcessor] })
export class SessionHousekeepingModule {}
