import { Controller, ExecutionContext, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessDeniedException } from '@gru/errors';
import type { AuthenticatedUser } from '../authenticated-user';
import { Role } from '../role';
import { AntennaScoped, Public, Roles } from './access.decorators';
import { RoleGuard } from './role.guard';

@Controller()
class SampleController {
  @Get() @Public() open(): void {}
  @Get() undeclared(): void {}
  @Get() @Roles(Role.Manager) managersOnly(): void {}
  @Get() @Roles(Role.Agent, Role.Manager) @AntennaScoped('antennaId') antennaTeam(): void {}
}

function contextFor(
  handler: keyof SampleController,
  user: AuthenticatedUser,
  params: Record<string, string> = {},
): ExecutionContext {
  const request = { user, params, method: 'GET', path: '/sample' };
  return {
    getType: () => 'http',
    getHandler: () => SampleController.prototype[handler],
    getClass: () => SampleController,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

const agentOfAmiens: AuthenticatedUser = {
  id: 'a',
  email: 'a@gru.test',
  role: Role.Agent,
  antennaId: 'amiens',
  mobileTeam: false,
};
const mobileAgent: AuthenticatedUser = { ...agentOfAmiens, antennaId: null, mobileTeam: true };

describe('RoleGuard', () => {
  const guard = new RoleGuard(new Reflector());

  it('lets public routes through', () => {
    expect(guard.canActivate(contextFor('open', agentOfAmiens))).toBe(true);
  });

  it('refuses a route that declares no roles (fail closed)', () => {
    expect(() => guard.canActivate(contextFor('undeclared', agentOfAmiens))).toThrow(
      AccessDeniedException,
    );
  });

  it('refuses a role the route does not list', () => {
    expect(() => guard.canActivate(contextFor('managersOnly', agentOfAmiens))).toThrow(
      AccessDeniedException,
    );
  });

  it('keeps an antenna agent to their antenna and lets the mobile team anywhere', () => {
    expect(
      guard.canActivate(contextFor('antennaTeam', agentOfAmiens, { antennaId: 'amiens' })),
    ).toBe(true);
    expect(() =>
      guard.canActivate(contextFor('antennaTeam', agentOfAmiens, { antennaId: 'laon' })),
    ).toThrow(AccessDeniedException);
    expect(guard.canActivate(contextFor('antennaTeam', mobileAgent, { antennaId: 'laon' }))).toBe(
      true,
    );
  });
});
