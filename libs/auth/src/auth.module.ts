import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@gru/audit';
import { AppConfig, ConfigModule } from '@gru/config';
import { RedisConnection } from '@gru/redis';
import { AccessTokenGuard } from './guards/access-token.guard';
import { AuditedRoleGuard } from './guards/audited-role.guard';
import { RoleGuard } from './guards/role.guard';
import { AddressThrottleGuard } from './login/address-throttle.guard';
import { AuthController } from './login/auth.controller';
import { FailedLoginLimiter } from './login/failed-login-limiter';
import { LoginService } from './login/login.service';
import { RedisThrottlerStorage } from './login/redis-throttler-storage';
import { PasswordHasher } from './password-hasher';
import { AccessTokenService } from './tokens/access-token.service';
import { RefreshToken } from './tokens/refresh-token.entity';
import { RefreshTokenStore } from './tokens/refresh-token.store';
import { SessionRevocations } from './tokens/session-revocations';
import { SessionHousekeepingProcessor } from './tokens/session-housekeeping.processor';
import { KnownAntennas } from './users/known-antennas';
import { StaffAccountEvents } from './users/staff-account-events';
import { StaffAdministration } from './users/staff-administration.service';
import { StaffDirectory } from './users/staff-directory.service';
import { AntennaStaffController } from './users/antenna-staff.controller';
import { StaffController } from './users/staff.controller';
import { User } from './users/user.entity';

/** Staff accounts and their refresh tokens, without routes or guards: for workers, tools and other features. */
@Module({
  imports: [TypeOrmModule.forFeature([User, RefreshToken])],
  providers: [PasswordHasher, StaffDirectory, RefreshTokenStore, StaffAccountEvents, KnownAntennas],
  exports: [PasswordHasher, StaffDirectory, RefreshTokenStore, StaffAccountEvents, KnownAntennas],
})
export class StaffAccountsModule {}

/** The API side: login and sessions, staff routes, and the two global guards every route goes through. */
@Module({
  imports: [
    ConfigModule.forFeature(['auth'], 'AuthModule'),
    StaffAccountsModule,
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, RedisConnection],
      useFactory: (config: AppConfig, redis: RedisConnection) => ({
        throttlers: [
          {
            name: 'address',
            limit: config.values.auth.ipRequestLimit,
            ttl: config.values.auth.ipWindowSeconds * 1000,
          },
        ],
        storage: new RedisThrottlerStorage(redis),
        setHeaders: false,
      }),
    }),
    AuditModule,
  ],
  controllers: [AuthController, StaffController, AntennaStaffController],
  providers: [
    FailedLoginLimiter,
    AddressThrottleGuard,
    AccessTokenService,
    SessionRevocations,
    StaffAdministration,
    LoginService,
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    RoleGuard,
    { provide: APP_GUARD, useClass: AuditedRoleGuard },
  ],
  exports: [StaffAccountsModule, AccessTokenService],
})
export class AuthModule {}

/** Worker side: consumes the `sessions` queue. */
@Module({ imports: [StaffAccountsModule], providers: [SessionHousekeepingProcessor] })
export class SessionHousekeepingModule {}
