import { EpciSirensByHolder, HolderIdByEpci } from '../perimeter/perimeter-assignments';
import { PerimeterOrigin } from '../persistence/perimeter-version.entity';

export interface PerimeterVersionSummary {
  readonly id: number;
  readonly effectiveFrom: Date;
  readonly createdAt: Date;
  readonly createdBy: string | null;
  readonly reason: string;
  readonly origin: PerimeterOrigin;
}

/** One stored perimeter version with its assignments, both ways round. */
export interface PerimeterSnapshot {
  readonly version: PerimeterVersionSummary;
  readonly epciSirensByHolder: EpciSirensByHolder;
  readonly holderIdByEpci: HolderIdByEpci;
}
