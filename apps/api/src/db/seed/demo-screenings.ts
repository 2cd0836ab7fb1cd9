import { randomUUID } from 'node:crypto';
import {
  addCalendarDays,
  checkIntakeScreening,
  effectiveUrgency,
  localDate,
  screeningEscalation,
  SAFETY_QUESTIONS,
  type ReasonForCall,
  type SafetyQuestion,
} from '@waypoint/domain';
import type {
  IntakeScreening,
  ScreeningEscalation,
  ScreeningSafety,
  ScreeningSubstanceUse,
} from '../../modules/screening/intake-screening.entity.js';
import type { Rng } from './random.js';

export type ScreeningSeed = Pick<
  IntakeScreening,
  | 'id'
  | 'episodeId'
  | 'reasonsForCall'
  | 'reasonNote'
  | 'substances'
  | 'safety'
  | 'urgency'
  | 'escalated'
  | 'notes'
  | 'recordedByStaffId'
  | 'createdAt'
  | 'updatedAt'
>;
export type ScreeningEscalationSeed = Pick<
  ScreeningEscalation,
  | 'id'
  | 'screeningId'
  | 'episodeId'
  | 'urgency'
  | 'positiveAnswers'
  | 'steps'
  | 'advised'
  | 'recordedAt'
  | 'recordedByStaffId'
>;

const REASON_BY_REFERRAL: Record<string, ReasonForCall> = {
  Family: 'FAMILY_CONCERN',
  'Primary care physician': 'MEDICAL_REFERRAL',
  'Emergency department': 'MEDICAL_REFERRAL',
  'Drug court': 'LEGAL',
  'Juvenile probation': 'LEGAL',
  'Employer EAP': 'EMPLOYER_OR_SCHOOL',
  'School counselor': 'EMPLOYER_OR_SCHOOL',
  'Residential step-down': 'STEP_DOWN',
};

const PRIMARY: ScreeningSubstanceUse['substance'][] = [
  'ALCOHOL',
  'ALCOHOL',
  'OPIOIDS',
  'FENTANYL',
  'STIMULANTS',
  'COCAINE',
  'CANNABIS',
];
const ROUTE: Record<ScreeningSubstanceUse['substance'], ScreeningSubstanceUse['route'][]> = {
  ALCOHOL: ['ORAL'],
  OPIOIDS: ['ORAL', 'INTRANASAL', 'INJECTED'],
  FENTANYL: ['SMOKED', 'INJECTED'],
  STIMULANTS: ['SMOKED', 'INTRANASAL'],
  COCAINE: ['INTRANASAL', 'SMOKED'],
  CANNABIS: ['SMOKED'],
  BENZODIAZEPINES: ['ORAL'],
  OTHER: ['ORAL'],
};

/** Escalations the demo shows, each with what the screener advised. */
const ESCALATED: { positive: SafetyQuestion[]; advised: string }[] = [
  {
    positive: ['withdrawalRisk'],
    advised:
      'Seizure when stopping before: referred to withdrawal management for a medical evaluation before IOP; told the supervisor.',
  },
  {
    positive: ['suicidalIdeation'],
    advised:
      'Passive thoughts, no plan. Gave 988; same-day risk assessment booked with the on-call clinician; supervisor told.',
  },
  {
    positive: ['currentlyIntoxicated'],
    advised: 'Caller’s sister drove them home; screening finished by phone the next morning.',
  },
  {
    positive: ['pregnant', 'withdrawalRisk'],
    advised:
      'Referred for a medical evaluation and prenatal care; MAT evaluation arranged; supervisor told; admission prioritised.',
  },
];

export interface ScreeningSeedInput {
  rng: Rng;
  timeZone: string;
  clients: readonly { id: string; dateOfBirth: string }[];
  episodes: readonly { id: string; clientId: string; referralSource: string | null }[];
  transitions: readonly {
    episodeId: string;
    toStatus: string;
    actorStaffId: string;
    occurredAt: Date;
  }[];
}

