import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { flagResourcesToReverify } from '../../jobs/resource-jobs.js';
import {
  DEFAULT_REDISCLOSURE_STATEMENT,
  DEFAULT_REVOCATION_STATEMENT,
  PART2_NOTICE_FULL,
  type ReferralStatus,
  type ResourceCategory,
  type ResourceCost,
} from '@waypoint/domain';

type Entry = [string, ResourceCategory, string, ResourceCost, boolean, string[]];

/** Invented local resources, a few of every category (names and numbers are not real). */
const RESOURCES: Entry[] = [
  [
    'Bayview Family Services',
    'SOCIAL_SERVICES',
    'Case management, emergency aid, childcare referrals',
    'FREE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Cedar County Social Services Office',
    'SOCIAL_SERVICES',
    'CalFresh, general assistance, CalWORKs',
    'FREE',
    true,
    ['English', 'Spanish', 'Vietnamese'],
  ],
  [
    'Harborlight Community Center',
    'SOCIAL_SERVICES',
    'Drop-in help with forms, phones and mail',
    'FREE',
    false,
    ['English'],
  ],
  [
    'Medi-Cal Enrollment Desk, Cedar County',
    'MEDICAID',
    'Medi-Cal applications and renewals',
    'FREE',
    true,
    ['English', 'Spanish', 'Tagalog'],
  ],
  [
    'Health Access Navigators',
    'MEDICAID',
    'Help choosing a Medi-Cal plan',
    'FREE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Covered Together Clinic Enrollment',
    'MEDICAID',
    'Same-day Medi-Cal sign-up',
    'FREE',
    true,
    ['English', 'Cantonese'],
  ],
  [
    'Riverside Vocational Rehabilitation',
    'VOCATIONAL_REHAB',
    'Job coaching, placement, work-readiness classes',
    'FREE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Harbor Job Training Center',
    'VOCATIONAL_REHAB',
    'Forklift, kitchen and warehouse certificates',
    'SLIDING_SCALE',
    false,
    ['English'],
  ],
  [
    'Second Start Employment Project',
    'VOCATIONAL_REHAB',
    'Jobs for people in recovery and with records',
    'FREE',
    false,
    ['English', 'Spanish'],
  ],
  [
    'Clínica Fénix Evaluaciones',
    'PSYCHOLOGICAL_ASSESSMENT',
    'Psychological and neuropsychological testing',
    'INSURANCE',
    true,
    ['Spanish', 'English'],
  ],
  [
    'Northbridge Assessment Associates',
    'PSYCHOLOGICAL_ASSESSMENT',
    'ADHD, learning and cognitive assessment',
    'INSURANCE',
    false,
    ['English'],
  ],
  [
    'County Behavioral Assessment Unit',
    'PSYCHOLOGICAL_ASSESSMENT',
    'Diagnostic assessment for county programs',
    'FREE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Safe Harbor Recovery Residences',
    'HOUSING',
    'Sober living, peer-run houses',
    'SLIDING_SCALE',
    false,
    ['English'],
  ],
  [
    'Cedar Housing Authority',
    'HOUSING',
    'Housing vouchers and waitlists',
    'FREE',
    false,
    ['English', 'Spanish'],
  ],
  [
    'Hope Street Shelter',
    'HOUSING',
    'Emergency beds, case management',
    'FREE',
    false,
    ['English', 'Spanish'],
  ],
  [
    'Open Door Rapid Rehousing',
    'HOUSING',
    'Deposits and first month’s rent',
    'FREE',
    false,
    ['English'],
  ],
  [
    'Eastside Community Health Center',
    'MEDICAL',
    'Primary care, dental, labs',
    'SLIDING_SCALE',
    true,
    ['English', 'Spanish', 'Vietnamese'],
  ],
  ['St. Anselm Free Clinic', 'MEDICAL', 'Walk-in primary care', 'FREE', true, ['English']],
  [
    'Harbor Hepatitis C Program',
    'MEDICAL',
    'Hepatitis C testing and treatment',
    'INSURANCE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Bayview Psychiatry Group',
    'PSYCHIATRY',
    'Medication management',
    'INSURANCE',
    true,
    ['English'],
  ],
  [
    'County Adult Mental Health',
    'PSYCHIATRY',
    'Psychiatry for Medi-Cal members',
    'FREE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Telepsychiatry Partners',
    'PSYCHIATRY',
    'Video visits, evenings',
    'SLIDING_SCALE',
    true,
    ['English', 'Mandarin'],
  ],
  [
    'Lighthouse Opioid Treatment Program',
    'MAT',
    'Methadone and buprenorphine',
    'INSURANCE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Bridge Clinic Buprenorphine',
    'MAT',
    'Same-day buprenorphine starts',
    'FREE',
    true,
    ['English'],
  ],
  ['Cedar Naltrexone Clinic', 'MAT', 'Extended-release naltrexone', 'INSURANCE', true, ['English']],
  [
    'Harbor Area Narcotics Anonymous',
    'MUTUAL_SUPPORT',
    'Daily meetings, in person and online',
    'FREE',
    false,
    ['English', 'Spanish'],
  ],
  ['SMART Recovery Cedar', 'MUTUAL_SUPPORT', 'Weekly SMART meetings', 'FREE', false, ['English']],
  [
    'Alcoholics Anonymous Intergroup',
    'MUTUAL_SUPPORT',
    'Meeting list and sponsors',
    'FREE',
    false,
    ['English', 'Spanish', 'Korean'],
  ],
  [
    'Families Anonymous Bayview',
    'MUTUAL_SUPPORT',
    'Meetings for families',
    'FREE',
    false,
    ['English'],
  ],
  [
    'Eastside Legal Aid',
    'LEGAL',
    'Record expungement, benefits appeals',
    'FREE',
    false,
    ['English', 'Spanish'],
  ],
  [
    'Public Defender Clean Slate Clinic',
    'LEGAL',
    'Clean-slate and fines help',
    'FREE',
    false,
    ['English'],
  ],
  ['Tenant Rights Project', 'LEGAL', 'Eviction defence', 'FREE', false, ['English', 'Spanish']],
  ['Northside Food Pantry', 'FOOD', 'Weekly groceries', 'FREE', false, ['English', 'Spanish']],
  ['Cedar Community Fridge Network', 'FOOD', 'Free fridges, 24 hours', 'FREE', false, ['English']],
  ['Meals on Main', 'FOOD', 'Hot lunch, Monday to Friday', 'FREE', false, ['English', 'Spanish']],
  [
    'Harbor Transit Reduced Fare Office',
    'TRANSPORT',
    'Reduced-fare bus passes',
    'SLIDING_SCALE',
    false,
    ['English', 'Spanish'],
  ],
  [
    'Medi-Cal Rides Line',
    'TRANSPORT',
    'Rides to medical appointments',
    'FREE',
    true,
    ['English', 'Spanish'],
  ],
  [
    'Volunteer Drivers of Cedar County',
    'TRANSPORT',
    'Rides to treatment and court',
    'FREE',
    false,
    ['English'],
  ],
  [
    'Bayview Veterans Resource Center',
    'SOCIAL_SERVICES',
    'Benefits and housing for veterans',
    'FREE',
    true,
    ['English'],
  ],
  [
    'Youth Pathways Center',
    'SOCIAL_SERVICES',
    'Services for people 16–24',
    'FREE',
    true,
    ['English', 'Spanish'],
  ],
];

