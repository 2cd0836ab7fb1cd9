import { isAllowed, isCalendarDate, mayOverrideAgeRule, type StaffRole } from '@waypoint/domain';
import type { OpenInquiryInput } from '../../gql/graphql';
import { validateContact } from '../client-chart/contact-details';

/** A new inquiry as the form holds it ('' when empty). */
export interface InquiryValues {
  programId: string;
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  referralSource: string;
}
export type InquiryField = keyof InquiryValues;

export const inquiryFields: readonly InquiryField[] = [
  'programId',
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'phone',
  'email',
  'referralSource',
];

export function emptyInquiry(programId = ''): InquiryValues {
  const values = Object.fromEntries(inquiryFields.map((f) => [f, ''])) as unknown as InquiryValues;
  return { ...values, programId };
}

/** Where people are usually referred from; the field takes anything. */
export const referralSources = [
  'Self',
  'Family or friend',
  'Primary care physician',
  'Hospital or emergency department',
  'Residential program (step-down)',
  'Court or probation',
  'Employer or EAP',
  'School counselor',
  'Therapist or psychiatrist',
  'Community organization',
];

// The API's limits (OpenInquiryInput), checked here first so mistakes show as you type.
const NAME_MAX = 80;
const REFERRAL_MAX = 200;
const EARLIEST_BIRTH = '1900-01-01';

export function validateInquiry(
  values: InquiryValues,
  today: string,
): Partial<Record<InquiryField, string>> {
  const v = (f: InquiryField) => values[f].trim();
  // The same rules as a chart's contact details, which these become.
  const errors: Partial<Record<InquiryField, string>> = {
    ...validateContact(
      {
        preferredName: values.preferredName,
        pronouns: values.pronouns,
        preferredLanguage: '',
        phone: values.phone,
        email: values.email,
        sobrietyDate: '',
      },
      today,
    ),
  };
  if (!v('programId')) errors.programId = 'Choose the program the person is asking about';
  for (const f of ['firstName', 'lastName'] as const) {
    if (!v(f)) errors[f] = 'Required';
    else if (v(f).length > NAME_MAX) errors[f] = `Use at most ${NAME_MAX} characters`;
  }
  const dob = v('dateOfBirth');
  if (!dob) errors.dateOfBirth = 'Required';
  else if (!isCalendarDate(dob)) errors.dateOfBirth = 'Enter a date';
  else if (dob > today) errors.dateOfBirth = 'Cannot be in the future';
  else if (dob < EARLIEST_BIRTH) errors.dateOfBirth = 'Check the year';
  if (v('referralSource').length > REFERRAL_MAX) {
    errors.referralSource = `Use at most ${REFERRAL_MAX} characters`;
  }
  return errors;
}

/** What the user chose about possible duplicates and the program's ages. */
export interface InquiryChoices {
  /** Checked the matches and this is someone else: a new chart despite an exact match. */
  confirmedNewClient?: boolean;
  /** A director's reason to open outside the program's ages. */
  ageOverrideReason?: string;
}

/** What is sent: trimmed, with empty optional fields left out. */
export function toOpenInquiryInput(
  values: InquiryValues,
  choices: InquiryChoices = {},
): OpenInquiryInput {
  const v = (f: InquiryField) => values[f].trim();
  const input: OpenInquiryInput = {
    programId: v('programId'),
    firstName: v('firstName'),
    lastName: v('lastName'),
    dateOfBirth: v('dateOfBirth'),
  };
  for (const f of ['preferredName', 'pronouns', 'phone', 'email', 'referralSource'] as const) {
    if (v(f)) input[f] = v(f);
  }
  if (choices.confirmedNewClient) input.confirmedNewClient = true;
  const override = choices.ageOverrideReason?.trim();
  if (override) input.ageOverrideReason = override;
  return input;
}

/** A readmission: a new episode on an existing client's chart (their details are already there). */
export function toReadmissionInput(
  values: InquiryValues,
  clientId: string,
  choices: InquiryChoices = {},
): OpenInquiryInput {
  const input: OpenInquiryInput = {
    programId: values.programId.trim(),
    existingClientId: clientId,
  };
  if (values.referralSource.trim()) input.referralSource = values.referralSource.trim();
  const override = choices.ageOverrideReason?.trim();
  if (override) input.ageOverrideReason = override;
  return input;
}

/** The person as far as matching needs them, once name and date of birth are all there. */
export function matchQuery(
  values: InquiryValues,
  today: string,
): { programId: string; firstName: string; lastName: string; dateOfBirth: string } | null {
  const errors = validateInquiry(values, today);
  if (['programId', 'firstName', 'lastName', 'dateOfBirth'].some((f) => f in errors)) return null;
  return {
    programId: values.programId.trim(),
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    dateOfBirth: values.dateOfBirth.trim(),
  };
}

export function isInquiryValues(x: unknown): x is InquiryValues {
  return (
    typeof x === 'object' &&
    x !== null &&
    inquiryFields.every((f) => typeof (x as Record<string, unknown>)[f] === 'string')
  );
}

/** Whether anything beyond the preselected program has been typed (a draft worth keeping). */
export function hasInquiryInput(values: InquiryValues): boolean {
  return inquiryFields.some((f) => f !== 'programId' && values[f].trim() !== '');
}

interface ViewerPrograms {
  programRoles: readonly { role: StaffRole; program: { id: string; name: string } }[];
}

/**
 * The programs where the viewer may open an inquiry, by the policy table the API enforces
 * (intake coordinators and directors of the program), by name.
 */
export function inquiryPrograms(viewer: ViewerPrograms): { value: string; label: string }[] {
  const programs = new Map<string, string>();
  for (const { role, program } of viewer.programRoles) {
    if (isAllowed(role, ['SAME_PROGRAM'], 'OPEN_EPISODE', null)) {
      programs.set(program.id, program.name);
    }
  }
  return [...programs]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Programs where the viewer may open an inquiry outside the program's ages (the domain's rule). */
export function ageOverridePrograms(viewer: ViewerPrograms): ReadonlySet<string> {
  return new Set(
    viewer.programRoles
      .filter(({ role }) => mayOverrideAgeRule([role]))
      .map(({ program }) => program.id),
  );
}
