import { Injectable } from '@nestjs/common';
import { addWorkingDays, AntennaClosures, instantAt } from '@gru/calendar';
import type { ClosureCalendar } from '@gru/calendar';
import type { ContactChannel } from '@gru/citizens';
import { AppConfig } from '@gru/config';
import { loadSlaFile, ruleFor, SlaFile } from './sla-rules';

/** Due dates from config/sla.json, counted in working days of the antenna that owns the request. */
@Injectable()
export class SlaPolicy {
  private readonly file: SlaFile;

  constructor(
    config: AppConfig,
    private readonly closures: AntennaClosures,
  ) {
    this.file = loadSlaFile(config.values.configDirectory);
  }

  get dueSoonHours(): number {
    return this.file.dueSoonHours;
  }

  /** Starts reading these antennas' calendars into `dueAt`'s cache while the caller reads the rest. */
  prefetch(
    antennaIds: readonly (string | null)[],
    calendars: Map<string | null, Promise<ClosureCalendar>>,
  ): void {
    for (const antennaId of antennaIds) {
      if (calendars.has(antennaId)) continue;
      const calendar = this.closures.calendarFor(antennaId);
      // Awaited by `dueAt`; a failure must not go unhandled if no request needs it after all.
      calendar.catch(() => undefined);
      calendars.set(antennaId, calendar);
    }
  }

  async dueAt(
    channel: ContactChannel,
    aidScheme: string | null,
    antennaId: string | null,
    receivedAt: Date,
    calendars?: Map<string | null, Promise<ClosureCalendar>>,
  ): Promise<Date> {
    const rule = ruleFor(this.file, channel, aidScheme);
    let calendar = calendars?.get(antennaId);
    if (!calendar) {
      calendar = this.closures.calendarFor(antennaId);
      calendars?.set(antennaId, calendar);
    }
    const day = addWorkingDays(receivedAt, rule.workingDays, await calendar);
    const [hour, minute] = this.file.dueTime.split(':').map(Number);
    return instantAt(day, hour, minute);
  }
}
