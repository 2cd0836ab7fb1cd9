import { isAttended, type AttendanceStatus } from '../attendance/attendance-rules.js';

/**
 * A progress note's lifecycle: DRAFT → SIGNED, or DRAFT → PENDING_COSIGN → SIGNED when the
 * program asks a supervisor to co-sign the author's notes (e.g. a trainee's credential). A note
 * that left DRAFT is never edited again: it is amended by appended amendments.
 */
export const NoteStatus = {
  DRAFT: 'DRAFT',
  PENDING_COSIGN: 'PENDING_COSIGN',
  SIGNED: 'SIGNED',
} as const;
export type NoteStatus = (typeof NoteStatus)[keyof typeof NoteStatus];

const statusLabels: Record<NoteStatus, string> = {
  DRAFT: 'Draft',
  PENDING_COSIGN: 'Awaiting co-signature',
  SIGNED: 'Signed',
};
export const noteStatusLabel = (s: NoteStatus): string => statusLabels[s];

/** Program defaults: a note is due 72 hours after its session ends. */
export const DEFAULT_NOTE_DUE_HOURS = 72;

/**
 * Whether the program asks a supervisor to co-sign notes written by this author: their
 * credentials (e.g. "ASW", "CADC-T") match one the program lists, case and spacing aside.
 */
export function requiresCosign(
  authorCredentials: string | null,
  cosignCredentials: readonly string[],
): boolean {
  if (!authorCredentials) return false;
  const norm = (s: string) => s.trim().toUpperCase();
  const held = authorCredentials.split(/[,;/]/).map(norm).filter(Boolean);
  return cosignCredentials.some((c) => held.includes(norm(c)));
}

/** The status a note takes when its author signs. */
export function statusAfterSigning(needsCosign: boolean): NoteStatus {
  return needsCosign ? 'PENDING_COSIGN' : 'SIGNED';
}

export interface NoteCapability {
  allowed: boolean;
  code?: 'FORBIDDEN' | 'INVALID_TRANSITION';
  reason?: string;
}

const yes: NoteCapability = { allowed: true };
const no = (code: NoteCapability['code'], reason: string): NoteCapability => ({
  allowed: false,
  code,
  reason,
});

export interface NoteCapabilities {
  edit: NoteCapability;
  sign: NoteCapability;
  cosign: NoteCapability;
  amend: NoteCapability;
}

/**
 * What the viewer may do to a note in its state. `viewerMayWrite` is the access check (care
 * team, director, or facilitator of the group) the API made; the lifecycle decides the rest.
 * Only the author signs; only a director of the program who is not the author co-signs.
 */
export function noteCapabilities(input: {
  status: NoteStatus;
  viewerIsAuthor: boolean;
  viewerIsDirector: boolean;
  viewerMayWrite: boolean;
}): NoteCapabilities {
  const { status, viewerIsAuthor, viewerIsDirector, viewerMayWrite } = input;
  if (!viewerMayWrite) {
    const refused = no('FORBIDDEN', 'You do not have access to this client’s record');
    return { edit: refused, sign: refused, cosign: refused, amend: refused };
  }
  const draft = status === 'DRAFT';
  return {
    edit: draft ? yes : no('INVALID_TRANSITION', 'A signed note is not edited; amend it instead'),
    sign: !draft
      ? no('INVALID_TRANSITION', 'This note is already signed')
      : viewerIsAuthor
        ? yes
        : no('FORBIDDEN', 'Only the note’s author signs it'),
    cosign:
      status !== 'PENDING_COSIGN'
        ? no('INVALID_TRANSITION', 'This note is not awaiting a co-signature')
        : viewerIsAuthor
          ? no('FORBIDDEN', 'The author cannot co-sign their own note')
          : viewerIsDirector
            ? yes
            : no('FORBIDDEN', 'A director of the program co-signs notes'),
    amend: draft ? no('INVALID_TRANSITION', 'A draft is edited, not amended') : yes,
  };
}

/** When a note falls due: the program's window after its session ends. */
export function noteDueAt(sessionEndsAt: Date, dueHours: number = DEFAULT_NOTE_DUE_HOURS): Date {
  return new Date(sessionEndsAt.getTime() + dueHours * 3_600_000);
}

/**
 * Overdue: past due and not signed by its author (no note at all counts the same). A note
 * awaiting co-signature was signed on time by its author; the supervisor's worklist holds it.
 */
export function isNoteOverdue(status: NoteStatus | null, dueAt: Date, now: Date): boolean {
  return (status === null || status === 'DRAFT') && now.getTime() > dueAt.getTime();
}

/** Only attendees who were there (present, late, left early) get an individualised group note. */
export function getsGroupNote(status: AttendanceStatus | null): boolean {
  return status !== null && isAttended(status);
}
