import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@gru/auth';
import { AccessibleCitizenPipe, CitizenLookup } from './accessible-citizen.pipe';

const citizenLookup = createParamDecorator(
  (param: string, context: ExecutionContext): CitizenLookup => {
    const request = context
      .switchToHttp()
      .getRequest<{ params: Record<string, string>; user: AuthenticatedUser }>();
    return { id: request.params[param], user: request.user };
  },
);

/**
 * The citizen named by the route parameter, loaded and access-checked (`AccessibleCitizenPipe`):
 * every route with a citizen's `:id` takes it this way (a unit test enumerates the routes).
 * It runs where a `@Param()` pipe runs: after guards and interceptors, before the handler.
 */
export const LoadedCitizen =
  (param = 'id'): ParameterDecorator =>
  (target, key, index) => {
    citizenLookup(param, AccessibleCitizenPipe)(target, key, index);
    // The route parameter still belongs in the OpenAPI contract, as @Param() used to put it there.
    const method = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
    if (key !== undefined && method) ApiParam({ name: param, type: String })(target, key, method);
  };
