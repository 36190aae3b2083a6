import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@gru/auth';
import {
  AccessibleContactPipe,
  CodableContactPipe,
  ContactLookup,
} from './accessible-contact.pipe';

const contactLookup = createParamDecorator(
  (param: string, context: ExecutionContext): ContactLookup => {
    const request = context
      .switchToHttp()
      .getRequest<{ params: Record<string, string>; user: AuthenticatedUser }>();
    return { id: request.params[param], user: request.user };
  },
);

/**
 * The contact named by the route parameter, loaded and access-checked: for reading
 * (`AccessibleContactPipe`), or for coding (`CodableContactPipe`: its agent, their supervisors).
 */
export const LoadedContact =
  (purpose: 'read' | 'code' = 'read', param = 'id'): ParameterDecorator =>
  (target, key, index) => {
    contactLookup(param, purpose === 'code' ? CodableContactPipe : AccessibleContactPipe)(
      target,
      key,
      index,
    );
    const method = key === undefined ? undefined : Object.getOwnPropertyDescriptor(target, key);
    if (key !== undefined && method) ApiParam({ name: param, type: String })(target, key, method);
  };
