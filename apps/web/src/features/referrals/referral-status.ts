import type { ReferralStatus, ReferralUrgency } from '@waypoint/domain';

/** Badge colour per referral status: open ones in cool colours, trouble in warm ones. */
export const STATUS_COLOR: Record<ReferralStatus, string> = {
  DRAFT: 'gray',
  PENDING_CONSENT: 'yellow',
  READY: 'blue',
  SENT: 'indigo',
  ACCEPTED: 'cyan',
  SCHEDULED: 'cyan',
  COMPLETED: 'teal',
  REJECTED: 'red',
  CANCELLED: 'gray',
  CLIENT_DECLINED: 'gray',
  NO_RESPONSE: 'orange',
};

export const URGENCY_LABEL: Record<ReferralUrgency, string> = {
  ROUTINE: 'Routine',
  SOON: 'Soon',
  URGENT: 'Urgent',
};
