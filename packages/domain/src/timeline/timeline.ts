import { attendanceStatusLabel, type AttendanceStatus } from '../attendance/attendance-rules.js';
import { analyteLabel, screenMethodLabel, screenStatusLabel } from '../drug-screen/drug-screen.js';
import type { Analyte, ScreenMethod, ScreenStatus } from '../drug-screen/drug-screen.js';
import { episodeStatusLabel } from '../episode/lifecycle.js';
import { sessionKindLabel, type ClinicalSessionKind } from '../groups/group-vocabulary.js';
import type { EpisodeStatus } from '../episode/episode-status.js';
import { instrumentName, type MeasureInstrument } from '../measures/instruments.js';
import { severityBandLabel, type SeverityBand } from '../measures/scoring.js';
import { referralStatusLabel, type ReferralStatus } from '../referral/referral-lifecycle.js';

/**
 * The client timeline: one chronological view of what happened in treatment (sessions, measures,
 * screens, plan versions and reviews, lifecycle moves, referrals) — what a clinician reads before
 * a session. The API reads the facts set-based; this module says what each one reads as.
 */
export const TimelineKind = {
  SESSION: 'SESSION',
  NOTE: 'NOTE',
  MEASURE: 'MEASURE',
  DRUG_SCREEN: 'DRUG_SCREEN',
  PLAN: 'PLAN',
  LIFECYCLE: 'LIFECYCLE',
  REFERRAL: 'REFERRAL',
} as const;
export type TimelineKind = (typeof TimelineKind)[keyof typeof TimelineKind];
export const TIMELINE_KINDS: readonly TimelineKind[] = Object.values(TimelineKind);

const kindLabels: Record<TimelineKind, string> = {
  SESSION: 'Sessions',
  NOTE: 'Notes',
  MEASURE: 'Measures',
  DRUG_SCREEN: 'Drug screens',
  PLAN: 'Treatment plan',
  LIFECYCLE: 'Episode',
  REFERRAL: 'Referrals',
};
export const timelineKindLabel = (kind: TimelineKind): string => kindLabels[kind];

/** One fact as read from the records; which fields are set depends on `event`. */
export type TimelineFact =
  | {
      event: 'ATTENDANCE';
      sessionKind: string;
      groupName: string | null;
      status: AttendanceStatus;
      minutes: number;
    }
  | { event: 'BOOKED_SESSION'; sessionKind: string; status: string; minutes: number }
  | {
      event: 'NOTE_WRITTEN';
      format: string;
      sessionKind: string;
      status: 'DRAFT' | 'PENDING_COSIGN' | 'SIGNED';
      overdue: boolean;
    }
  | { event: 'NOTE_AMENDED'; reason: string }
  | {
      event: 'MEASURE';
      instrument: MeasureInstrument;
      total: number | null;
      band: SeverityBand | null;
      flagged: boolean;
    }
  | { event: 'SAFETY_FOLLOW_UP'; riskLevel: string; plan: string }
  | {
      event: 'DRUG_SCREEN';
      method: ScreenMethod;
      status: ScreenStatus;
      positives: readonly Analyte[];
      unexpected: boolean;
    }
  | { event: 'PLAN_ACTIVATED'; versionNumber: number }
  | { event: 'PLAN_REVIEWED'; versionNumber: number; outcome: string; note: string | null }
  | { event: 'PLAN_ENDED'; versionNumber: number; reason: string | null }
  | { event: 'EPISODE_MOVED'; from: EpisodeStatus | null; to: EpisodeStatus; reason: string | null }
  | { event: 'REFERRAL_MOVED'; recipient: string; to: ReferralStatus; reason: string | null };

export interface TimelineText {
  title: string;
  detail: string | null;
  /** Something a clinician should not miss (an unexcused absence, an unexpected positive…). */
  alert: boolean;
}

const NOTE_STATUS_WORDS = {
  DRAFT: 'Draft',
  PENDING_COSIGN: 'Signed, awaiting co-signature',
  SIGNED: 'Signed',
} as const;
const sessionName = (kind: string) => sessionKindLabel[kind as ClinicalSessionKind] ?? kind;
const minutesText = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`);
const titleCase = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

/** What a timeline fact reads as on the chart. */
export function describeTimelineFact(fact: TimelineFact): TimelineText {
  switch (fact.event) {
    case 'ATTENDANCE': {
      const absent = fact.status === 'ABSENT_EXCUSED' || fact.status === 'ABSENT_UNEXCUSED';
      return {
        title: fact.groupName ? `Group: ${fact.groupName}` : sessionName(fact.sessionKind),
        detail: `${attendanceStatusLabel(fact.status)}${absent ? '' : ` · ${minutesText(fact.minutes)}`}`,
        alert: fact.status === 'ABSENT_UNEXCUSED',
      };
    }
    case 'BOOKED_SESSION':
      return {
        title: sessionName(fact.sessionKind),
        detail: `${titleCase(fact.status)} · ${minutesText(fact.minutes)}`,
        alert: fact.status === 'NO_SHOW',
      };
    case 'NOTE_WRITTEN':
      return {
        title: `${fact.format} note · ${sessionName(fact.sessionKind).toLowerCase()}`,
        detail: fact.overdue ? 'Draft, past its due time' : NOTE_STATUS_WORDS[fact.status],
        alert: fact.overdue,
      };
    case 'NOTE_AMENDED':
      return { title: 'Note amended', detail: fact.reason, alert: false };
    case 'MEASURE':
      return {
        title: instrumentName(fact.instrument),
        detail:
          fact.total === null
            ? 'Incomplete (not scored)'
            : `${fact.total}${fact.band ? ` · ${severityBandLabel(fact.band)}` : ''}${fact.flagged ? ' · safety flag' : ''}`,
        alert: fact.flagged,
      };
    case 'SAFETY_FOLLOW_UP':
      return {
        title: 'Safety follow-up',
        detail: `Risk ${fact.riskLevel.toLowerCase()} · ${fact.plan}`,
        alert: false,
      };
    case 'DRUG_SCREEN':
      return {
        title: `Drug screen (${screenMethodLabel(fact.method).toLowerCase()})`,
        detail: fact.positives.length
          ? `${screenStatusLabel(fact.status)}: ${fact.positives.map(analyteLabel).join(', ')}`
          : screenStatusLabel(fact.status),
        alert: fact.unexpected,
      };
    case 'PLAN_ACTIVATED':
      return { title: `Plan version ${fact.versionNumber} signed`, detail: null, alert: false };
    case 'PLAN_REVIEWED':
      return {
        title: `Plan version ${fact.versionNumber} reviewed`,
        detail: [titleCase(fact.outcome), fact.note].filter(Boolean).join(' · '),
        alert: false,
      };
    case 'PLAN_ENDED':
      return {
        title: `Plan version ${fact.versionNumber} ended`,
        detail: fact.reason ? titleCase(fact.reason) : null,
        alert: false,
      };
    case 'EPISODE_MOVED':
      return {
        title: fact.from
          ? `${episodeStatusLabel(fact.from)} → ${episodeStatusLabel(fact.to)}`
          : episodeStatusLabel(fact.to),
        detail: fact.reason,
        alert: false,
      };
    case 'REFERRAL_MOVED':
      return {
        title: `Referral to ${fact.recipient}: ${referralStatusLabel(fact.to).toLowerCase()}`,
        detail: fact.reason,
        alert: fact.to === 'NO_RESPONSE' || fact.to === 'REJECTED',
      };
  }
}
