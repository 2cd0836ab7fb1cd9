import {
  clientAllows,
  episodePhase,
  episodeRelationships,
  type EpisodeStatus,
  type StaffRole,
} from '@waypoint/domain';
import { graphql } from '../../gql';

/** What the chart needs to know to tell how the viewer stands to this client. */
export const ChartAccessFragment = graphql(`
  fragment ChartAccess_client on Client {
    id
    access {
      canEdit
      emergencyOnly
    }
    currentEpisode {
      id
      phase
      program {
        id
      }
    }
    episodes {
      id
      status
      admittedAt
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
  episodes: readonly {
    status: EpisodeStatus;
    admittedAt?: string | null;
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

/** How the viewer stands to the chart now, as the API decided it (`Client.access`). */
export function chartAccessOf(client: { access: ChartAccess }): ChartAccess {
  return { canEdit: client.access.canEdit, emergencyOnly: client.access.emergencyOnly };
}

/**
 * How the viewer would stand to the client if its episodes were as given (to foresee the effect
 * of a move before the API answers), by the same per-episode policy the API enforces
 * (`@waypoint/domain`). The read window after an episode ends is left out (the chart does not
 * carry when it ended), so an ended episode gives its care team nothing here: the prediction errs
 * towards "no longer yours", and the API's answer settles it.
 */
export function chartAccess(viewer: ViewerForAccess, client: ClientForAccess): ChartAccess {
  let canEdit = false;
  let canRead = false;
  for (const { role, program } of viewer.programRoles) {
    const episodes = client.episodes.map((e) => ({
      relationships: episodeRelationships(
        { staffId: viewer.staff.id, programId: program.id },
        {
          programId: e.program.id,
          status: e.status,
          primaryClinicianId: e.primaryClinician?.id ?? null,
          caseManagerId: e.caseManager?.id ?? null,
          endedAt: null,
        },
        0,
      ),
      phase: episodePhase(e.status),
      admitted:
        e.admittedAt != null || ['IN_TREATMENT', 'AFTERCARE'].includes(episodePhase(e.status)),
    }));
    canEdit ||= clientAllows(role, episodes, 'EDIT_CHART');
    canRead ||= clientAllows(role, episodes, 'READ_CHART');
  }
  return { canEdit, emergencyOnly: !canRead };
}
