/**
 * ASAM levels of care (3rd edition), as recorded on an episode: the level the clinicians
 * recommend (clinical) and the level the payer authorized, which may differ.
 */
export const ASAM_LEVELS = [
  { level: '0.5', label: 'Early intervention' },
  { level: '1.0', label: 'Outpatient' },
  { level: '2.1', label: 'Intensive outpatient' },
  { level: '2.5', label: 'Partial hospitalization' },
  { level: '3.1', label: 'Clinically managed low-intensity residential' },
  { level: '3.3', label: 'Clinically managed population-specific high-intensity residential' },
  { level: '3.5', label: 'Clinically managed high-intensity residential' },
  { level: '3.7', label: 'Medically monitored intensive inpatient' },
  { level: '4.0', label: 'Medically managed intensive inpatient' },
] as const;
export type AsamLevel = (typeof ASAM_LEVELS)[number]['level'];

export function isAsamLevel(value: unknown): value is AsamLevel {
  return typeof value === 'string' && ASAM_LEVELS.some((l) => l.level === value);
}

/** "2.1 Intensive outpatient"; an unknown level (an old row) is shown as stored. */
export function asamLevelLabel(level: string): string {
  const known = ASAM_LEVELS.find((l) => l.level === level);
  return known ? `${known.level} ${known.label}` : level;
}

export interface LevelOfCare {
  clinicalLevel: string;
  authorizedLevel: string | null;
}

/**
 * Whether recording `next` changes the episode's level of care. Only a real change (clinical or
 * authorized level differs from the current one) counts; re-saving the same levels, e.g. to
 * note a renewed authorization, is kept in the history but does not bring a plan review forward.
 * The first level an episode gets (at admission) is a change from nothing.
 */
export function isLevelOfCareChange(current: LevelOfCare | null, next: LevelOfCare): boolean {
  if (!current) return true;
  return (
    current.clinicalLevel !== next.clinicalLevel ||
    (current.authorizedLevel ?? null) !== (next.authorizedLevel ?? null)
  );
}
