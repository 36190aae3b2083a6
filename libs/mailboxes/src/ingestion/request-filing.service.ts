import { Injectable } from '@nestjs/common';
import {
  CitizenDirectory,
  CitizenMatcher,
  ContactChannel,
  normaliseEmailAddress,
} from '@gru/citizens';
import { DomainException, ErrorCode, ValidationFailedException } from '@gru/errors';
import {
  ContactDirection,
  ContactLog,
  Request,
  RequestAttachments,
  RequestStatus,
  RequestWorkflow,
  RequestWriter,
} from '@gru/requests';
import { TerritoryService } from '@gru/territory';
import type { EntityManager } from 'typeorm';
import type { InboundMail } from '../parsing/inbound-mail';
import { splitQuotedHistory } from '../parsing/quoted-history';
import type { MailAttachmentSummary } from '../persistence/mail-message.entity';
import type { Mailbox } from '../persistence/mailbox.entity';
import { proposeAntenna } from '../threading/antenna-proposal';
import { Thread, ThreadResolver } from '../threading/thread-resolver.service';
import { citizenOf } from './sender-citizens.service';

export interface Filing {
  readonly outcome: 'created' | 'threaded';
  readonly request: Request;
  readonly contactId: string;
  readonly attachments: MailAttachmentSummary[];
  /** Why the request was reopened or a linked one opened, when it was. */
  readonly note: string | null;
}

/**
 * Files a person's message on exactly one request through the requests and citizens libraries'
 * services. Every step is idempotent on the mail message's id (the contact's external ref), so a
 * crash anywhere resumes without a second contact or request.
 */
@Injectable()
export class RequestFiling {
  constructor(
    private readonly threads: ThreadResolver,
    private readonly contacts: ContactLog,
    private readonly writer: RequestWriter,
    private readonly workflow: RequestWorkflow,
    private readonly attachmentStore: RequestAttachments,
    private readonly citizens: CitizenDirectory,
    private readonly matcher: CitizenMatcher,
    private readonly territory: TerritoryService,
  ) {}

  async file(mailMessageId: string, mail: InboundMail, mailbox: Mailbox): Promise<Filing> {
    const thread = await this.threads.resolve(mail);
    const latest = splitQuotedHistory(mail.text).latest;
    const proposal = proposeAntenna(latest, this.territory);
    const externalRef = `mail:${mailMessageId}`;
    let contact = await this.contacts.findByExternalRef(ContactChannel.Email, externalRef);
    if (!contact) {
      const who = thread ? null : await this.citizenFor(mail, proposal?.postcode ?? null);
      contact = (
        await this.contacts.record({
          channel: ContactChannel.Email,
          direction: ContactDirection.Inbound,
          citizenId: thread ? thread.request.citizenId : who!.citizenId,
          startedAt: mail.date ?? new Date(),
          antennaId: thread?.request.antennaId ?? proposal?.antennaId ?? null,
          aidSchemeSlug: mailbox.aidSchemeSlug,
          externalRef,
          details: {
            mailboxId: mailbox.id,
            mailMessageId,
            ...(who?.candidates.length ? { citizenCandidates: who.candidates } : {}),
            ...(proposal ? { antennaProposal: proposal } : {}),
          },
        })
      ).contact;
    }
    let outcome: Filing['outcome'];
    let request: Request;
    let note: string | null = null;
    if (contact.requestId) {
      // Resumed after a crash: the request exists, linked in the same transaction as the contact.
      outcome = thread && thread.request.id === contact.requestId ? 'threaded' : 'created';
      request =
        thread && outcome === 'threaded' ? thread.request : await this.requestOf(contact.requestId);
    } else if (thread && thread.request.status !== RequestStatus.Closed) {
      note = await this.reopenIfNeeded(thread);
      await this.workflow.linkContact(thread.request.id, contact.id, null);
      request = thread.request;
      outcome = 'threaded';
    } else {
      const created = await this.writer
        .create(
          {
            citizenId: contact.citizenId!,
            channel: ContactChannel.Email,
            subject: (mail.subject || '(sans objet)').slice(0, 300),
            aidSchemeSlug: mailbox.aidSchemeSlug,
            ...(thread
              ? { antennaId: thread.request.antennaId }
              : proposal
                ? { antennaId: proposal.antennaId }
                : {}),
            contactId: contact.id,
            // Our clock, not the sender's: a back-dated Date header must not make a request overdue.
            receivedAt: new Date(),
          },
          null,
        )
        .catch(async (error: unknown) => {
          // Another worker filed the same message meanwhile: its request is the one.
          const linked = await this.contacts.findByExternalRef(ContactChannel.Email, externalRef);
          if (
            error instanceof DomainException &&
            error.code === ErrorCode.Conflict &&
            linked?.requestId
          )
            return null;
          throw error;
        });
      outcome = 'created';
      if (created) {
        request = created;
        if (thread) note = await this.linkFollowUp(thread.request, request);
      } else {
        const linked = await this.contacts.findByExternalRef(ContactChannel.Email, externalRef);
        request = await this.requestOf(linked!.requestId!);
      }
    }
    const attachments = await this.attach(request.id, mail);
    return { outcome, request, contactId: contact.id, attachments, note };
  }

