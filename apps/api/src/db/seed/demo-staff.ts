import type { Population, StaffRole } from '@waypoint/domain';

/** The demo clinic's two programs. Every name here is invented. */
export const DEMO_PROGRAMS = [
  { code: 'ADULT-IOP', name: 'Harbor Adult IOP', population: 'ADULT' },
  { code: 'TEEN-IOP', name: 'Harbor Teen IOP', population: 'ADOLESCENT' },
] as const satisfies readonly { code: string; name: string; population: Population }[];

export type DemoProgramCode = (typeof DEMO_PROGRAMS)[number]['code'];

export const DEMO_TIME_ZONE = 'America/Los_Angeles';

/**
 * Every demo account's password, printed in the README. Demo data is never seeded in production
 * (SEED_DEMO_DATA is off there), so this opens nothing real.
 */
export const DEMO_PASSWORD = 'waypoint-demo';

export interface DemoStaffMember {
  firstName: string;
  lastName: string;
  /** Licence or certification shown after the name; null where the job needs none. */
  credentials: string | null;
  /** Lower case, unique, on the reserved example.org domain. */
  email: string;
  /** The one role this person holds, in each of `programs`. */
  role: StaffRole;
  programs: readonly DemoProgramCode[];
  active: boolean;
  /** A short job title for listings of demo accounts. */
  title: string;
}

/**
 * The demo clinic's staff: one place for the seed, the README and sign-in to list demo accounts
 * from. Every role is present; one clinician has left (inactive) and only appears on old charts.
 */
export const DEMO_STAFF = [
  {
    firstName: 'Avery',
    lastName: 'Lindqvist',
    credentials: null,
    email: 'avery.lindqvist@example.org',
    role: 'ADMIN',
    programs: ['ADULT-IOP', 'TEEN-IOP'],
    active: true,
    title: 'System administrator',
  },
  {
    firstName: 'Helena',
    lastName: 'Marsh',
    credentials: 'PsyD',
    email: 'helena.marsh@example.org',
    role: 'DIRECTOR',
    programs: ['ADULT-IOP', 'TEEN-IOP'],
    active: true,
    title: 'Clinical director',
  },
  {
    firstName: 'Jonah',
    lastName: 'Whitfield',
    credentials: 'LCSW',
    email: 'jonah.whitfield@example.org',
    role: 'CLINICIAN',
    programs: ['ADULT-IOP'],
    active: true,
    title: 'Adult therapist',
  },
  {
    firstName: 'Priya',
    lastName: 'Castellano',
    credentials: 'LMFT',
    email: 'priya.castellano@example.org',
    role: 'CLINICIAN',
    programs: ['ADULT-IOP'],
    active: true,
    title: 'Adult therapist',
  },
  {
    firstName: 'Desmond',
    lastName: 'Achterberg',
    credentials: 'CADC-II',
    email: 'desmond.achterberg@example.org',
    role: 'CLINICIAN',
    programs: ['ADULT-IOP'],
    active: true,
    title: 'Adult counselor',
  },
  {
    firstName: 'Tessa',
    lastName: 'Moreland',
    credentials: 'LPCC',
    email: 'tessa.moreland@example.org',
    role: 'CLINICIAN',
    programs: ['TEEN-IOP'],
    active: true,
    title: 'Adolescent therapist',
  },
  {
    firstName: 'Rafael',
    lastName: 'Okonkwo-Lind',
    credentials: 'LMFT',
    email: 'rafael.okonkwo-lind@example.org',
    role: 'CLINICIAN',
    programs: ['TEEN-IOP'],
    active: true,
    title: 'Adolescent and family therapist',
  },
  {
    firstName: 'Corinne',
    lastName: 'Ashby',
    credentials: 'LCSW',
    email: 'corinne.ashby@example.org',
    role: 'CLINICIAN',
    programs: ['ADULT-IOP'],
    active: false,
    title: 'Adult therapist (former)',
  },
  {
    firstName: 'Luis',
    lastName: 'Brandvold',
    credentials: null,
    email: 'luis.brandvold@example.org',
    role: 'CASE_MANAGER',
    programs: ['ADULT-IOP'],
    active: true,
    title: 'Case manager',
  },
  {
    firstName: 'Nadia',
    lastName: 'Pemberton',
    credentials: 'ACSW',
    email: 'nadia.pemberton@example.org',
    role: 'CASE_MANAGER',
    programs: ['TEEN-IOP', 'ADULT-IOP'],
    active: true,
    title: 'Case manager',
  },
  {
    firstName: 'Gwen',
    lastName: 'Hollister',
    credentials: null,
    email: 'gwen.hollister@example.org',
    role: 'INTAKE',
    programs: ['ADULT-IOP', 'TEEN-IOP'],
    active: true,
    title: 'Intake coordinator',
  },
  {
    firstName: 'Theo',
    lastName: 'Marchetti',
    credentials: null,
    email: 'theo.marchetti@example.org',
    role: 'INTAKE',
    programs: ['ADULT-IOP'],
    active: true,
    title: 'Intake coordinator',
  },
] as const satisfies readonly DemoStaffMember[];
