import { clientHasLeft, type DischargeType } from '@waypoint/domain';

/** The discharge workflow's mutation (the only way to DISCHARGED, Rule 6). */
export const DISCHARGE_MUTATION = `mutation ($input: DischargeEpisodeInput!) {
  dischargeEpisode(input: $input) { __typename ... on Discharge { id } } }`;

/**
 * A discharge that satisfies Rule 6 for its type, for tests whose subject is what a discharge
 * does to other records: an aftercare plan with weekly follow-ups, or for a client who left the
 * attempt to reach them.
 */
export function dischargeInput(
  episodeId: string,
  version: number,
  dischargeType: DischargeType,
  reason: string,
): Record<string, unknown> {
  const base = { episodeId, version, dischargeType, reason };
  if (clientHasLeft(dischargeType)) {
    return {
      ...base,
      attemptedContact: {
        attemptedAt: new Date().toISOString(),
        method: 'PHONE',
        note: 'Called; no answer, voicemail left',
      },
    };
  }
  return {
    ...base,
    aftercarePlan: {
      triggers: ['Payday'],
      copingSteps: ['Call my sponsor'],
      crisisPlan: 'Call 988',
      crisisContacts: [{ name: 'Sponsor', phone: '555-0100' }],
      mutualSupportMeetings: [],
      medicationContinuity: '',
      referralIds: [],
    },
    followUpCadence: 'WEEKLY',
  };
}
