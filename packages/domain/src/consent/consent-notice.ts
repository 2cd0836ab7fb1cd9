/**
 * The notice §2.32 (as amended in 2024) requires on every disclosure made with the client's
 * consent. The full statement or the abbreviated one may be used; Waypoint attaches the full text
 * to what it sends and shows the abbreviated one where space is short.
 */
export const PART2_NOTICE_FULL =
  'This record which has been disclosed to you is protected by Federal confidentiality rules ' +
  '(42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony ' +
  'that describes the information contained in this record, in any civil, criminal, ' +
  'administrative, or legislative proceedings by any Federal, State, or local authority, against ' +
  'the patient, unless authorized by the consent of the patient, except as provided at 42 CFR ' +
  '2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the ' +
  'Federal rules prohibit you from making any other use or disclosure of this record unless at ' +
  'least one of the following applies: (1) Further use or disclosure is expressly permitted by the ' +
  'written consent of the individual whose information is being disclosed in this record or as ' +
  'otherwise permitted by 42 CFR part 2. (2) You are a covered entity or business associate and ' +
  'have received the record for treatment, payment, or health care operations, or (3) You have ' +
  'received the record from a covered entity or business associate as permitted by 45 CFR part ' +
  '164, subparts A and E. A general authorization for the release of medical or other information ' +
  'is NOT sufficient to meet the required elements of written consent to further use or redisclose ' +
  'the record (see 42 CFR 2.31).';

export const PART2_NOTICE_ABBREVIATED =
  '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';

export const Part2NoticeForm = { FULL: 'FULL', ABBREVIATED: 'ABBREVIATED' } as const;
export type Part2NoticeForm = (typeof Part2NoticeForm)[keyof typeof Part2NoticeForm];

export function part2Notice(form: Part2NoticeForm): string {
  return form === 'ABBREVIATED' ? PART2_NOTICE_ABBREVIATED : PART2_NOTICE_FULL;
}

/** The right to revoke and how (§2.31(a)(6)), in plain words, offered as the form's default. */
export const DEFAULT_REVOCATION_STATEMENT =
  'You may revoke this consent at any time, in writing or by telling program staff, except to the ' +
  'extent the program has already acted on it. Revoking it stops future disclosures; it does not ' +
  'undo disclosures already made.';

/**
 * For a recipient that is a HIPAA covered entity or business associate (§2.31(a)(4)(iii)(B)):
 * it may redisclose as HIPAA permits, never for proceedings against the client.
 */
export const DEFAULT_REDISCLOSURE_STATEMENT =
  'If the recipient is a HIPAA covered entity or business associate, it may further disclose this ' +
  'information as the HIPAA regulations permit, except for uses and disclosures in civil, ' +
  'criminal, administrative or legislative proceedings against you.';
