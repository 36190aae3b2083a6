import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditAction, Audited } from '@gru/audit';
import {
  AuthenticatedUser,
  CurrentUser,
  FRONT_LINE_ROLES,
  mayActOnAntenna,
  Roles,
} from '@gru/auth';
import { CitizenAccess, CitizenDirectory } from '@gru/citizens';
import {
  AccessDeniedException,
  DomainException,
  ErrorCode,
  ValidationFailedException,
} from '@gru/errors';
import { KnowledgeUsage } from '@gru/knowledge';
import type { Response } from 'express';
import { articleSlugsOf } from '../contacts/contact.dto';
import { ContactAccess } from '../contacts/contact-access.service';
import { ContactCoder } from '../contacts/contact-coder.service';
import type { Contact } from '../contacts/contact.entity';
import { ContactLog } from '../contacts/contact-log.service';
import { RequestAccess } from '../workflow/request-access.service';
import { RequestReader } from '../workflow/request-reader.service';
import { ContactDto } from './contact.dto';
import { LoadedContact } from './loaded-contact.decorator';
import { CodeContactDto, CreateContactDto } from './request-inputs.dto';

/** Logs a contact handled by a person (a front-desk visit, a call taken outside the IVR). */
@ApiTags('contacts')
@ApiBearerAuth()
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactLog,
    private readonly contactAccess: ContactAccess,
    private readonly citizens: CitizenDirectory,
    private readonly citizenAccess: CitizenAccess,
    private readonly requests: RequestReader,
    private readonly requestAccess: RequestAccess,
    private readonly coder: ContactCoder,
    private readonly knowledge: KnowledgeUsage,
  ) {}

  /** The agent codes a contact they handled (reason, scheme, outcome, note); their antenna's supervisors may correct it. */
  @Post(':id/coding')
  @HttpCode(200)
  @Roles(...FRONT_LINE_ROLES)
  @ApiOkResponse({ type: ContactDto })
  @Audited({ action: AuditAction.Update, resourceType: 'contact', idParam: 'id' })
  async code(
    @LoadedContact('code') contact: Contact,
    @Body() body: CodeContactDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ContactDto> {
    const coded = await this.coder.code(contact, body, user);
    return ContactDto.of(coded, await this.knowledge.titles(articleSlugsOf(coded)));
  }

  @Post()
  @Roles(...FRONT_LINE_ROLES)
  @Audited({ action: AuditAction.Create, resourceType: 'contact' })
  async record(
    @Body() body: CreateContactDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const citizen = body.citizenId ? await this.citizens.get(body.citizenId) : undefined;
    if (citizen) await this.citizenAccess.assertMayRead(user, citizen);
    if (body.requestId) {
      const request = await this.requests.get(body.requestId);
      this.requestAccess.assertMayAccess(user, request);
      if (citizen && request.citizenId !== (citizen.mergedIntoId ?? citizen.id))
        throw new ValidationFailedException([
          {
            field: 'requestId',
            messages: [
              "requestId : cette demande n'est pas celle de cet usager / the request is another citizen's",
            ],
          },
        ]);
    }
    if (body.antennaId && !mayActOnAntenna(user, body.antennaId))
      throw new AccessDeniedException("Cette antenne n'est pas dans votre périmètre.");
    const { contact, created } = await this.contacts.record({
      ...body,
      agentUserId: user.id,
      antennaId: body.antennaId ?? user.antennaId ?? citizen?.antennaId ?? null,
    });
    // A channel's id already logged: a retry of one's own contact, or someone else's call.
    if (!created && !(await this.contactAccess.mayRead(user, contact)))
      throw new DomainException(
        ErrorCode.Conflict,
        'Cette référence externe est déjà enregistrée pour un autre contact.',
      );
    response.status(created ? 201 : 200);
    return contact;
  }
}
