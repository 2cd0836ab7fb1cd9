import { describe, expect, it } from 'vitest';
import {
  weeklyHours,
  weeklyHoursSeries,
  type AttendedService,
  type HoursProgram,
} from './weekly-hours.js';

const LA = 'America/Los_Angeles';
const program: HoursProgram = { timeZone: LA, weeklyHoursTarget: 9, minimumDaysPerWeek: 3 };
const admitted = { admittedOn: '2026-01-05', dischargedOn: null };

function svc(kind: string, startsAt: string, endsAt: string, minutes: number): AttendedService {
  return { kind, startsAt, endsAt, minutes };
}

describe('weekly hours (Rule 2)', () => {
  it('counts group and individual/family minutes and days against the target', () => {
    // Mon/Wed/Fri 09:00–12:00 PST (17:00Z) and a 60-minute individual on Tuesday.
    const services = [
      svc('GROUP', '2026-02-02T17:00:00Z', '2026-02-02T20:00:00Z', 180),
      svc('INDIVIDUAL', '2026-02-03T18:00:00Z', '2026-02-03T19:00:00Z', 60),
      svc('GROUP', '2026-02-04T17:00:00Z', '2026-02-04T20:00:00Z', 180),
      svc('GROUP', '2026-02-06T17:00:00Z', '2026-02-06T20:00:00Z', 150),
      svc('CASE_MANAGEMENT', '2026-02-05T17:00:00Z', '2026-02-05T18:00:00Z', 60),
    ];
    const w = weeklyHours(services, program, admitted, '2026-02-04');
    expect(w).toMatchObject({
      weekStart: '2026-02-02',
      weekEnd: '2026-02-08',
      groupMinutes: 510,
      individualFamilyMinutes: 60,
      totalMinutes: 570,
      targetMinutes: 540,
      daysAttended: 4,
      billableDays: 2,
      minimumDays: 3,
      partial: false,
      belowTarget: false,
      belowMinimumDays: false,
    });
  });

  it('is flagged below target, never anything more', () => {
    const w = weeklyHours(
      [svc('GROUP', '2026-02-02T17:00:00Z', '2026-02-02T20:00:00Z', 180)],
      program,
      admitted,
      '2026-02-02',
    );
    expect(w).toMatchObject({ totalMinutes: 180, belowTarget: true, belowMinimumDays: true });
  });

  it('keeps the local week across the autumn DST change (2026-11-01, Los Angeles)', () => {
    // Week of Mon 2026-10-26 .. Sun 2026-11-01: Sunday 23:30 PST is 07:30Z on Monday 2 Nov.
    const services = [
      svc('GROUP', '2026-10-26T16:00:00Z', '2026-10-26T19:00:00Z', 180), // Mon 09:00 PDT
      svc('GROUP', '2026-11-01T17:00:00Z', '2026-11-01T20:00:00Z', 180), // Sun 09:00 PST
      svc('FAMILY', '2026-11-02T07:30:00Z', '2026-11-02T08:00:00Z', 30), // Sun 23:30 PST
      svc('GROUP', '2026-11-02T08:30:00Z', '2026-11-02T09:00:00Z', 30), // Mon 00:30 PST: next week
    ];
    const w = weeklyHours(services, program, admitted, '2026-11-01');
    expect(w).toMatchObject({
      weekStart: '2026-10-26',
      groupMinutes: 360,
      individualFamilyMinutes: 30,
      daysAttended: 2,
    });
    expect(weeklyHours(services, program, admitted, '2026-11-02').groupMinutes).toBe(30);
  });

  it('the 23-hour spring-forward day (2026-03-08) never counts more than the session lasted', () => {
    // 01:00 PST (09:00Z) to 04:00 PDT (11:00Z): three hours on the clock, two in fact.
    const services = [svc('GROUP', '2026-03-08T09:00:00Z', '2026-03-08T11:00:00Z', 180)];
    const w = weeklyHours(services, program, admitted, '2026-03-08');
    expect(w).toMatchObject({ weekStart: '2026-03-02', groupMinutes: 120, billableDays: 0 });
  });

  it('prorates the target in a week split by admission, and by discharge', () => {
    // Admitted Friday 2026-02-06: Fri, Sat, Sun in treatment.
    const byAdmission = weeklyHours(
      [],
      program,
      { admittedOn: '2026-02-06', dischargedOn: null },
      '2026-02-06',
    );
    expect(byAdmission).toMatchObject({
      daysInTreatment: 3,
      partial: true,
      targetMinutes: 231, // floor(540 × 3 / 7)
      minimumDays: 2, // ceil(3 × 3 / 7)
      belowTarget: true,
    });
    // Discharged Tuesday 2026-02-10: Mon and Tue in treatment.
    const byDischarge = weeklyHours(
      [svc('GROUP', '2026-02-09T17:00:00Z', '2026-02-09T20:00:00Z', 180)],
      program,
      { admittedOn: '2026-01-05', dischargedOn: '2026-02-10' },
      '2026-02-10',
    );
    expect(byDischarge).toMatchObject({
      daysInTreatment: 2,
      partial: true,
      targetMinutes: 154,
      minimumDays: 1,
      belowTarget: false,
      belowMinimumDays: false,
    });
    // A week before admission has no target and is never below.
    expect(
      weeklyHours([], program, { admittedOn: '2026-02-06', dischargedOn: null }, '2026-01-26'),
    ).toMatchObject({ targetMinutes: 0, belowTarget: false, partial: false });
  });

  it('counts overlapping sessions once, to the one that started first', () => {
    const services = [
      svc('GROUP', '2026-02-02T17:00:00Z', '2026-02-02T20:00:00Z', 180),
      // An individual session 11:00–12:30 local overlaps the group's last hour.
      svc('INDIVIDUAL', '2026-02-02T19:00:00Z', '2026-02-02T20:30:00Z', 90),
    ];
    const w = weeklyHours(services, program, admitted, '2026-02-02');
    expect(w).toMatchObject({ groupMinutes: 180, individualFamilyMinutes: 30, totalMinutes: 210 });
  });

  it('a late-night session crossing midnight into Monday counts to the week it started in', () => {
    // Sunday 2026-02-08 23:00 PST to Monday 01:00 (07:00Z to 09:00Z).
    const services = [svc('GROUP', '2026-02-09T07:00:00Z', '2026-02-09T09:00:00Z', 120)];
    expect(weeklyHours(services, program, admitted, '2026-02-08').groupMinutes).toBe(120);
    expect(weeklyHours(services, program, admitted, '2026-02-09').groupMinutes).toBe(0);
  });

  it('gives a 12-week series, oldest first, ending with the week asked for', () => {
    const services = [svc('GROUP', '2026-02-02T17:00:00Z', '2026-02-02T20:00:00Z', 180)];
    const series = weeklyHoursSeries(services, program, admitted, '2026-03-18');
    expect(series).toHaveLength(12);
    expect(series[0]?.weekStart).toBe('2025-12-29');
    expect(series[11]?.weekStart).toBe('2026-03-16');
    expect(series.find((w) => w.weekStart === '2026-02-02')?.groupMinutes).toBe(180);
    expect(series[0]?.targetMinutes).toBe(0); // before admission
  });
});
