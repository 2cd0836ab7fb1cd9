import { addCalendarDays, mondayOf, type CalendarDate } from '../treatment-plan/calendar-date.js';
import { BILLABLE_DAY_MINUTES, serviceDays, type AttendedService } from './weekly-hours.js';

/**
 * Billable IOP days (HCPCS H0015, "alcohol and/or drug services; intensive outpatient"): a day
 * with at least three hours of attended service (group, individual, family) is one billable day.
 * A day with less is attended but not billable. Days follow the date of service as in Rule 2.
 */
export const IOP_DAY_HCPCS = 'H0015';

export interface BillableDay {
  date: CalendarDate;
  minutes: number;
  billable: boolean;
}

export interface BillableWeek {
  weekStart: CalendarDate;
  attendedDays: number;
  billableDays: number;
  days: BillableDay[];
}

/** A client's attended and billable days in the ISO week containing `date`. */
export function billableWeek(
  services: readonly AttendedService[],
  timeZone: string,
  date: CalendarDate,
): BillableWeek {
  const weekStart = mondayOf(date);
  const weekEnd = addCalendarDays(weekStart, 6);
  const days = serviceDays(services, timeZone)
    .filter((d) => d.date >= weekStart && d.date <= weekEnd)
    .map((d) => {
      const minutes = d.groupMinutes + d.individualFamilyMinutes;
      return { date: d.date, minutes, billable: minutes >= BILLABLE_DAY_MINUTES };
    });
  return {
    weekStart,
    attendedDays: days.length,
    billableDays: days.filter((d) => d.billable).length,
    days,
  };
}

export interface ProgramUtilization {
  clients: number;
  attendedDays: number;
  billableDays: number;
  /** Days the program plans: clients in treatment × minimum days per week. */
  plannedDays: number;
  /** Billable ÷ attended days (0 when nothing attended): how many attended days reach 3 hours. */
  billableShare: number;
  /** Billable ÷ planned days (0 when nothing planned): the program's IOP utilization. */
  utilization: number;
}

/** A program's week: per-client billable weeks summed against what it plans. */
export function programUtilization(
  weeks: readonly Pick<BillableWeek, 'attendedDays' | 'billableDays'>[],
  minimumDaysPerWeek: number,
): ProgramUtilization {
  const attendedDays = weeks.reduce((a, w) => a + w.attendedDays, 0);
  const billableDays = weeks.reduce((a, w) => a + w.billableDays, 0);
  const plannedDays = weeks.length * minimumDaysPerWeek;
  return {
    clients: weeks.length,
    attendedDays,
    billableDays,
    plannedDays,
    billableShare: attendedDays === 0 ? 0 : billableDays / attendedDays,
    utilization: plannedDays === 0 ? 0 : billableDays / plannedDays,
  };
}

/** One line of the week's billing export. */
export interface BillableExportRow {
  clientId: string;
  clientName: string;
  episodeId: string;
  date: CalendarDate;
  minutes: number;
}

/** One CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The week's billable days as CSV, one row per client per billable day. */
export function billableDaysCsv(rows: readonly BillableExportRow[]): string {
  const header = [
    'client_id',
    'client_name',
    'episode_id',
    'date_of_service',
    'hcpcs',
    'units',
    'minutes',
  ];
  const lines = rows.map((r) =>
    [r.clientId, r.clientName, r.episodeId, r.date, IOP_DAY_HCPCS, 1, r.minutes]
      .map(csvField)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}
