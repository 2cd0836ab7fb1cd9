import { formatInstantDate } from '../../ui/dates';

export interface VersionLike {
  id: string;
  versionNumber: number;
  status: string;
  createdAt: string;
  activatedAt?: string | null;
  endedAt?: string | null;
  endReason?: string | null;
  createdBy?: { displayName: string } | null;
}

const beingWritten = new Set(['DRAFT', 'PENDING_SIGNATURE']);

/** Whether this version's content is still being written (and so not yet in effect). */
export const isBeingWritten = (status: string) => beingWritten.has(status);

/**
 * The revision being written beside the version in effect (a review that revised the plan):
 * while the active version is shown, the screen points to it.
 */
export function revisionInProgress<T extends VersionLike>(
  versions: readonly T[],
  shown: { id: string; status: string },
): T | null {
  if (shown.status !== 'ACTIVE') return null;
  return versions.find((v) => v.id !== shown.id && isBeingWritten(v.status)) ?? null;
}

/** The version in effect, if any. */
export function versionInEffect<T extends VersionLike>(versions: readonly T[]): T | null {
  return versions.find((v) => v.status === 'ACTIVE') ?? null;
}

/** The version this one revised (numbers go up by one per revision). */
export function previousVersion<T extends VersionLike>(
  versions: readonly T[],
  version: { versionNumber: number },
): T | null {
  return versions.find((v) => v.versionNumber === version.versionNumber - 1) ?? null;
}

/** One line of a version's life: when it was started, took effect, and ended. */
export function versionDates(v: VersionLike, timeZone?: string | null): string {
  const day = (iso: string) => formatInstantDate(iso, timeZone);
  const parts: string[] = [];
  if (v.activatedAt) {
    parts.push(
      v.endedAt
        ? `In effect ${day(v.activatedAt)} – ${day(v.endedAt)}`
        : `In effect since ${day(v.activatedAt)}`,
    );
  } else {
    parts.push(`Started ${day(v.createdAt)}${v.createdBy ? ` by ${v.createdBy.displayName}` : ''}`);
    if (v.endedAt) parts.push(`ended ${day(v.endedAt)}`);
  }
  if (v.endReason) parts.push(v.endReason);
  return parts.join(' · ');
}
