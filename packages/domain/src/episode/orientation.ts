/**
 * What every client is oriented to before treatment starts (the program description's
 * "orientation to the program structure"). An episode moves from ORIENTATION to ACTIVE only when
 * every item is done.
 */
export const ORIENTATION_ITEMS = [
  { key: 'PROGRAM_STRUCTURE', label: 'Program structure, schedule and attendance expectations' },
  { key: 'CONFIDENTIALITY', label: 'Confidentiality and consent to share (42 CFR Part 2)' },
  { key: 'RIGHTS_GRIEVANCES', label: 'Client rights and grievance procedure' },
  { key: 'DRUG_SCREENING', label: 'Drug and alcohol screening policy' },
  { key: 'CRISIS_SUPPORT', label: '24/7 crisis line and after-hours support' },
  { key: 'EMERGENCY_CONTACTS', label: 'Emergency and crisis contacts recorded' },
  { key: 'TREATMENT_PLANNING', label: 'How the treatment plan is made and reviewed' },
] as const;

export type OrientationItemKey = (typeof ORIENTATION_ITEMS)[number]['key'];

export function isOrientationItemKey(key: string): key is OrientationItemKey {
  return ORIENTATION_ITEMS.some((i) => i.key === key);
}

/** The items not yet done, in checklist order. */
export function missingOrientationItems(
  done: Readonly<Record<string, unknown>>,
): OrientationItemKey[] {
  return ORIENTATION_ITEMS.filter((i) => !done[i.key]).map((i) => i.key);
}
