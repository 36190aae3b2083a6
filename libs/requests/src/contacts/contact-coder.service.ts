import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@gru/auth';
import { CitizenAccess, CitizenDirectory } from '@gru/citizens';
import { DomainException, ErrorCode, ValidationFailedException } from '@gru/errors';
import { KnowledgeUsage } from '@gru/knowledge';
import { Repository } from 'typeorm';
import { RequestAccess } from '../workflow/request-access.service';
import { RequestReader } from '../workflow/request-reader.service';
import { RequestWriter } from '../workflow/request-writer.service';
import { ContactCodingInput } from './contact-coding';
import { ContactOutcome } from './contact-outcome';
import { Contact } from './contact.entity';

const CALLBACK_SUBJECT = 'Rappel à effectuer suite à un contact';

function invalid(field: string, message: string): ValidationFailedException {
  return new ValidationFailedException([{ field, messages: [`${field} : ${message}`] }]);
}

/**
 * The agent's coding of a contact once it ends: why (reason, scheme), how it ended, a note, and
 * the citizen and request it belongs to. A scheduled callback without a request gets one, which
 * puts it on the antenna's callback list.
 */
@Injectable()
export class ContactCoder {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    private readonly citizens: CitizenDirectory,
    private readonly citizenAccess: CitizenAccess,
    private readonly requests: RequestReader,
    private readonly requestAccess: RequestAccess,
    private readonly writer: RequestWriter,
    private readonly knowledge: KnowledgeUsage,
  ) {}

  async code(
    contact: Contact,
    input: ContactCodingInput,
    user: AuthenticatedUser,
  ): Promise<Contact> {
    const articleSlugs = [...new Set(input.knowledgeArticleSlugs ?? [])];
    // Checked before anything is written: an unknown article is a 400 on the coding.
    await this.knowledge.assertArticles(articleSlugs);
    let citizenId = contact.citizenId;
    if (input.citizenId) {
      const citizen = await this.citizens.get(input.citizenId);
      await this.citizenAccess.assertMayRead(user, citizen);
      citizenId = citizen.mergedIntoId ?? citizen.id;
    }
    let requestId = contact.requestId;
    if (input.requestId && input.requestId !== contact.requestId) {
      if (contact.requestId !== null)
        throw new DomainException(
          ErrorCode.Conflict,
          'Ce contact est déjà rattaché à une autre demande.',
          { requestId: contact.requestId },
        );
      const request = await this.requests.get(input.requestId);
      this.requestAccess.assertMayAccess(user, request);
      if (citizenId !== null && request.citizenId !== citizenId)
        throw invalid(
          'requestId',
          "cette demande n'est pas celle de cet usager / the request is another citizen's",
        );
      citizenId = request.citizenId;
      requestId = request.id;
    }
    if (input.outcome === ContactOutcome.RequestCreated && requestId === null)
      throw invalid(
        'requestId',
        'créez la demande (avec ce contact) avant de coder « demande créée » / create the request first',
      );
    if (input.outcome === ContactOutcome.CallbackScheduled && requestId === null) {
      if (citizenId === null)
        throw invalid(
          'citizenId',
          "identifiez l'usager ou créez sa fiche pour programmer un rappel / a callback needs a citizen",
        );
      // The request takes over the contact only if it is this citizen's (see RequestWriter).
      if (contact.citizenId !== citizenId)
        await this.contacts.update({ id: contact.id }, { citizenId });
      const request = await this.writer.create(
        {
          citizenId,
          channel: contact.channel,
          subject: CALLBACK_SUBJECT,
          aidSchemeSlug: input.aidSchemeSlug ?? null,
          antennaId: contact.antennaId ?? user.antennaId ?? undefined,
          contactId: contact.id,
        },
        user.id,
      );
      requestId = request.id;
    }
    await this.contacts
      .createQueryBuilder()
      .update()
      .set({
        reasonCode: input.reasonCode,
        aidSchemeSlug: input.aidSchemeSlug ?? null,
        outcome: input.outcome,
        note: input.note?.trim() || null,
        citizenId,
        requestId,
        agentUserId: contact.agentUserId ?? user.id,
        details: () => 'details || CAST(:coding AS jsonb)',
      })
      .where('id = :id', { id: contact.id })
      .setParameter(
        'coding',
        JSON.stringify({
          codedByUserId: user.id,
          codedAt: new Date().toISOString(),
          ...(articleSlugs.length > 0 ? { knowledgeArticleSlugs: articleSlugs } : {}),
        }),
      )
      .execute();
    await this.knowledge.recordCoding(articleSlugs, contact.id, user.id);
    return this.contacts.findOneByOrFail({ id: contact.id });
  }
}