  private async requestOf(id: string): Promise<Request> {
    return await this.threads.requestById(id);
  }

  /** The citizen by sender address: one strong match is them; otherwise a new record, candidates kept. */
  private async citizenFor(
    mail: InboundMail,
    postcode: string | null,
  ): Promise<{ citizenId: string; candidates: string[] }> {
    const email = mail.from ? normaliseEmailAddress(mail.from.address) : undefined;
    const candidates = email
      ? (await this.matcher.candidates({ email })).filter(
          (candidate) => candidate.strength === 'strong',
        )
      : [];
    if (candidates.length === 1) return { citizenId: candidates[0].citizen.id, candidates: [] };
    const citizen = await this.citizens.create(citizenOf(mail.from, email, postcode));
    return {
      citizenId: citizen.id,
      candidates: candidates.map((candidate) => candidate.citizen.id),
    };
  }

  /** A reply to a resolved request, or to one waiting for the citizen, puts it back in progress. */
  private async reopenIfNeeded(thread: Thread): Promise<string | null> {
    const { request } = thread;
    if (request.status === RequestStatus.Resolved) {
      const reason =
        'Demande rouverte : un nouveau message de l’usager est arrivé après sa résolution.';
      await this.workflow.transition(request.id, RequestStatus.InProgress, null, reason);
      return reason;
    }
    if (request.status === RequestStatus.WaitingCitizen) {
      const reason = 'Reprise : l’usager a répondu par courriel.';
      await this.workflow.transition(request.id, RequestStatus.InProgress, null, reason);
      return reason;
    }
    return null;
  }

  /** Closed is final: the message opens a new request, and both timelines say which and why. */
  private async linkFollowUp(closed: Request, followUp: Request): Promise<string> {
    const reason = `Nouvelle demande ${followUp.reference} ouverte : la demande ${closed.reference}, à laquelle ce courriel répond, est clôturée (une demande clôturée ne se rouvre pas).`;
    await this.workflow.addNote(followUp.id, reason, null);
    await this.workflow.addNote(
      closed.id,
      `Un courriel reçu après clôture a ouvert la demande liée ${followUp.reference}.`,
      null,
    );
    return reason;
  }

  /** Documents go to the request's attachment store (sniffed types, one copy per content). */
  async attach(
    requestId: string,
    mail: InboundMail,
    manager?: EntityManager,
  ): Promise<MailAttachmentSummary[]> {
    const summaries: MailAttachmentSummary[] = [];
    for (const attachment of mail.attachments) {
      if (attachment.inline || attachment.content.length === 0) continue;
      let requestAttachmentId: string | null = null;
      try {
        const stored = await this.attachmentStore.attach(
          requestId,
          { originalname: attachment.fileName, buffer: attachment.content },
          null,
          manager,
        );
        requestAttachmentId = stored.attachment.id;
      } catch (error) {
        // A type the store does not take (a .docx, a TNEF winmail.dat) stays in the raw message.
        if (!(error instanceof ValidationFailedException)) throw error;
      }
      summaries.push({
        fileName: attachment.fileName,
        mediaType: attachment.contentType,
        sizeBytes: attachment.content.length,
        requestAttachmentId,
      });
    }
    return summaries;
  }
}
