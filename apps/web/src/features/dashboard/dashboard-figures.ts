import {
  episodePhase,
  EpisodeStatus,
  episodeStatusLabel,
  type EpisodePhase,
} from '@waypoint/domain';
import { phaseLabels, phasesInOrder } from '../../ui/episode-status';
import { formatDays, formatWeekLabel } from './dashboard-format';
import type { DrillDown } from './dashboard-url';

// Pure derivations from the API's figures: what each card, table and chart shows. The API counts;
// these only arrange, label and round, so a number on screen is always one the API returned.

export type KpiTone = 'default' | 'alert' | 'warning';

export interface Kpi {
  id: string;
  label: string;
  value: string;
  /** A sentence under the number. */
  hint: string;
  tone: KpiTone;
  /** The clients behind the number; null when there are none to list. */
  drill: DrillDown | null;
}

interface KpiInput {
  reviews: { overdue: number; dueSoon: number };
  lengthOfStay: {
    inTreatment: number;
    averageDays?: number | null;
    medianDays?: number | null;
    pastTwelveWeeks: number;
  };
}

const drill = (kind: DrillDown['kind'], count: number): DrillDown | null =>
  count > 0 ? { kind, key: null, programId: null } : null;

function share(part: number, whole: number): string {
  if (whole <= 0) return '';
  return `${Math.round((part / whole) * 100)}% of clients in treatment`;
}

/** The headline cards, in the order a director reads them. */
export function dashboardKpis({ reviews, lengthOfStay: los }: KpiInput): Kpi[] {
  return [
    {
      id: 'in-treatment',
      label: 'In treatment',
      value: los.inTreatment.toLocaleString('en-US'),
      hint: 'Orientation to discharge planning',
      tone: 'default',
      drill: drill('in-treatment', los.inTreatment),
    },
    {
      id: 'reviews-overdue',
      label: 'Plan reviews overdue',
      value: reviews.overdue.toLocaleString('en-US'),
      hint: reviews.overdue > 0 ? share(reviews.overdue, los.inTreatment) : 'None overdue',
      tone: reviews.overdue > 0 ? 'alert' : 'default',
      drill: drill('reviews-overdue', reviews.overdue),
    },
    {
      id: 'reviews-due-soon',
      label: 'Due within 7 days',
      value: reviews.dueSoon.toLocaleString('en-US'),
      hint: 'Plan reviews and initial plans',
      tone: reviews.dueSoon > 0 ? 'warning' : 'default',
      drill: drill('reviews-due-soon', reviews.dueSoon),
    },
    {
      id: 'past-12-weeks',
      label: 'Past 12 weeks',
      value: los.pastTwelveWeeks.toLocaleString('en-US'),
      hint: 'In treatment 84 days or longer',
      tone: 'default',
      drill: drill('past-12-weeks', los.pastTwelveWeeks),
    },
    {
      id: 'length-of-stay',
      label: 'Median length of stay',
      value: formatDays(los.medianDays),
      hint:
        los.averageDays === null || los.averageDays === undefined
          ? 'No one in treatment'
          : `Average ${formatDays(los.averageDays)}`,
      tone: 'default',
      drill: drill('length-of-stay', los.inTreatment),
    },
  ];
}

interface CensusInput {
  program: { id: string; name: string };
  status: EpisodeStatus;
  count: number;
}

export interface CensusRow {
  status: EpisodeStatus;
  label: string;
  /** Count per program id; a program without the status is absent. */
  byProgram: Record<string, number>;
  total: number;
}

export interface CensusGroup {
  phase: EpisodePhase;
  label: string;
  rows: CensusRow[];
  total: number;
}

export interface CensusMatrix {
  programs: { id: string; name: string }[];
  groups: CensusGroup[];
  total: number;
}

const statusOrder = Object.values(EpisodeStatus);

/**
 * Census as a status × program table: statuses in lifecycle order, grouped by phase. The
 * statuses of treatment are always listed (a zero there is news); others only when someone is in
 * them, so the table stays short.
 */
export function censusMatrix(census: readonly CensusInput[]): CensusMatrix {
  const programs = [
    ...new Map(census.map((c) => [c.program.id, { id: c.program.id, name: c.program.name }])),
  ]
    .map(([, p]) => p)
    .sort((a, b) => a.name.localeCompare(b.name));
  const rows = new Map<EpisodeStatus, CensusRow>();
  for (const c of census) {
    const row = rows.get(c.status) ?? {
      status: c.status,
      label: episodeStatusLabel(c.status),
      byProgram: {},
      total: 0,
    };
    row.byProgram[c.program.id] = (row.byProgram[c.program.id] ?? 0) + c.count;
    row.total += c.count;
    rows.set(c.status, row);
  }
  const groups = phasesInOrder
    .map((phase): CensusGroup => {
      const groupRows = statusOrder
        .filter((s) => episodePhase(s) === phase)
        .filter((s) => rows.has(s) || phase === 'IN_TREATMENT')
        .map(
          (s) =>
            rows.get(s) ?? { status: s, label: episodeStatusLabel(s), byProgram: {}, total: 0 },
        );
      return {
        phase,
        label: phaseLabels[phase],
        rows: groupRows,
        total: groupRows.reduce((n, r) => n + r.total, 0),
      };
    })
    .filter((g) => g.total > 0 || g.phase === 'IN_TREATMENT');
  return { programs, groups, total: census.reduce((n, c) => n + c.count, 0) };
}

interface CaseloadInput {
  clinician: { id: string; displayName: string };
  activeClients: number;
  reviewsOverdue: number;
  reviewsDueSoon: number;
}

/** Largest caseload first; ties broken by the more overdue, then by name. */
export function sortCaseloads<T extends CaseloadInput>(caseloads: readonly T[]): T[] {
  return [...caseloads].sort(
    (a, b) =>
      b.activeClients - a.activeClients ||
      b.reviewsOverdue - a.reviewsOverdue ||
      a.clinician.displayName.localeCompare(b.clinician.displayName),
  );
}

interface WeekInput {
  weekStart: string;
  admissions: number;
  discharges: number;
}

export interface WeekPoint extends WeekInput {
  /** "6 Oct", the Monday of the week. */
  label: string;
}

export interface WeeklyFlow {
  points: WeekPoint[];
  admissions: number;
  discharges: number;
}

/** The chart's points, oldest week first, with the totals over the period. */
export function weeklyFlow(weeks: readonly WeekInput[]): WeeklyFlow {
  const points = [...weeks]
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .map((w) => ({ ...w, label: formatWeekLabel(w.weekStart) }));
  return {
    points,
    admissions: points.reduce((n, w) => n + w.admissions, 0),
    discharges: points.reduce((n, w) => n + w.discharges, 0),
  };
}
