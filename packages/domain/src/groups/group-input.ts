import { z } from 'zod';
import { isCalendarDate } from '../treatment-plan/calendar-date.js';
import {
  ClinicalSessionKind,
  EnrollmentMode,
  GroupFormat,
  GroupTopic,
  SessionModality,
} from './group-vocabulary.js';
import { isLocalTime, minutesOfDay } from './zoned-time.js';

export const GROUP_LIMITS = { name: 120, location: 200, url: 500, reason: 300, capacity: 100 };

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `Use at most ${max} characters`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const date = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine(isCalendarDate, `Enter ${label.toLowerCase()} as a date`);

const time = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine(isLocalTime, `Enter ${label.toLowerCase()} as HH:MM`);

/**
 * A group as staff enter it, validated by the API (after authorizing) and the group form alike.
 * Each refusal names its field.
 */
export const groupSchema = z
  .object({
    name: text('Name', GROUP_LIMITS.name),
    format: z.enum(GroupFormat, { error: 'Choose process or psychoeducational' }),
    topic: z.enum(GroupTopic, { error: 'Choose a topic' }),
    capacity: z
      .number({ error: 'Capacity is required' })
      .int('Capacity is a whole number')
      .min(1, 'At least 1')
      .max(GROUP_LIMITS.capacity, `At most ${GROUP_LIMITS.capacity}`),
    location: optionalText(GROUP_LIMITS.location),
    telehealthUrl: optionalText(GROUP_LIMITS.url).refine(
      (v) => v === null || /^https:\/\/\S+$/.test(v),
      'Enter a link starting with https://',
    ),
    enrollmentMode: z.enum(EnrollmentMode, { error: 'Choose open or closed enrollment' }),
    startsOn: date('Start date'),
    endsOn: date('End date')
      .nullish()
      .transform((v) => v ?? null),
    weekdays: z
      .array(z.number().int().min(1).max(7), { error: 'Choose the days the group meets' })
      .min(1, 'Choose at least one day')
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    startTime: time('Start time'),
    endTime: time('End time'),
    facilitatorIds: z.array(z.string()).min(1, 'Choose at least one facilitator'),
  })
  .superRefine((g, ctx) => {
    if (isLocalTime(g.startTime) && isLocalTime(g.endTime)) {
      if (minutesOfDay(g.endTime) <= minutesOfDay(g.startTime)) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'End after the start time' });
      }
    }
    if (g.endsOn && g.endsOn < g.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'End on or after the start date' });
    }
  });
export type GroupValues = z.output<typeof groupSchema>;

export const scheduleExceptionSchema = z.object({
  onDate: date('Date'),
  kind: z.enum(['CANCELLED', 'HOLIDAY'], { error: 'Choose cancelled or holiday' }),
  reason: optionalText(GROUP_LIMITS.reason),
});

/** A session booked on a client's chart (group sessions come from the schedule instead). */
export const bookSessionSchema = z
  .object({
    kind: z.enum(
      [
        ClinicalSessionKind.INDIVIDUAL,
        ClinicalSessionKind.FAMILY,
        ClinicalSessionKind.CASE_MANAGEMENT,
        ClinicalSessionKind.INTAKE,
      ],
      { error: 'Choose individual, family, case management or intake' },
    ),
    startsAt: z.date({ error: 'Start is required' }),
    endsAt: z.date({ error: 'End is required' }),
    modality: z.enum(SessionModality, { error: 'Choose in person or telehealth' }),
    location: optionalText(GROUP_LIMITS.location),
    staffIds: z.array(z.string()).min(1, 'Choose at least one member of staff'),
    participants: z
      .array(
        z.object({
          name: text('Name', GROUP_LIMITS.name),
          relation: text('Relation', 60),
        }),
      )
      .max(10, 'At most 10 participants'),
  })
  .superRefine((s, ctx) => {
    if (s.endsAt.getTime() <= s.startsAt.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'End after the start' });
    } else if (s.endsAt.getTime() - s.startsAt.getTime() > 12 * 3_600_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: 'A session lasts at most 12 hours',
      });
    }
    if (s.kind !== 'FAMILY' && s.participants.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['participants'],
        message: 'Family members take part in family sessions',
      });
    }
  });
export type BookSessionValues = z.output<typeof bookSessionSchema>;