/**
 * The states the demo referrals show (every one), each with whether it was sent (a disclosure),
 * and the state of its consent where it is not ACTIVE (the legal referral's is REVOKED, below).
 * `dueIn`: days from now the answer is due (14 unless said); `expiresIn`: days its consent still
 * holds (325 unless said), so a few lapse within the case manager's 30 days.
 */
const STORIES: {
  status: ReferralStatus;
  category: ResourceCategory;
  sent: boolean;
  outcome?: string;
  closed?: string;
  consent?: 'PENDING_SIGNATURE' | 'DECLINED' | 'EXPIRED';
  dueIn?: number;
  expiresIn?: number;
}[] = [
  {
    status: 'COMPLETED',
    category: 'VOCATIONAL_REHAB',
    sent: true,
    outcome: 'Enrolled in work-readiness class',
  },
  { status: 'COMPLETED', category: 'MEDICAID', sent: true, outcome: 'Medi-Cal approved' },
  { status: 'SCHEDULED', category: 'PSYCHIATRY', sent: true, expiresIn: 12 },
  // Accepted but no appointment yet, past its day: overdue on the worklist and the dashboard.
  { status: 'ACCEPTED', category: 'MEDICAL', sent: true, dueIn: -4, expiresIn: 26 },
  { status: 'SENT', category: 'HOUSING', sent: true },
  {
    status: 'NO_RESPONSE',
    category: 'PSYCHOLOGICAL_ASSESSMENT',
    sent: true,
    closed: 'No answer by the due date',
    dueIn: -10,
  },
  {
    status: 'REJECTED',
    category: 'HOUSING',
    sent: true,
    closed: 'Waitlist closed',
    // Sent while it held; its date has passed since.
    consent: 'EXPIRED',
  },
  {
    status: 'CLIENT_DECLINED',
    category: 'MUTUAL_SUPPORT',
    sent: false,
    closed: 'Prefers to find a meeting alone',
    consent: 'DECLINED',
  },
  { status: 'READY', category: 'FOOD', sent: false },
  { status: 'DRAFT', category: 'TRANSPORT', sent: false, consent: 'PENDING_SIGNATURE' },
  { status: 'PENDING_CONSENT', category: 'LEGAL', sent: false },
  { status: 'CANCELLED', category: 'MAT', sent: false, closed: 'Made twice by mistake' },
  // A second housing referral, so housing's completion rate is one of two.
  { status: 'COMPLETED', category: 'HOUSING', sent: true, outcome: 'Moved into sober living' },
];

