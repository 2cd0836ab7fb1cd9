import type { GroupFormat, GroupTopic, ScheduleExceptionKind } from '@waypoint/domain';

export const formatLabels: Record<GroupFormat, string> = {
  PROCESS: 'Process',
  PSYCHOEDUCATIONAL: 'Psychoeducational',
};

export const topicLabels: Record<GroupTopic, string> = {
  LIFE_SKILLS: 'Life skills',
  RELAPSE_PREVENTION: 'Relapse prevention',
  MOOD_MANAGEMENT: 'Mood management',
  COMMUNICATION: 'Communication',
  SELF_HELP: 'Self-help',
  TWELVE_STEP: 'Twelve-step',
  FAMILY: 'Family',
  OTHER: 'Other',
};

export const weekdayLabels = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** The programs where the viewer works with groups (every role but ADMIN), by name. */
export function groupPrograms(
  roles: readonly { role: string; program: { id: string; name: string } }[],
): { id: string; name: string }[] {
  const byId = new Map<string, { id: string; name: string }>();
  for (const r of roles) if (r.role !== 'ADMIN') byId.set(r.program.id, r.program);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether the viewer may start a group in the program (a director, or a clinician). */
export function mayCreateGroup(
  roles: readonly { role: string; program: { id: string } }[],
  programId: string,
): boolean {
  return roles.some(
    (r) => r.program.id === programId && (r.role === 'DIRECTOR' || r.role === 'CLINICIAN'),
  );
}

export const scheduleExceptionLabels: Record<ScheduleExceptionKind, string> = {
  HOLIDAY: 'Holiday',
  CANCELLED: 'Cancelled',
};
