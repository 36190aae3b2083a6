import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { StaffDirectory } from '@gru/auth';
import { DomainException, ErrorCode, NotFoundException } from '@gru/errors';
import { VoiceSettingsService } from '../voice-settings.service';

export interface EventStreamLease {
  /** Called when the stream must end: its token expired or its account was disabled. */
  onEnd(end: () => void): void;
  release(): void;
}

interface OpenStream {
  readonly userId: string;
  end?: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * The event streams open in this process: at most `eventStreams.maxPerUser` per user (each one
 * holds a socket and memory here), each ended when its access token expires, and all of an
 * account's ended once it is found disabled (checked every `eventStreams.accountCheckSeconds`).
 */
@Injectable()
export class EventStreamRegistry implements OnApplicationShutdown {
  private readonly logger = new Logger(EventStreamRegistry.name);
  private readonly open = new Set<OpenStream>();
  private check?: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly settings: VoiceSettingsService,
    private readonly staff: StaffDirectory,
  ) {}

  /** Reserves a stream for the user until `expiresAt`, or refuses it past the cap (429). */
  lease(userId: string, expiresAt: Date): EventStreamLease {
    const { maxPerUser } = this.settings.values.eventStreams;
    if ([...this.open].filter((stream) => stream.userId === userId).length >= maxPerUser)
      throw new DomainException(
        ErrorCode.RateLimited,
        `Trop de flux d'événements ouverts (${maxPerUser} au plus) : fermez un onglet.`,
        { maxStreams: maxPerUser },
      );
    const stream: OpenStream = { userId };
    this.open.add(stream);
    this.startChecking();
    const end = () => stream.end?.();
    stream.timer = setTimeout(end, Math.max(0, expiresAt.getTime() - Date.now()));
    stream.timer.unref();
    return {
      onEnd: (callback) => {
        stream.end = callback;
        if (expiresAt.getTime() <= Date.now()) callback();
      },
      release: () => {
        clearTimeout(stream.timer);
        this.open.delete(stream);
        if (this.open.size === 0) this.stopChecking();
      },
    };
  }

  onApplicationShutdown(): void {
    this.stopChecking();
    for (const stream of this.open) clearTimeout(stream.timer);
  }

  private startChecking(): void {
    if (this.check) return;
    this.check = setInterval(
      () => void this.endStreamsOfDisabledAccounts(),
      this.settings.values.eventStreams.accountCheckSeconds * 1000,
    );
    this.check.unref();
  }

  private stopChecking(): void {
    clearInterval(this.check);
    this.check = undefined;
  }

  private async endStreamsOfDisabledAccounts(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const userId of new Set([...this.open].map((stream) => stream.userId))) {
        if (await this.isActive(userId)) continue;
        for (const stream of [...this.open]) if (stream.userId === userId) stream.end?.();
      }
    } finally {
      this.checking = false;
    }
  }

  private async isActive(userId: string): Promise<boolean> {
    try {
      return (await this.staff.get(userId)).active;
    } catch (error) {
      if (error instanceof NotFoundException) return false;
      // The database being down says nothing about the account: keep the stream.
      this.logger.warn({ err: (error as Error).message }, 'staff account check failed');
      return true;
    }
  }
}
