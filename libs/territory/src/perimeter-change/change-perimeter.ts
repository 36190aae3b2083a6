import { Injectable } from '@nestjs/common';
import { AuditAction, AuditActor, AuditLogService, AuditOrigin } from '@gru/audit';
import { DomainException, ErrorCode, ValidationFailedException } from '@gru/errors';
import { DataSource } from 'typeorm';
import {
  AssignmentChange,
  diffAssignments,
  findProblemsOfPerimeter,
} from '../perimeter/perimeter-assignments';
import { PerimeterValidationError } from '../perimeter/perimeter-validation-error.exception';
import { PerimeterHistoryRepository } from '../perimeter-history/perimeter-history.repository';
import { PerimeterSnapshot } from '../perimeter-history/perimeter-snapshot';
import { lockTerritoryWrites } from '../persistence/lock-territory-writes';
import { composeAntennaFile } from '../persistence/perimeter-holder-mapping';
import { StoredTerritoryRepository } from '../persistence/stored-territory.repository';
import { TerritoryChangeBroadcast } from '../territory-change-broadcast';
import { TerritoryService } from '../territory.service';

const PAST_TOLERANCE_MS = 5 * 60_000;

export interface PerimeterChangeCommand {
  readonly effectiveFrom: Date;
  readonly reason: string;
  /** Holder id → EPCI SIRENs; a holder left out gets no EPCI. */
  readonly assignments: Readonly<Record<string, readonly string[]>>;
}

export interface PerimeterChangeResult {
  readonly snapshot: PerimeterSnapshot;
  /** Against the version that would have been in effect at `effectiveFrom` without this one. */
  readonly changes: readonly AssignmentChange[];
}

/**
 * An admin's new perimeter: checked against the stored official data with the same coverage
 * rules as the boot, stored as a new version with its audit entry in one transaction, then
 * loaded into the index.
 */
@Injectable()
export class ChangePerimeter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
    private readonly auditLog: AuditLogService,
    private readonly broadcast: TerritoryChangeBroadcast,
  ) {}

  async execute(
    command: PerimeterChangeCommand,
    actor: AuditActor,
    origin: AuditOrigin,
  ): Promise<PerimeterChangeResult> {
    const perimeter = new Map(Object.entries(command.assignments));
    const now = new Date();
    if (command.effectiveFrom.getTime() < now.getTime() - PAST_TOLERANCE_MS) {
      throw new ValidationFailedException([
        {
          field: 'effectiveFrom',
          messages: [
            "effectiveFrom ne peut pas être dans le passé : l'historique des périmètres n'est " +
              'jamais réécrit (le routage passé doit rester explicable).',
          ],
        },
      ]);
    }
    // "Now" as sent by a client is already a little in the past when it arrives.
    const effectiveFrom = new Date(Math.max(command.effectiveFrom.getTime(), now.getTime()));
    const result = await this.dataSource.transaction(async (manager) => {
      await lockTerritoryWrites(manager);
      const store = new StoredTerritoryRepository(manager);
      const official = await store.official();
      if (official === null) {
        throw new DomainException(
          ErrorCode.Conflict,
          "Le territoire n'est pas importé en base : lancez « npm run territory:import » " +
            'avant de modifier un périmètre.',
        );
      }
      const history = new PerimeterHistoryRepository(manager);
      const holders = composeAntennaFile(this.territory.antennaFile, await store.holders());
      const problems = findProblemsOfPerimeter(official, holders, perimeter);
      if (problems.length > 0) {
        throw new PerimeterValidationError(problems);
      }
      const before = await history.perimeterAt(effectiveFrom);
      const snapshot = await history.insert(
        {
          effectiveFrom,
          createdBy: actor.userId,
          reason: command.reason,
          origin: 'admin',
        },
        perimeter,
      );
      const changes = diffAssignments(before?.holderIdByEpci ?? new Map(), snapshot.holderIdByEpci);
      await this.auditLog.record(
        {
          action: AuditAction.Update,
          resourceType: 'perimeter',
          resourceId: String(snapshot.version.id),
          actor,
          origin,
          details: {
            effectiveFrom: effectiveFrom.toISOString(),
            reason: command.reason,
            changes,
          },
        },
        manager,
      );
      return { snapshot, changes };
    });
    await this.territory.refresh();
    await this.broadcast.announce();
    return result;
  }
}
