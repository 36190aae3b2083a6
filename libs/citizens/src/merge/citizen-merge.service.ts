import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainException, ErrorCode, NotFoundException } from '@gru/errors';
import { DataSource, EntityManager } from 'typeorm';
import { CitizenRecordParticipants } from '../citizen-record-participants';
import { nameKey } from '../identity/name-key';
import { CitizenMerge } from '../persistence/citizen-merge.entity';
import { Citizen } from '../persistence/citizen.entity';

const IDENTITY_FIELDS = [
  'firstName',
  'lastName',
  'nameKey',
  'phones',
  'emails',
  'addressLine',
  'postcode',
  'inseeCode',
  'antennaId',
] as const;

/**
 * Merges a duplicate (source) into the record that stays (target): every participant moves its
 * rows in the same transaction, the target gains the source's phones and emails, and the source
 * is kept, marked merged, so that an admin can undo the whole operation.
 */
@Injectable()
export class CitizenMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: CitizenRecordParticipants,
  ) {}

  merge(sourceId: string, targetId: string, actorUserId: string | null): Promise<CitizenMerge> {
    if (sourceId === targetId)
      throw new DomainException(
        ErrorCode.Conflict,
        'Impossible de fusionner une fiche avec elle-même.',
      );
    return this.dataSource.transaction(async (manager) => {
      const [source, target] = await Promise.all([
        this.lockLive(manager, sourceId),
        this.lockLive(manager, targetId),
      ]);
      const moved: Record<string, string[]> = {};
      for (const participant of this.participants.all()) {
        moved[participant.name] = await participant.moveToCitizen(manager, source.id, target.id);
      }
      const targetBefore = Object.fromEntries(
        IDENTITY_FIELDS.map((field) => [field, target[field]]),
      );
      await manager.update(Citizen, target.id, {
        phones: [...new Set([...target.phones, ...source.phones])],
        emails: [...new Set([...target.emails, ...source.emails])],
        firstName: target.firstName ?? source.firstName,
        lastName: target.lastName ?? source.lastName,
        nameKey: nameKey(target.lastName ?? source.lastName, target.firstName ?? source.firstName),
        addressLine: target.addressLine ?? source.addressLine,
        postcode: target.postcode ?? source.postcode,
        inseeCode: target.inseeCode ?? source.inseeCode,
        antennaId: target.antennaId ?? source.antennaId,
      });
      await manager.update(Citizen, source.id, { mergedIntoId: target.id });
      return manager.save(
        manager.create(CitizenMerge, {
          sourceCitizenId: source.id,
          targetCitizenId: target.id,
          targetBefore,
          moved,
          mergedByUserId: actorUserId,
          revertedAt: null,
          revertedByUserId: null,
        }),
      );
    });
  }

  /** The merges this citizen took part in, newest first. */
  mergesOf(citizenId: string): Promise<CitizenMerge[]> {
    return this.dataSource.getRepository(CitizenMerge).find({
      where: [{ sourceCitizenId: citizenId }, { targetCitizenId: citizenId }],
      order: { mergedAt: 'DESC' },
    });
  }

  revert(mergeId: string, actorUserId: string | null): Promise<CitizenMerge> {
    return this.dataSource.transaction(async (manager) => {
      const merge = await manager.findOne(CitizenMerge, {
        where: { id: mergeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!merge) throw new NotFoundException('citizen merge', mergeId);
      if (merge.revertedAt)
        throw new DomainException(ErrorCode.Conflict, 'Cette fusion a déjà été annulée.', {
          mergeId,
        });
      for (const [name, ids] of Object.entries(merge.moved)) {
        const participant = this.participants.get(name);
        if (!participant)
          throw new Error(`No participant "${name}" to put back ${ids.length} record(s)`);
        await participant.moveBack(manager, ids, merge.sourceCitizenId);
      }
      await manager.update(Citizen, merge.targetCitizenId, merge.targetBefore);
      await manager.update(Citizen, merge.sourceCitizenId, { mergedIntoId: null });
      merge.revertedAt = new Date();
      merge.revertedByUserId = actorUserId;
      return manager.save(merge);
    });
  }

  private async lockLive(manager: EntityManager, id: string): Promise<Citizen> {
    const citizen = await manager.findOne(Citizen, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!citizen) throw new NotFoundException('citizen', id);
    if (citizen.mergedIntoId)
      throw new DomainException(ErrorCode.Conflict, 'Cette fiche a déjà été fusionnée.', {
        citizenId: id,
        mergedIntoId: citizen.mergedIntoId,
      });
    if (citizen.anonymisedAt)
      throw new DomainException(ErrorCode.Conflict, 'Cette fiche est anonymisée.', {
        citizenId: id,
      });
    return citizen;
  }
}
