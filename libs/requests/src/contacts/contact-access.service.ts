import { Injectable } from '@nestjs/common';
import {
  ANTENNA_SUPERVISOR_ROLES,
  AuthenticatedUser,
  mayActOnAntenna,
  Role,
  worksAcrossAntennas,
} from '@gru/auth';
import { CitizenAccess, CitizenDirectory } from '@gru/citizens';
import { RequestAccess } from '../workflow/request-access.service';
import { RequestReader } from '../workflow/request-reader.service';
import type { Contact } from './contact.entity';

/**
 * Who may see a contact already logged: the staff who may see its request or its citizen, the agent
 * who handled it, the staff of its antenna, and those who work across antennas.
 */
@Injectable()
export class ContactAccess {
  constructor(
    private readonly requests: RequestReader,
    private readonly requestAccess: RequestAccess,
    private readonly citizens: CitizenDirectory,
    private readonly citizenAccess: CitizenAccess,
  ) {}

  async mayRead(user: AuthenticatedUser, contact: Contact): Promise<boolean> {
    if (worksAcrossAntennas(user) || contact.agentUserId === user.id) return true;
    const antennaStaff = user.role === Role.Agent || user.role === Role.AntennaManager;
    if (antennaStaff && contact.antennaId !== null && contact.antennaId === user.antennaId)
      return true;
    if (contact.requestId) {
      const request = await this.requests.get(contact.requestId);
      if (this.requestAccess.mayAccess(user, request)) return true;
    }
    if (contact.citizenId) {
      const citizen = await this.citizens.get(contact.citizenId);
      if (await this.citizenAccess.mayRead(user, citizen)) return true;
    }
    return false;
  }

  /** Coding (reason, scheme, outcome): the agent who handled the contact, or their antenna's supervisors. */
  mayCode(user: AuthenticatedUser, contact: Contact): boolean {
    if (contact.agentUserId === user.id) return true;
    return (
      ANTENNA_SUPERVISOR_ROLES.includes(user.role) &&
      contact.antennaId !== null &&
      mayActOnAntenna(user, contact.antennaId)
    );
  }
}
