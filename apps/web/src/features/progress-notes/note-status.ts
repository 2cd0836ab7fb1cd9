import type { NoteStatus } from '@waypoint/domain';

/** The badge colour of a note's status, the same on the editor and the chart's list. */
export const noteStatusColor: Record<NoteStatus, string> = {
  DRAFT: 'yellow',
  PENDING_COSIGN: 'blue',
  SIGNED: 'teal',
};
