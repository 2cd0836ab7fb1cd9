import { GENERAL_TPO_DESIGNATION } from '@waypoint/domain';

/** The recipients a consent names, as the client signed them: the chart and the referral sheet. */
export function consentRecipients(consent: {
  generalDesignation: boolean;
  recipients: readonly { name: string; coveredEntity: boolean }[];
}): string[] {
  return [
    ...(consent.generalDesignation ? [`“${GENERAL_TPO_DESIGNATION}”`] : []),
    ...consent.recipients.map((r) => (r.coveredEntity ? `${r.name} (covered entity)` : r.name)),
  ];
}
