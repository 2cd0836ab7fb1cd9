import { episodeStatusLabel, type EpisodeStatus } from '@waypoint/domain';
import type { DashboardDrillDownInput, DashboardMetric } from '../../gql/graphql';
import { formatWeekOf } from './dashboard-format';
import {
  toDashboardFilter,
  type DashboardFilters,
  type DrillDown,
  type DrillDownKind,
} from './dashboard-url';

/** The API figure behind each drill-down. */
const metricOf: Record<DrillDownKind, DashboardMetric> = {
  census: 'CENSUS_STATUS',
  'in-treatment': 'IN_TREATMENT',
  'length-of-stay': 'IN_TREATMENT',
  'reviews-overdue': 'REVIEWS_OVERDUE',
  'reviews-due-soon': 'REVIEWS_DUE_SOON',
  'clinician-active': 'CLINICIAN_ACTIVE',
  'clinician-overdue': 'CLINICIAN_REVIEWS_OVERDUE',
  'clinician-due-soon': 'CLINICIAN_REVIEWS_DUE_SOON',
  admitted: 'ADMITTED_IN_WEEK',
  discharged: 'DISCHARGED_IN_WEEK',
  'past-12-weeks': 'PAST_TWELVE_WEEKS',
};

/**
 * The page's filters narrowed by the drill-down's own program (a census cell). A program outside
 * the page's filter cannot widen it: the list would no longer match the number clicked.
 */
export function drillDownFilter(filters: DashboardFilters, drill: DrillDown) {
  const base = toDashboardFilter(filters);
  if (!drill.programId) return base;
  const allowed = !base.programIds || base.programIds.includes(drill.programId);
  return { ...base, programIds: allowed ? [drill.programId] : base.programIds };
}

/** The `dashboardClients` input for a drill-down. */
export function drillDownInput(
  filters: DashboardFilters,
  drill: DrillDown,
): DashboardDrillDownInput {
  return {
    metric: metricOf[drill.kind],
    ...(drill.key !== null ? { key: drill.key } : {}),
    ...drillDownFilter(filters, drill),
  };
}

export interface DrillDownNames {
  /** Names of clinicians and programs by id, for titles. */
  clinician: (id: string) => string | undefined;
  program: (id: string) => string | undefined;
}

export interface DrillDownHeading {
  title: string;
  /** What the list is, in a sentence. */
  description: string;
}

/** What the drawer says it is listing. */
export function drillDownHeading(drill: DrillDown, names: DrillDownNames): DrillDownHeading {
  const who = (drill.key && names.clinician(drill.key)) ?? 'This clinician';
  const inProgram = drill.programId ? names.program(drill.programId) : undefined;
  switch (drill.kind) {
    case 'in-treatment':
      return {
        title: 'In treatment',
        description: 'Clients from orientation to discharge planning, next plan review first.',
      };
    case 'length-of-stay':
      return {
        title: 'Length of stay',
        description: 'Clients in treatment, longest stay first.',
      };
    case 'census': {
      const status = episodeStatusLabel((drill.key ?? '') as EpisodeStatus);
      return {
        title: inProgram ? `${status} · ${inProgram}` : status,
        description: `Clients whose current episode is ${status.toLowerCase()}${inProgram ? ` in ${inProgram}` : ''}.`,
      };
    }
    case 'reviews-overdue':
      return {
        title: 'Plan reviews overdue',
        description:
          'Clients in treatment whose plan review or initial plan is past due, most overdue first.',
      };
    case 'reviews-due-soon':
      return {
        title: 'Plan reviews due within 7 days',
        description: 'Clients in treatment with a plan review or initial plan due today or soon.',
      };
    case 'clinician-active':
      return { title: who, description: 'Clients in treatment with this primary clinician.' };
    case 'clinician-overdue':
      return {
        title: `${who} · reviews overdue`,
        description: 'Their clients whose plan review or initial plan is past due.',
      };
    case 'clinician-due-soon':
      return {
        title: `${who} · reviews due within 7 days`,
        description: 'Their clients with a plan review or initial plan due today or soon.',
      };
    case 'admitted':
      return {
        title: `Admitted in the ${formatWeekOf(drill.key ?? '')}`,
        description: 'Episodes admitted that week, including clients since discharged.',
      };
    case 'discharged':
      return {
        title: `Discharged in the ${formatWeekOf(drill.key ?? '')}`,
        description: 'Episodes discharged that week.',
      };
    case 'past-12-weeks':
      return {
        title: 'In treatment 12 weeks or longer',
        description: 'Clients in treatment for 84 days or more since admission.',
      };
  }
}
