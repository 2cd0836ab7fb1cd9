import { EpisodePhase } from '@waypoint/domain';
import type { ClientFilter } from '../../gql/graphql';
import { phasesInOrder } from '../../ui/episode-status';

/** What the caseload shows, as kept in the URL (?program=…&clinician=…&phase=…&q=…). */
export interface CaseloadFilters {
  programId: string | null;
  clinicianId: string | null;
  /** Phases of the client's current episode; empty means every phase. */
  phases: EpisodePhase[];
  search: string;
}

/** A caseload means the people being treated now, unless asked otherwise. */
export const defaultCaseloadFilters: CaseloadFilters = {
  programId: null,
  clinicianId: null,
  phases: ['IN_TREATMENT'],
  search: '',
};

/** `phase=any` keeps "every phase" distinct from "no phase given" (which means the default). */
const ANY_PHASE = 'any';

const knownPhases = new Set<string>(Object.values(EpisodePhase));

function inLifecycleOrder(phases: Iterable<EpisodePhase>): EpisodePhase[] {
  const chosen = new Set(phases);
  return phasesInOrder.filter((p) => chosen.has(p));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function parsePhases(raw: string | null): EpisodePhase[] {
  if (raw === null) return defaultCaseloadFilters.phases;
  if (raw.trim().toLowerCase() === ANY_PHASE) return [];
  const phases = raw
    .split(',')
    .map((p) => p.trim().toUpperCase().replace(/-/g, '_'))
    .filter((p): p is EpisodePhase => knownPhases.has(p));
  // A link with only unknown phases falls back to the default rather than to "everyone".
  return phases.length ? inLifecycleOrder(phases) : defaultCaseloadFilters.phases;
}

function nonEmpty(value: string | null): string | null {
  const v = value?.trim();
  return v ? v : null;
}

export function parseCaseloadFilters(params: URLSearchParams): CaseloadFilters {
  return {
    programId: nonEmpty(params.get('program')),
    clinicianId: nonEmpty(params.get('clinician')),
    phases: parsePhases(params.get('phase')),
    search: params.get('q')?.trim() ?? '',
  };
}

/** The URL form of the filters; defaults are left out so plain links stay plain. */
export function caseloadSearchParams(filters: CaseloadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.programId) params.set('program', filters.programId);
  if (filters.clinicianId) params.set('clinician', filters.clinicianId);
  const phases = inLifecycleOrder(filters.phases);
  if (!phases.length) params.set('phase', ANY_PHASE);
  else if (!sameList(phases, defaultCaseloadFilters.phases)) params.set('phase', phases.join(','));
  const search = filters.search.trim();
  if (search) params.set('q', search);
  return params;
}

export function isDefaultCaseloadFilters(filters: CaseloadFilters): boolean {
  return caseloadSearchParams(filters).size === 0;
}

/** The API's filter, without empty keys, so equal views share one cache entry. */
export function toClientFilter(filters: CaseloadFilters): ClientFilter {
  const filter: ClientFilter = {};
  if (filters.programId) filter.programId = filters.programId;
  if (filters.clinicianId) filter.primaryClinicianId = filters.clinicianId;
  const phases = inLifecycleOrder(filters.phases);
  if (phases.length) filter.phases = phases;
  const search = filters.search.trim();
  if (search) filter.search = search;
  return filter;
}

export interface EmptyCaseloadMessage {
  title: string;
  description: string;
  /** Whether "Clear filters" would show anything different. */
  canClear: boolean;
}

export function emptyCaseloadMessage(filters: CaseloadFilters): EmptyCaseloadMessage {
  if (isDefaultCaseloadFilters(filters)) {
    return {
      title: 'No one is in treatment right now',
      description:
        'Clients appear here once they are admitted. Choose another phase to see people before admission or in aftercare.',
      canClear: false,
    };
  }
  const search = filters.search.trim();
  if (search) {
    return {
      title: `No clients match “${search}”`,
      description:
        'Check the spelling, or search by part of a legal or preferred name. Other filters still apply.',
      canClear: true,
    };
  }
  return {
    title: 'No clients match these filters',
    description:
      'Try another program, clinician or phase, or clear the filters to see everyone in treatment.',
    canClear: true,
  };
}
