import { isAllowed, type EpisodePhase, type Relationship, type StaffRole } from '@waypoint/domain';
import { graphql } from '../../gql';

/** What the chart needs to know to tell how the viewer stands to this client. */
export const ChartAccessFragment = graphql(`
  fragment ChartAccess_client on Client {
    id
    currentEpisode {
      id
      phase
      program {
        id
      }
    }
    episodes {
      id
      program {
        id
      }
      primaryClinician {
        id
      }
      caseManager {
        id
      }
    }
  }
`);

interface ViewerForAccess {
  staff: { id: string };
  programRoles: readonly { role: StaffRole; program: { id: string } }[];
}

interface ClientForAccess {
  currentEpisode: { phase: EpisodePhase; program: { id: string } } | null | undefined;
  episodes: readonly {
    program: { id: string };
    primaryClinician?: { id: string } | null;
    caseManager?: { id: string } | null;
  }[];
}

export interface ChartAccess {
  /** The contact details form is offered (the API still decides, and is handled if it refuses). */
  canEdit: boolean;
  /** Readable only through a break-glass grant: time-limited, read-only, audited. */
  emergencyOnly: boolean;
}

/**
 * How the viewer stands to the client, by the same policy table the API enforces
 * (`@waypoint/domain`), computed from the chart's episodes: own caseload (primary clinician or
 * case manager on an episode in the role's program), same program, and the current episode's
 * phase where a grant is phase-limited.
 */
export function chartAccess(viewer: ViewerForAccess, client: ClientForAccess): ChartAccess {
  let canEdit = false;
  let canRead = false;
  for (const { role, program } of viewer.programRoles) {
    const episodes = client.episodes.filter((e) => e.program.id === program.id);
    const relationships: Relationship[] = [];
    if (
      episodes.some(
        (e) => e.primaryClinician?.id === viewer.staff.id || e.caseManager?.id === viewer.staff.id,
      )
    ) {
      relationships.push('OWN_CASELOAD');
    }
    if (episodes.length > 0) relationships.push('SAME_PROGRAM');
    const current = client.currentEpisode;
    const phase = current && current.program.id === program.id ? current.phase : null;
    canEdit ||= isAllowed(role, relationships, 'EDIT_CHART', phase);
    canRead ||= isAllowed(role, relationships, 'READ_CHART', phase);
  }
  return { canEdit, emergencyOnly: !canRead };
}
