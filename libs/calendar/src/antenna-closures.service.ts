import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ValidationFailedException } from '@gru/errors';
import { Repository } from 'typeorm';
import { AntennaClosure } from './antenna-closure.entity';
import type { ClosureCalendar } from './business-calendar';
import { NO_CLOSURES } from './business-calendar';
import type { CalendarDate } from './calendar-date';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class AntennaClosures {
  constructor(
    @InjectRepository(AntennaClosure) private readonly closures: Repository<AntennaClosure>,
  ) {}

  async add(
    antennaId: string,
    firstDay: CalendarDate,
    lastDay: CalendarDate,
    reason: string,
  ): Promise<AntennaClosure> {
    if (!ISO_DAY.test(firstDay) || !ISO_DAY.test(lastDay) || lastDay < firstDay) {
      throw new ValidationFailedException([
        {
          field: 'lastDay',
          messages: [
            'lastDay : jour de fin au format AAAA-MM-JJ, pas avant le premier jour / expected an ISO day not before firstDay',
          ],
        },
      ]);
    }
    return this.closures.save(this.closures.create({ antennaId, firstDay, lastDay, reason }));
  }

  list(antennaId: string): Promise<AntennaClosure[]> {
    return this.closures.find({ where: { antennaId }, order: { firstDay: 'ASC' } });
  }

  /** The closures of one antenna as a calendar; no antenna (triage) means no closures. */
  async calendarFor(antennaId: string | null): Promise<ClosureCalendar> {
    if (!antennaId) return NO_CLOSURES;
    const closures = await this.list(antennaId);
    return {
      isClosed: (day: CalendarDate) =>
        closures.some((closure) => closure.firstDay <= day && day <= closure.lastDay),
    };
  }
}