/**
 * The demo clinic's directory (about 40 entries in each program), and referrals in every state with
 * their consents and disclosures: one per open episode that has a case manager, in turn. The
 * legal referral is blocked by a consent the client revoked.
 */
export async function seedDemoReferrals(em: EntityManager, now: Date): Promise<void> {
  const programs = await em.query<{ id: string }[]>('SELECT id FROM program ORDER BY code');
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
  // Ids made here, so that the whole seed is a handful of set-based statements.
  const resources = programs.flatMap((program, p) =>
    RESOURCES.map(([name, category, services, cost, medicaid, languages], i) => ({
      id: randomUUID(),
      programId: program.id,
      n: i + 1,
      name,
      category,
      services,
      cost,
      medicaid,
      languages,
      verified: day(-((i * 11 + p * 7) % 260)),
    })),
  );
  await em.query(
    `INSERT INTO community_resource (id, program_id, name, category, services, address, phone, hours,
       languages, cost, eligibility, accepts_medicaid, last_verified_at)
     SELECT r.id, r."programId", r.name, r.category, r.services, r.n || ' Harbor Way, Cedar',
       '(555) 01' || lpad(r.n::text, 2, '0') || '-2' || lpad(r.n::text, 3, '0'), 'Mon–Fri 9–5',
       r.languages, r.cost, 'Adults in Cedar County', r.medicaid, r.verified
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "programId" uuid, n int, name text,
       category text, services text, cost text, medicaid boolean, languages text[], verified timestamptz)`,
    [JSON.stringify(resources)],
  );
  // The entries long unchecked are on the case managers' Today from the start, as the hourly
  // job would flag them.
  await flagResourcesToReverify(em);
  const episodes = await em.query<
    { id: string; clientId: string; programId: string; cm: string }[]
  >(
    `SELECT id, client_id AS "clientId", program_id AS "programId", case_manager_id AS cm FROM episode
     WHERE case_manager_id IS NOT NULL AND status IN ('ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING')
     ORDER BY opened_at, id LIMIT $1`,
    [STORIES.length],
  );
  // Two clients read Spanish and Vietnamese best: their printed resource lists open in them.
  await em.query(
    `UPDATE client SET preferred_language = l.language
     FROM unnest($1::uuid[], $2::text[]) AS l(id, language) WHERE client.id = l.id`,
    [
      episodes.slice(0, 2).map((e) => e.clientId),
      ['Spanish', 'Vietnamese'].slice(0, episodes.length),
    ],
  );
  const consents: Record<string, unknown>[] = [];
  const referrals: Record<string, unknown>[] = [];
  const disclosures: Record<string, unknown>[] = [];
  for (const [i, e] of episodes.entries()) {
    const story = STORIES[i]!;
    const resource = resources.find(
      (r) => r.programId === e.programId && r.category === story.category,
    )!;
    const revoked = story.status === 'PENDING_CONSENT';
    const consentId = randomUUID();
    const referralId = randomUUID();
    const covered = story.category === 'MEDICAL';
    const signed = story.consent !== 'PENDING_SIGNATURE' && story.consent !== 'DECLINED';
    consents.push({
      id: consentId,
      episodeId: e.id,
      clientId: e.clientId,
      status: story.consent ?? (revoked ? 'REVOKED' : 'ACTIVE'),
      recipients: [{ name: resource.name, resourceId: resource.id, coveredEntity: covered }],
      purpose: `To refer me to ${resource.name}`,
      redisclosure: covered ? DEFAULT_REDISCLOSURE_STATEMENT : null,
      signedAt: signed ? day(-40) : null,
      signedBy: signed ? 'Client' : null,
      declinedAt: story.consent === 'DECLINED' ? day(-20) : null,
      expiresOn: day(story.consent === 'EXPIRED' ? -3 : (story.expiresIn ?? 325))
        .toISOString()
        .slice(0, 10),
      signedOn: signed ? day(-40).toISOString().slice(0, 10) : null,
      revokedAt: revoked ? day(-5) : null,
      revocationReason: revoked ? 'Client no longer wants legal help shared' : null,
      cm: e.cm,
    });
    const sentAt = story.sent ? day(-30 + i) : null;
    referrals.push({
      id: referralId,
      episodeId: e.id,
      clientId: e.clientId,
      resourceId: resource.id,
      name: resource.name,
      reason: `Needs ${story.category.toLowerCase().replace(/_/g, ' ')} support`,
      dueBy: day(story.dueIn ?? 14)
        .toISOString()
        .slice(0, 10),
      status: story.status,
      consentId: story.sent ? consentId : null,
      sentAt,
      cm: e.cm,
      outcome: story.outcome ?? null,
      closed: story.closed ?? null,
      createdAt: day(-35),
    });
    if (sentAt) {
      disclosures.push({
        clientId: e.clientId,
        episodeId: e.id,
        programId: e.programId,
        referralId,
        consentId,
        name: resource.name,
        cm: e.cm,
        at: sentAt,
      });
    }
  }
  await em.query(
    `INSERT INTO consent (id, episode_id, client_id, status, disclosing_party, information_description,
       recipients, purposes, purpose_description, revocation_statement, redisclosure_statement,
       expires_on, signed_by_name, signed_on, signed_at, declined_at, revoked_at, revocation_reason,
       created_by_id)
     SELECT c.id, c."episodeId", c."clientId", c.status, 'Waypoint IOP',
       'Name, contact details, dates of attendance and the reason for referral; no diagnosis or notes.',
       c.recipients, '{CARE_COORDINATION}', c.purpose, $2, c.redisclosure, c."expiresOn",
       c."signedBy", c."signedOn", c."signedAt", c."declinedAt", c."revokedAt", c."revocationReason",
       c.cm
     FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, "episodeId" uuid, "clientId" uuid, status text,
       recipients jsonb, purpose text, redisclosure text, "expiresOn" date, "signedBy" text,
       "signedOn" date, "signedAt" timestamptz, "declinedAt" timestamptz, "revokedAt" timestamptz,
       "revocationReason" text, cm uuid)`,
    [JSON.stringify(consents), DEFAULT_REVOCATION_STATEMENT],
  );
  await em.query(
    `INSERT INTO referral (id, episode_id, client_id, resource_id, recipient_name, reason, purpose,
       information_to_send, urgency, due_by, status, consent_id, sent_at, sent_by_id, outcome,
       closed_reason, created_by_id, created_at)
     SELECT r.id, r."episodeId", r."clientId", r."resourceId", r.name, r.reason, 'CARE_COORDINATION',
       'Name, contact details and attendance summary', 'ROUTINE', r."dueBy", r.status, r."consentId",
       r."sentAt", CASE WHEN r."sentAt" IS NOT NULL THEN r.cm END, r.outcome, r.closed, r.cm, r."createdAt"
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "episodeId" uuid, "clientId" uuid,
       "resourceId" uuid, name text, reason text, "dueBy" date, status text, "consentId" uuid,
       "sentAt" timestamptz, cm uuid, outcome text, closed text, "createdAt" timestamptz)`,
    [JSON.stringify(referrals)],
  );
  await em.query(
    `INSERT INTO disclosure (client_id, episode_id, program_id, referral_id, consent_id, recipient_name,
       purpose, information_disclosed, notice_text, disclosed_by_id, disclosed_at)
     SELECT d."clientId", d."episodeId", d."programId", d."referralId", d."consentId", d.name,
       'CARE_COORDINATION', 'Referral: name, contact details and attendance summary', $2, d.cm, d.at
     FROM jsonb_to_recordset($1::jsonb) AS d("clientId" uuid, "episodeId" uuid, "programId" uuid,
       "referralId" uuid, "consentId" uuid, name text, cm uuid, at timestamptz)`,
    [JSON.stringify(disclosures), PART2_NOTICE_FULL],
  );
}
