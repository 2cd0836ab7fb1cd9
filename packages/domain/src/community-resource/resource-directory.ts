import { addCalendarDays, type CalendarDate } from '../treatment-plan/calendar-date.js';

export const ResourceCategory = {
  SOCIAL_SERVICES: 'SOCIAL_SERVICES',
  MEDICAID: 'MEDICAID',
  VOCATIONAL_REHAB: 'VOCATIONAL_REHAB',
  PSYCHOLOGICAL_ASSESSMENT: 'PSYCHOLOGICAL_ASSESSMENT',
  HOUSING: 'HOUSING',
  MEDICAL: 'MEDICAL',
  PSYCHIATRY: 'PSYCHIATRY',
  MAT: 'MAT',
  MUTUAL_SUPPORT: 'MUTUAL_SUPPORT',
  LEGAL: 'LEGAL',
  FOOD: 'FOOD',
  TRANSPORT: 'TRANSPORT',
} as const;
export type ResourceCategory = (typeof ResourceCategory)[keyof typeof ResourceCategory];

const categoryLabels: Record<ResourceCategory, string> = {
  SOCIAL_SERVICES: 'Social services',
  MEDICAID: 'Medicaid / Medi-Cal',
  VOCATIONAL_REHAB: 'Vocational rehabilitation',
  PSYCHOLOGICAL_ASSESSMENT: 'Psychological assessment',
  HOUSING: 'Housing',
  MEDICAL: 'Medical care',
  PSYCHIATRY: 'Psychiatry',
  MAT: 'Medication for addiction treatment',
  MUTUAL_SUPPORT: 'Mutual support',
  LEGAL: 'Legal aid',
  FOOD: 'Food',
  TRANSPORT: 'Transport',
};

export function resourceCategoryLabel(category: ResourceCategory): string {
  return categoryLabels[category] ?? category;
}

export const ResourceCost = {
  FREE: 'FREE',
  SLIDING_SCALE: 'SLIDING_SCALE',
  INSURANCE: 'INSURANCE',
} as const;
export type ResourceCost = (typeof ResourceCost)[keyof typeof ResourceCost];

/** How many days a resource's details stay trusted before someone should check them again. */
export const DEFAULT_RESOURCE_REVERIFY_DAYS = 180;

/**
 * A resource needs re-verification when it was never verified, or its last check (a calendar date
 * in the program's time zone) is `reverifyDays` or more days before `today`.
 */
export function needsReverification(
  lastVerifiedOn: CalendarDate | null,
  today: CalendarDate,
  reverifyDays: number = DEFAULT_RESOURCE_REVERIFY_DAYS,
): boolean {
  return lastVerifiedOn === null || addCalendarDays(lastVerifiedOn, reverifyDays) <= today;
}
