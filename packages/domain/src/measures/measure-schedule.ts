import { addCalendarDays, type CalendarDate } from '../treatment-plan/calendar-date.js';
import type { ProgramSettings } from '../program/program-settings.js';
import { MEASURE_INSTRUMENTS, type MeasureInstrument } from './instruments.js';

/**
 * When a program wants each measure given: at admission (within a few days), then every N days
 * while the client is in treatment, and once more when discharge is being planned. Due measures
 * are derived from the schedule and the last administrations, never stored.
 */
export interface MeasureSchedule {
  instruments: readonly MeasureInstrument[];
  /** Days after admission within which the first administration is due. */
  admissionWindowDays: number;
  /** Days between administrations after the first; null for admission and discharge only. */
  everyDays: number | null;
  atDischarge: boolean;
}

/** The program's schedule unless it sets its own: all three, monthly, and at discharge. */
export const DEFAULT_MEASURE_SCHEDULE: MeasureSchedule = {
  instruments: MEASURE_INSTRUMENTS,
  admissionWindowDays: 7,
  everyDays: 30,
  atDischarge: true,
};

/** A program's schedule: the default one, repeated at the program's own interval (0: never). */
export function measureScheduleOf(
  program: Pick<ProgramSettings, 'measureIntervalDays'>,
): MeasureSchedule {
  return {
    ...DEFAULT_MEASURE_SCHEDULE,
    everyDays: program.measureIntervalDays > 0 ? program.measureIntervalDays : null,
  };
}

export const MeasureDueReason = {
  ADMISSION: 'ADMISSION',
  INTERVAL: 'INTERVAL',
  DISCHARGE: 'DISCHARGE',
} as const;
export type MeasureDueReason = (typeof MeasureDueReason)[keyof typeof MeasureDueReason];

export interface MeasureDue {
  instrument: MeasureInstrument;
  reason: MeasureDueReason;
  dueDate: CalendarDate;
}

export interface MeasureScheduleFacts {
  /** Local date of admission. */
  admittedOn: CalendarDate;
  /** Local date discharge planning began, while the episode is in it; null otherwise. */
  dischargePlanningSince: CalendarDate | null;
  /** Local date of the latest administration of each instrument in this episode (since admission). */
  lastGiven: Partial<Record<MeasureInstrument, CalendarDate>>;
}

/**
 * The next administration of each scheduled instrument, and when it is due. A measure is "due"
 * on a day when its due date is on or before it; callers compare with the program's today.
 */
export function measuresDue(schedule: MeasureSchedule, facts: MeasureScheduleFacts): MeasureDue[] {
  return schedule.instruments
    .map((instrument) => {
      const last = facts.lastGiven[instrument];
      if (!last || last < facts.admittedOn) {
        return {
          instrument,
          reason: 'ADMISSION' as const,
          dueDate: addCalendarDays(facts.admittedOn, schedule.admissionWindowDays),
        };
      }
      if (
        schedule.atDischarge &&
        facts.dischargePlanningSince &&
        last < facts.dischargePlanningSince
      ) {
        return { instrument, reason: 'DISCHARGE' as const, dueDate: facts.dischargePlanningSince };
      }
      if (schedule.everyDays !== null) {
        return {
          instrument,
          reason: 'INTERVAL' as const,
          dueDate: addCalendarDays(last, schedule.everyDays),
        };
      }
      return null;
    })
    .filter((d): d is MeasureDue => d !== null);
}

/** The scheduled measures due on or before `today`. */
export function measuresDueBy(
  schedule: MeasureSchedule,
  facts: MeasureScheduleFacts,
  today: CalendarDate,
): MeasureDue[] {
  return measuresDue(schedule, facts).filter((d) => d.dueDate <= today);
}
