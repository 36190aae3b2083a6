import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@gru/config';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  AmbiguousPostcodeDescription,
  describeAmbiguousPostcode,
} from './ambiguity/describe-ambiguous-postcode';
import { AntennaFile } from './antennas/antenna.types';
import { ANTENNA_FILE_NAME } from './antennas/load-antenna-file';
import { PerimeterHistoryRepository } from './perimeter-history/perimeter-history.repository';
import { PerimeterSnapshot } from './perimeter-history/perimeter-snapshot';
import { parsePostcode } from './postcode/parse-postcode';
import { loadCurrentTerritory, TerritoryOrigin } from './territory-index/load-current-territory';
import { TerritoryIndex } from './territory-index/territory-index';
import { PostcodeResolution } from './territory-index/territory-index.types';

// setTimeout takes at most a signed 32-bit delay (~24.8 days); a later change re-arms on wake-up.
const MAX_TIMER_MS = 2_147_483_647;

interface LoadedTerritory {
  readonly index: TerritoryIndex;
  readonly origin: TerritoryOrigin;
  readonly antennaFile: AntennaFile;
}

/**
 * The one in-process territorial reference for the API, voice and mail: an immutable index
 * rebuilt at boot, after each perimeter change and when a scheduled version takes effect.
 * Lookups read memory only; the database is read when the index is (re)built.
 */
@Injectable()
export class TerritoryService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TerritoryService.name);
  private loaded?: LoadedTerritory;
  private refreshing: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  get index(): TerritoryIndex {
    return this.current().index;
  }

  /** Database version or antenna file the index was built from. */
  get origin(): TerritoryOrigin {
    return this.current().origin;
  }

  /** The holders as loaded (perimeters included): the base an admin change is checked against. */
  get antennaFile(): AntennaFile {
    return this.current().antennaFile;
  }

  get antennaFilePath(): string {
    return join(this.config.values.configDirectory, ANTENNA_FILE_NAME);
  }

  /** Throws `InvalidPostcode` for anything but five ASCII digits. */
  resolvePostcode(raw: unknown): PostcodeResolution {
    return this.index.resolvePostcode(parsePostcode(raw));
  }

  describeAmbiguousPostcode(raw: unknown): AmbiguousPostcodeDescription {
    return describeAmbiguousPostcode(this.resolvePostcode(raw));
  }

  /** Reads the database: for explaining a past routing, not for routing. */
  perimeterAt(at: Date): Promise<PerimeterSnapshot | null> {
    return new PerimeterHistoryRepository(this.dataSource.manager).perimeterAt(at);
  }

  /** Rebuilds the index; concurrent calls run one after the other, readers keep the old one meanwhile. */
  refresh(): Promise<void> {
    const next = this.refreshing.then(() => this.reload());
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  private current(): LoadedTerritory {
    if (this.loaded === undefined) {
      throw new Error('TerritoryService is used before the module finished initialising');
    }
    return this.loaded;
  }

  private async reload(): Promise<void> {
    const now = new Date();
    const current = await loadCurrentTerritory(this.dataSource.manager, this.antennaFilePath, now);
    const index = TerritoryIndex.build(current.official, current.antennaFile);
    this.loaded = { index, origin: current.origin, antennaFile: current.antennaFile };
    this.logger.log(
      current.origin.kind === 'database'
        ? `Territory index built from perimeter version ${current.origin.version.id} (${index.source})`
        : `Territory index built from ${current.origin.path} (${index.source}); the database holds no perimeter yet`,
    );
    if (current.origin.kind === 'database') {
      await this.scheduleNextChange(now);
    }
  }

  private async scheduleNextChange(now: Date): Promise<void> {
    clearTimeout(this.timer);
    const next = await new PerimeterHistoryRepository(this.dataSource.manager).nextChangeAfter(now);
    if (next === null || this.stopped) {
      return;
    }
    const delay = Math.min(Math.max(next.getTime() - Date.now(), 0), MAX_TIMER_MS);
    this.timer = setTimeout(() => {
      this.refresh().catch((error: Error) =>
        this.logger.error(
          { err: error },
          'Scheduled territory refresh failed; the previous index stays',
        ),
      );
    }, delay);
    // A pending perimeter change must not keep a closing process alive.
    this.timer.unref();
  }
}
