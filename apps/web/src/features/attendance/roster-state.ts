import {
  attendanceStatusKeys,
  checkAttendanceEntry,
  defaultAttendanceMinutes,
  isAbsent,
  type AttendanceStatus,
} from '@waypoint/domain';

/**
 * The roster being taken, as plain state: one line per client, everyone PRESENT for the whole
 * session unless recorded otherwise. A key on the focused line sets its status (P, L, E, X, U;
 * the domain's attendanceStatusKeys), and changing status refills the minutes with the status's
 * default unless the facilitator typed their own. Rule 3 is checked with the domain's
 * checkAttendanceEntry before saving, the same check the API makes.
 */
export interface RosterLine {
  episodeId: string;
  clientName: string;
  status: AttendanceStatus;
  minutes: number;
  absenceReason: string;
  version: number | null;
  /** The minutes were typed, not filled from the status. */
  minutesEdited: boolean;
}

export interface SessionTimes {
  startsAt: string;
  endsAt: string;
}

export function initialLines(
  entries: readonly {
    episodeId: string;
    clientName: string;
    status: AttendanceStatus;
    minutes: number;
    absenceReason?: string | null;
    version?: number | null;
  }[],
): RosterLine[] {
  return entries.map((e) => ({
    episodeId: e.episodeId,
    clientName: e.clientName,
    status: e.status,
    minutes: e.minutes,
    absenceReason: e.absenceReason ?? '',
    version: e.version ?? null,
    minutesEdited: false,
  }));
}

/** The status a key press asks for, or null (case-insensitive). */
export function statusForKey(key: string): AttendanceStatus | null {
  return attendanceStatusKeys[key.toLowerCase()] ?? null;
}

export function withStatus(
  line: RosterLine,
  status: AttendanceStatus,
  session: SessionTimes,
): RosterLine {
  const keepMinutes = line.minutesEdited && !isAbsent(status) && !isAbsent(line.status);
  return {
    ...line,
    status,
    minutes: keepMinutes ? line.minutes : defaultAttendanceMinutes(status, session),
    minutesEdited: keepMinutes,
    absenceReason: isAbsent(status) ? line.absenceReason : '',
  };
}

export function withMinutes(line: RosterLine, minutes: number): RosterLine {
  return { ...line, minutes, minutesEdited: true };
}

/** Field problems by line, from the domain's Rule 3 check (empty when all is well). */
export function rosterProblems(
  lines: readonly RosterLine[],
  session: SessionTimes,
): Record<string, { minutes?: string; absenceReason?: string }> {
  const problems: Record<string, { minutes?: string; absenceReason?: string }> = {};
  for (const line of lines) {
    const checked = checkAttendanceEntry(line, session);
    if (checked.ok) continue;
    const p: { minutes?: string; absenceReason?: string } = {};
    for (const e of checked.errors) {
      if (e.field === 'minutes' || e.field === 'absenceReason') p[e.field] = e.message;
    }
    problems[line.episodeId] = p;
  }
  return problems;
}

/** What the save sends. */
export function rosterInput(lines: readonly RosterLine[]) {
  return lines.map((l) => ({
    episodeId: l.episodeId,
    status: l.status,
    minutes: l.minutes,
    absenceReason: isAbsent(l.status) && l.absenceReason.trim() ? l.absenceReason.trim() : null,
    version: l.version,
  }));
}

/** "10 present · 1 late · 1 absent" */
export function rosterSummary(lines: readonly RosterLine[]): string {
  const present = lines.filter((l) => !isAbsent(l.status)).length;
  const absent = lines.length - present;
  return `${present} attending · ${absent} absent`;
}

/** Hours and minutes, "7 h 30 min", "45 min", "9 h". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
