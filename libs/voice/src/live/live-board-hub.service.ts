import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { CallDispatcher } from '@gru/call-routing';
import { ScreenPopHub } from '../screen-pop/screen-pop-hub.service';
import type { LiveBoardDto } from './live-board.dto';
import { scopeBoard } from './live-board-of';
import { BoardScope, LiveBoardService } from './live-board.service';

/** At most this often a recomputation, however many routing changes arrive. */
const MIN_INTERVAL_MS = 500;
/** Without any change, waits still grow: a refresh this often. */
const TICK_MS = 5000;

interface Watcher {
  readonly scope: BoardScope;
  readonly send: (board: LiveBoardDto) => void;
}

/**
 * The process's live boards: one computation for all open streams, run when the routing state
 * announces a change (Redis channel of the dispatcher, whichever process changed it) or on a tick,
 * then cut by each stream's scope. Idle when no stream is open.
 */
@Injectable()
export class LiveBoardHub implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveBoardHub.name);
  private readonly watchers = new Set<Watcher>();
  private tick?: NodeJS.Timeout;
  private pending?: NodeJS.Timeout;
  private lastRun = 0;
  private running = false;
  private rerun = false;

  constructor(
    private readonly boards: LiveBoardService,
    private readonly pubsub: ScreenPopHub,
    private readonly dispatcher: CallDispatcher,
  ) {}

  /** Sends the board at once, then at every change; resolves once changes are listened to. */
  async watch(scope: BoardScope, send: (board: LiveBoardDto) => void): Promise<() => void> {
    const watcher: Watcher = { scope, send };
    const stopListening = await this.pubsub.listen(this.dispatcher.changesChannel, () =>
      this.schedule(),
    );
    this.watchers.add(watcher);
    if (!this.tick) {
      this.tick = setInterval(() => this.schedule(), TICK_MS);
      this.tick.unref();
    }
    try {
      send(scopeBoard(await this.boards.compute(), scope));
    } catch (error) {
      this.unwatch(watcher, stopListening);
      throw error;
    }
    return () => this.unwatch(watcher, stopListening);
  }

  onApplicationShutdown(): void {
    clearInterval(this.tick);
    clearTimeout(this.pending);
    this.watchers.clear();
  }

  private unwatch(watcher: Watcher, stopListening: () => void): void {
    stopListening();
    this.watchers.delete(watcher);
    if (this.watchers.size > 0) return;
    clearInterval(this.tick);
    this.tick = undefined;
  }

  private schedule(): void {
    if (this.pending || this.watchers.size === 0) return;
    const delay = Math.max(0, this.lastRun + MIN_INTERVAL_MS - Date.now());
    this.pending = setTimeout(() => {
      this.pending = undefined;
      void this.run();
    }, delay);
    this.pending.unref();
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = true;
    this.lastRun = Date.now();
    try {
      const computed = await this.boards.compute();
      const byScope = new Map<string, LiveBoardDto>();
      for (const watcher of this.watchers) {
        const key = watcher.scope?.join(',') ?? '*';
        let board = byScope.get(key);
        if (!board) byScope.set(key, (board = scopeBoard(computed, watcher.scope)));
        watcher.send(board);
      }
    } catch (error) {
      // Redis or PostgreSQL down: the streams stay open and the next change or tick tries again.
      this.logger.warn({ err: (error as Error).message }, 'live board not refreshed');
    } finally {
      this.running = false;
      if (this.rerun) {
        this.rerun = false;
        this.schedule();
      }
    }
  }
}