/**
 * A structured screening for every episode that reached screening, made by whoever moved it
 * there, soon after; about one in five escalated with what was advised. Each passes the same
 * domain check the API applies.
 */
export function buildDemoScreenings(input: ScreeningSeedInput): {
  screenings: ScreeningSeed[];
  escalations: ScreeningEscalationSeed[];
} {
  const { rng } = input;
  const dob = new Map(input.clients.map((c) => [c.id, c.dateOfBirth]));
  const screenings: ScreeningSeed[] = [];
  const escalations: ScreeningEscalationSeed[] = [];
  for (const episode of input.episodes) {
    const move = input.transitions.find(
      (t) => t.episodeId === episode.id && t.toStatus === 'SCREENING',
    );
    if (!move) continue;
    const at = new Date(move.occurredAt.getTime() + rng.int(5, 40) * 60_000);
    const today = localDate(at, input.timeZone);
    const birth = dob.get(episode.clientId) ?? '1990-01-01';
    // Whole years, rounded down a year so a first use is never older than the client.
    const age = Number(today.slice(0, 4)) - Number(birth.slice(0, 4)) - 1;
    const firstAt = (from: number, to: number) => Math.min(rng.int(from, to), age);
    const primary = rng.pick(PRIMARY);
    const uses: ScreeningSubstanceUse[] = [
      {
        substance: primary,
        otherSubstance: null,
        route: rng.pick(ROUTE[primary]),
        frequency: rng.pick(['DAILY', 'DAILY', 'SEVERAL_WEEKLY', 'WEEKLY']),
        lastUseOn: addCalendarDays(today, -rng.int(0, 6)),
        ageAtFirstUse: firstAt(13, 19),
      },
    ];
    if (primary !== 'CANNABIS' && rng.chance(0.4)) {
      uses.push({
        substance: 'CANNABIS',
        otherSubstance: null,
        route: 'SMOKED',
        frequency: rng.pick(['WEEKLY', 'MONTHLY_OR_LESS']),
        lastUseOn: addCalendarDays(today, -rng.int(3, 25)),
        ageAtFirstUse: firstAt(12, 17),
      });
    }
    const escalation = rng.chance(0.2) ? rng.pick(ESCALATED) : null;
    const safety = Object.fromEntries(
      SAFETY_QUESTIONS.map((q) => [q.key, escalation?.positive.includes(q.key) ?? false]),
    ) as unknown as ScreeningSafety;
    const reason =
      (episode.referralSource ? REASON_BY_REFERRAL[episode.referralSource] : undefined) ??
      rng.pick<ReasonForCall>(['SEEKING_TREATMENT', 'RETURN_TO_USE']);
    const values = {
      reasonsForCall: [reason],
      reasonNote: null,
      substances: uses,
      safety,
      urgency: null,
      escalationNote: escalation?.advised ?? null,
      notes: rng.pick([null, 'Motivated; asked about evening groups.', 'Prefers phone contact.']),
    };
    const check = checkIntakeScreening(values, { today, dateOfBirth: birth });
    if (!check.ok) throw new Error(`demo screening: ${check.issues[0]!.field}`);
    const id = randomUUID();
    screenings.push({
      id,
      episodeId: episode.id,
      reasonsForCall: values.reasonsForCall,
      reasonNote: null,
      substances: uses,
      safety,
      urgency: effectiveUrgency(safety, null),
      escalated: escalation !== null,
      notes: values.notes,
      recordedByStaffId: move.actorStaffId,
      createdAt: at,
      updatedAt: at,
    });
    const rule = screeningEscalation(safety);
    if (rule && escalation) {
      escalations.push({
        id: randomUUID(),
        screeningId: id,
        episodeId: episode.id,
        urgency: rule.urgency,
        positiveAnswers: rule.positive,
        steps: rule.steps,
        advised: escalation.advised,
        recordedAt: at,
        recordedByStaffId: move.actorStaffId,
      });
    }
  }
  return { screenings, escalations };
}
