export { mayActOnAntenna, worksAcrossAntennas } from './access-policy';
export { AuthModule, SessionHousekeepingModule, StaffAccountsModule } from './auth.module';
export type { AuthenticatedUser } from './authenticated-user';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
export { AntennaScoped, CurrentUser, Public, Roles } from './guards/access.decorators';
export { PasswordHasher } from './password-hasher';
export {
  ALL_ROLES,
  ANTENNA_SUPERVISOR_ROLES,
  CASEWORK_ROLES,
  FRONT_LINE_ROLES,
  REGIONAL_SUPERVISOR_ROLES,
  Role,
} from './role';
export { RefreshToken } from './tokens/refresh-token.entity';
export { RefreshTokenStore } from './tokens/refresh-token.store';
export { StaffDirectory } from './users/staff-directory.service';
export { StaffAccountEvents } from './users/staff-account-events';
export { KnownAntennas } from './users/known-antennas';
export type { StaffAccountChange } from './users/staff-account-events';
export type { NewStaffMember } from './users/staff-directory.service';
export { User } from './users/user.entity';
export { AUTH_SCHEMA } from './auth-schema';
