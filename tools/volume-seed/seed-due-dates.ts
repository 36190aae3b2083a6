import type { ContactChannel } from '@gru/citizens';
import { addWorkingDays, instantAt } from '@gru/calendar';
import { loadSlaFile, ruleFor, SlaFile } from '@gru/requests';
import { DAY_MS } from './volume-plan';

/**
 * Due dates by the real SLA rules and French working days (closures aside), memoised per day and
 * rule: the calendar walks Luxon dates, too slow to call 600,000 times, but there are only a few
 * thousand distinct (day, working days) pairs in ten years.
 */
export class SeedDueDates {
  private readonly file: SlaFile;
  private readonly hour: number;
  private readonly minute: number;
  private readonly cache = new Map<number, number>();

  constructor(configDirectory: string) {
    this.file = loadSlaFile(configDirectory);
    [this.hour, this.minute] = this.file.dueTime.split(':').map(Number);
  }

  /** `receivedAt` is in office hours, so its UTC day is its Paris day. */
  dueAt(channel: ContactChannel, aidScheme: string | null, receivedAt: number): number {
    const workingDays = ruleFor(this.file, channel, aidScheme).workingDays;
    const day = Math.floor(receivedAt / DAY_MS);
    const key = day * 64 + workingDays;
    let due = this.cache.get(key);
    if (due === undefined) {
      due = instantAt(
        addWorkingDays(new Date(day * DAY_MS + DAY_MS / 2), workingDays),
        this.hour,
        this.minute,
      ).getTime();
      this.cache.set(key, due);
    }
    return due;
  }
}
