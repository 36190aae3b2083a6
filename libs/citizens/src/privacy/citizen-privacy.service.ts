import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException, ErrorCode, NotFoundException } from '@gru/errors';
import { DataSource } from 'typeorm';
import { CitizenRecordParticipants } from '../citizen-record-participants';
import { Citizen } from '../persistence/citizen.entity';

/** RGPD rights: the export of everything held about a citizen, and anonymisation. */
@Injectable()
export class CitizenPrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: CitizenRecordParticipants,
  ) {}

  async export(citizenId: string): Promise<Record<string, unknown>> {
    const citizen = await this.dataSource
      .getRepository(Citizen)
      .findOne({ where: { id: citizenId } });
    if (!citizen) throw new NotFoundException('citizen', citizenId);
    const sections = await Promise.all(
      this.participants
        .all()
        .map(
          async (participant) =>
            [participant.name, await participant.exportFor(citizenId)] as const,
        ),
    );
    return { exportedAt: new Date().toISOString(), citizen, ...Object.fromEntries(sections) };
  }

  /**
   * Removes identifying data and keeps the rows that statistics count (contacts, requests, with
   * their channel, antenna, dates and outcomes). Irreversible by design.
   */
  anonymise(citizenId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const citizen = await manager.findOne(Citizen, {
        where: { id: citizenId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!citizen) throw new NotFoundException('citizen', citizenId);
      if (citizen.anonymisedAt)
        throw new DomainException(ErrorCode.Conflict, 'Cette fiche est déjà anonymisée.', {
          citizenId,
        });
      for (const participant of this.participants.all())
        await participant.anonymise(manager, citizenId);
      await manager.update(Citizen, citizenId, {
        civility: null,
        firstName: null,
        lastName: null,
        nameKey: '',
        phones: [],
        emails: [],
        addressLine: null,
        // A small commune can identify a person: only the antenna stays, which statistics group by.
        postcode: null,
        inseeCode: null,
        contactConsent: false,
        consentRecordedAt: null,
        anonymisedAt: new Date(),
      });
    });
  }
}
