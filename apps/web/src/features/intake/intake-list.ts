import {
  calendarDaysBetween,
  isValidTimeZone,
  localDate,
  SCREENING_URGENCIES,
  type EpisodeStatus,
  type ScreeningUrgency,
} from '@waypoint/domain';
import type { ClientFilter } from '../../gql/graphql';

/** The statuses before admission, in the order intake works through them. */
export const intakeStatuses = ['INQUIRY', 'SCREENING', 'ASSESSMENT', 'WAITLISTED'] as const;
export type IntakeStatus = (typeof intakeStatuses)[number];

/** What the intake list shows, as kept in the URL (?program=…&status=…). */
export interface IntakeFilters {
  programId: string | null;
  status: IntakeStatus | null;
}

const isIntakeStatus = (x: string): x is IntakeStatus =>
  (intakeStatuses as readonly string[]).includes(x);

export function parseIntakeFilters(params: URLSearchParams): IntakeFilters {
  const programId = params.get('program')?.trim() || null;
  const status = params.get('status')?.trim().toUpperCase() ?? '';
  return { programId, status: isIntakeStatus(status) ? status : null };
}

export function intakeSearchParams(filters: IntakeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.programId) params.set('program', filters.programId);
  if (filters.status) params.set('status', filters.status);
  return params;
}

/** Clients whose current episode is before admission, optionally one program and status. */
export function toIntakeClientFilter(filters: IntakeFilters): ClientFilter {
  const filter: ClientFilter = { phases: ['PRE_ADMISSION'] };
  if (filters.programId) filter.programId = filters.programId;
  if (filters.status) filter.statuses = [filters.status];
  return filter;
}

/** Whole calendar days since the inquiry, counted where the program is. */
export function daysSinceInquiry(openedAt: string, timeZone: string, now = new Date()): number {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  return Math.max(0, calendarDaysBetween(localDate(openedAt, zone), localDate(now, zone)));
}

/** Past this, a wait before admission is shown as long (attention, not an alarm). */
export const LONG_WAIT_DAYS = 14;

export function waitLabel(days: number): string {
  if (days === 0) return 'Today';
  return days === 1 ? '1 day' : `${days.toLocaleString('en-US')} days`;
}

const nextSteps: Record<IntakeStatus, string> = {
  INQUIRY: 'Screen',
  SCREENING: 'Assess',
  ASSESSMENT: 'Decide on admission',
  WAITLISTED: 'Admit when a place opens',
};

/** What intake does next for a client in this status. */
export function nextIntakeStep(status: EpisodeStatus): string | null {
  return isIntakeStatus(status) ? nextSteps[status] : null;
}

interface Waiting {
  id: string;
  currentEpisode?: {
    openedAt: string;
    screening?: { urgency?: ScreeningUrgency | null; escalated: boolean } | null;
  } | null;
}

/** How pressing a client's screening is: a positive safety answer, then its urgency. */
function pressing(c: Waiting): number {
  const s = c.currentEpisode?.screening;
  if (!s) return 0;
  return (
    (s.escalated ? SCREENING_URGENCIES.length : 0) +
    SCREENING_URGENCIES.indexOf(s.urgency ?? 'ROUTINE')
  );
}

/**
 * Most pressing first, then longest waiting: a screening with a positive safety answer (the
 * emergent before the urgent) cannot sit below routine inquiries that happen to be older; among
 * equals, the inquiry that has waited most is the one to call back first.
 */
export function mostPressingFirst<C extends Waiting>(clients: readonly C[]): C[] {
  const opened = (c: C) => (c.currentEpisode ? Date.parse(c.currentEpisode.openedAt) : Infinity);
  return [...clients].sort(
    (a, b) => pressing(b) - pressing(a) || opened(a) - opened(b) || a.id.localeCompare(b.id),
  );
}

/**
 * The list as shown: the loaded page (sorted by name on the server) and the safety escalations
 * asked for apart, so that one is never beyond the first page of a long list; each client once,
 * most pressing first.
 */
export function intakeRows<C extends Waiting>(page: readonly C[], escalated: readonly C[]): C[] {
  const byId = new Map<string, C>();
  for (const c of [...escalated, ...page]) byId.set(c.id, c);
  return mostPressingFirst([...byId.values()]);
}

export interface EmptyIntakeMessage {
  title: string;
  description: string;
  canClear: boolean;
}

export function emptyIntakeMessage(filters: IntakeFilters): EmptyIntakeMessage {
  if (!filters.programId && !filters.status) {
    return {
      title: 'No one is waiting for admission',
      description: 'New inquiries appear here. Open one when someone calls about the program.',
      canClear: false,
    };
  }
  return {
    title: 'No clients match these filters',
    description: 'Try another program or status, or clear the filters to see everyone.',
    canClear: true,
  };
}
