import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@gru/auth';
import { AccessibleRequestPipe, RequestLookup } from './accessible-request.pipe';

const requestLookup = createParamDecorator(
  (param: string, context: ExecutionContext): RequestLookup => {
    const request = context
      .switchToHttp()
      .getRequest<{ params: Record<string, string>; user: AuthenticatedUser }>();
    return { id: request.params[param], user: request.user };
  },
);

/**
 * The request named by the route parameter, loaded and access-checked (`AccessibleRequestPipe`):
 * every route with a request's `:id` takes it this way (a unit test enumerates the routes).
 * It runs where a `@Param()` pipe runs: after guards and interceptors, before the handler; an
 * upload route adds `AccessibleRequestGuard` so that the check comes before the body is read.
 */
export const LoadedRequest =
  (param = 'id'): ParameterDecorator =>
  (target, key, index) => {
    requestLookup(param, AccessibleRequestPipe)(target, key, index);
    // The route parameter still belongs in the OpenAPI contract, as @Param() used to put it there.
    const method = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
    if (key !== undefined && method) ApiParam({ name: param, type: String })(target, key, method);
  };
