import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthenticatedUser } from '../authenticated-user';
import type { Role } from '../role';

export const PUBLIC_ROUTE = 'gru:public';
export const ALLOWED_ROLES = 'gru:roles';
export const ANTENNA_PARAM = 'gru:antenna-param';

/** No authentication: health checks, login, Twilio webhooks (which have their own signature guard). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Every authenticated route must say who may call it; a route without it is refused (fail closed). */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The route acts on one antenna, named by this route parameter: staff of other antennas get 403. */
export const AntennaScoped = (param = 'antennaId') => SetMetadata(ANTENNA_PARAM, param);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => {
    return context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
  },
);
