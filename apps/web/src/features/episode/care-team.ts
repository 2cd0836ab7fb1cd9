import type { EpisodePhase, StaffRole } from '@waypoint/domain';
import type { AssignCareTeamInput } from '../../gql/graphql';

export interface CareTeamValues {
  primaryClinicianId: string | null;
  caseManagerId: string | null;
}

interface ViewerRoles {
  programRoles: readonly { role: StaffRole; program: { id: string } }[];
}

/** The care team is the program director's to assign (the API checks the rest). */
export function directsProgram(viewer: ViewerRoles, programId: string): boolean {
  return viewer.programRoles.some((r) => r.role === 'DIRECTOR' && r.program.id === programId);
}

/**
 * Intake prepares the admission: before it, an intake coordinator of the program may assign the
 * assessing clinician (who records the ASAM and decides), as the API allows.
 */
export function preparesIntake(viewer: ViewerRoles, programId: string): boolean {
  return viewer.programRoles.some((r) => r.role === 'INTAKE' && r.program.id === programId);
}

/** An admitted client always has a primary clinician; before admission it may wait. */
export function validateCareTeam(
  phase: EpisodePhase,
  values: CareTeamValues,
): Partial<Record<keyof CareTeamValues, string>> {
  if (phase !== 'PRE_ADMISSION' && !values.primaryClinicianId) {
    return { primaryClinicianId: 'An admitted client needs a primary clinician' };
  }
  return {};
}

export function careTeamChanged(base: CareTeamValues, values: CareTeamValues): boolean {
  return (
    base.primaryClinicianId !== values.primaryClinicianId ||
    base.caseManagerId !== values.caseManagerId
  );
}

/** Only what changed is sent (left out stays as it is); a removed member is sent as null. */
export function careTeamInput(
  episode: { id: string; version: number },
  base: CareTeamValues,
  values: CareTeamValues,
): AssignCareTeamInput {
  const input: AssignCareTeamInput = { episodeId: episode.id, version: episode.version };
  if (base.primaryClinicianId !== values.primaryClinicianId) {
    input.primaryClinicianId = values.primaryClinicianId;
  }
  if (base.caseManagerId !== values.caseManagerId) input.caseManagerId = values.caseManagerId;
  return input;
}
