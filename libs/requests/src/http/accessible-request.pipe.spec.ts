import { BadRequestException } from '@nestjs/common';
import { AuthenticatedUser, Role } from '@gru/auth';
import { AccessDeniedException, NotFoundException } from '@gru/errors';
import type { Request } from '../persistence/request.entity';
import { RequestAccess } from '../workflow/request-access.service';
import type { RequestReader } from '../workflow/request-reader.service';
import { AccessibleRequestPipe } from './accessible-request.pipe';

const ID = '3f1c2a52-5d7e-4b8e-9c1a-2b3c4d5e6f70';
const request = { id: ID, antennaId: 'amiens', assigneeUserId: null } as Request;
const agentOf = (antennaId: string): AuthenticatedUser => ({
  id: 'u',
  email: 'u@gru.test',
  role: Role.Agent,
  antennaId,
  mobileTeam: false,
});
const metadata = { type: 'custom', data: 'id' } as const;

describe('AccessibleRequestPipe', () => {
  const reader = {
    get: jest.fn((id: string) =>
      id === ID ? Promise.resolve(request) : Promise.reject(new NotFoundException('request', id)),
    ),
  } as unknown as RequestReader;
  const pipe = new AccessibleRequestPipe(reader, new RequestAccess());

  it('hands over the request to staff of its antenna', async () => {
    await expect(pipe.transform({ id: ID, user: agentOf('amiens') }, metadata)).resolves.toBe(
      request,
    );
  });

  it('refuses staff of another antenna with access-denied (403)', async () => {
    await expect(
      pipe.transform({ id: ID, user: agentOf('arras') }, metadata),
    ).rejects.toBeInstanceOf(AccessDeniedException);
  });

  it('answers an unknown request with not-found (404) before any access rule', async () => {
    await expect(
      pipe.transform(
        { id: '00000000-0000-4000-8000-000000000000', user: agentOf('arras') },
        metadata,
      ),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it('refuses a malformed id as ParseUUIDPipe did, without reading the database', async () => {
    await expect(
      pipe.transform({ id: 'HDF-2025-000001', user: agentOf('amiens') }, metadata),
    ).rejects.toBeInstanceOf(BadRequestException);
    expect(reader.get).not.toHaveBeenCalledWith('HDF-2025-000001');
  });
});
