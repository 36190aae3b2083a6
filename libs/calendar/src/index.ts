export {
  addWorkingDays,
  isWorkingDay,
  NO_CLOSURES,
  nonWorkingReason,
  workingDaysBetween,
} from './business-calendar';
export type { ClosureCalendar, NonWorkingReason } from './business-calendar';
export {
  addCalendarDays,
  calendarDateOf,
  instantAt,
  REGION_TIME_ZONE,
  weekdayOf,
} from './calendar-date';
export type { CalendarDate } from './calendar-date';
export { publicHolidayName, publicHolidaysOf } from './french-public-holidays';
export { AntennaClosure } from './antenna-closure.entity';
export { AntennaClosures } from './antenna-closures.service';
export { CalendarModule } from './calendar.module';
export { CALENDAR_SCHEMA } from './calendar-schema';
export { CalendarHttpModule } from './calendar-http.module';
