import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CareTeam,
  CodeableConcept,
  Coding,
  Condition,
  Consent,
  Encounter,
  EpisodeOfCare,
  Goal,
  Meta,
  Observation,
  ObservationComponent,
  Organization,
  Patient,
  Practitioner,
  Provenance,
  QuestionnaireResponse,
  Reference,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import {
  analyteLabel,
  consentPurposeLabel,
  INSTRUMENTS,
  isMeasureInstrument,
  screenMethodLabel,
  type Analyte,
  type ConsentPurpose,
  type ScreenMethod,
} from '@waypoint/domain';
import type { FhirRecords } from './fhir-records.js';

/** Where our code systems live (`urn:` so nothing pretends to resolve). */
const WAYPOINT = 'urn:waypoint:fhir';
const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
/** The section of Part 2 that says what notice accompanies a disclosure. */
export const PART2_NOTICE_POLICY = 'https://www.ecfr.gov/current/title-42/section-2.32';

/**
 * Part 2 travels with the data: every resource says it is restricted (HL7 confidentiality R),
 * substance-use information (SUD), protected by 42 CFR Part 2 (the policy code) and not to be
 * disclosed again without consent (the refrain code that says in codes what §2.32's notice
 * says in words). Displays are the code systems' own.
 */
export const PART2_SECURITY: Coding[] = [
  {
    system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
    code: 'R',
    display: 'restricted',
  },
  { system: V3_ACT_CODE, code: 'SUD', display: 'substance use disorder information sensitivity' },
  { system: V3_ACT_CODE, code: '42CFRPart2', display: '42 CFR Part2' },
  { system: V3_ACT_CODE, code: 'NORDSCLCD', display: 'no redisclosure without consent directive' },
];

const meta = (): Meta => ({ security: PART2_SECURITY.map((c) => ({ ...c })) });
const text = (value: string): CodeableConcept => ({ text: value });
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : undefined);
const words = (code: string) => code.toLowerCase().replaceAll('_', ' ');
const kebab = (code: string) => code.toLowerCase().replaceAll('_', '-');
const ref = <T extends Resource>(
  type: T['resourceType'],
  id: string,
  display?: string,
): Reference<T> => ({
  reference: `${type}/${id}`,
  ...(display ? { display } : {}),
});

function episodeStatus(status: string): EpisodeOfCare['status'] {
  switch (status) {
    case 'INQUIRY':
    case 'SCREENING':
    case 'ASSESSMENT':
    case 'ORIENTATION':
      return 'planned';
    case 'WAITLISTED':
      return 'waitlist';
    case 'ON_HOLD':
      return 'onhold';
    case 'ACTIVE':
    case 'DISCHARGE_PLANNING':
    case 'FOLLOW_UP':
      return 'active';
    case 'DECLINED':
      return 'cancelled';
    default:
      return 'finished';
  }
}

function planStatus(status: string): CarePlan['status'] {
  switch (status) {
    case 'DRAFT':
    case 'PENDING_SIGNATURE':
      return 'draft';
    case 'ACTIVE':
      return 'active';
    case 'SUPERSEDED':
      return 'revoked';
    default:
      return 'completed';
  }
}

function encounterStatus(s: FhirRecords['sessions'][number]): Encounter['status'] {
  if (s.status === 'CANCELLED' || s.status === 'NO_SHOW') return 'cancelled';
  if (s.attendance === 'ABSENT_EXCUSED' || s.attendance === 'ABSENT_UNEXCUSED') return 'cancelled';
  if (s.status === 'HELD') return 'finished';
  return 'planned';
}

function referralStatus(status: string): ServiceRequest['status'] {
  if (['DRAFT', 'PENDING_CONSENT', 'READY'].includes(status)) return 'draft';
  if (['SENT', 'ACCEPTED', 'SCHEDULED'].includes(status)) return 'active';
  if (status === 'COMPLETED') return 'completed';
  return 'revoked';
}

/**
 * When a problem on this plan version stopped being treated: the version was superseded without
 * it or closed, or the episode ended. Null while it is on a plan in force or in the making.
 */
function endedWith(
  plan: FhirRecords['plans'][number],
  episodes: FhirRecords['episodes'],
): Date | null {
  const episode = episodes.find((e) => e.id === plan.episodeId);
  const planEnded = plan.status === 'SUPERSEDED' || plan.status === 'CLOSED';
  const episodeEnded =
    !!episode && ['finished', 'cancelled'].includes(episodeStatus(episode.status));
  if (!planEnded && !episodeEnded) return null;
  return plan.endedAt ?? episode?.dischargedAt ?? plan.createdAt;
}

const taskStatuses: Record<string, Task['status']> = {
  DRAFT: 'draft',
  PENDING_CONSENT: 'on-hold',
  READY: 'ready',
  SENT: 'requested',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  SCHEDULED: 'in-progress',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  CLIENT_DECLINED: 'cancelled',
  NO_RESPONSE: 'failed',
};

function consentStatus(status: string): Consent['status'] {
  switch (status) {
    case 'PENDING_SIGNATURE':
      return 'proposed';
    case 'ACTIVE':
      return 'active';
    case 'DECLINED':
      return 'rejected';
    default:
      return 'inactive';
  }
}

const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
/** HL7 v3 ActReason (purpose of use) codes for the purposes that have one, with their displays. */
const purposeCodes: Partial<Record<ConsentPurpose, Coding>> = {
  TREATMENT: { system: ACT_REASON, code: 'TREAT', display: 'treatment' },
  PAYMENT: { system: ACT_REASON, code: 'HPAYMT', display: 'healthcare payment' },
  HEALTH_CARE_OPERATIONS: { system: ACT_REASON, code: 'HOPERAT', display: 'healthcare operations' },
  CARE_COORDINATION: { system: ACT_REASON, code: 'CAREMGT', display: 'care management' },
  BENEFITS_ELIGIBILITY: {
    system: ACT_REASON,
    code: 'COVERAGE',
    display: 'coverage under policy or program',
  },
};
/** The purpose of an export for the client under their own right of access. */
const PATIENT_REQUESTED: Coding = {
  system: ACT_REASON,
  code: 'PATRQT',
  display: 'patient requested',
};

const screenResultCodes: Record<string, Coding> = {
  POSITIVE: { code: 'POS', display: 'Positive' },
  NEGATIVE: { code: 'NEG', display: 'Negative' },
  INVALID: { code: 'IND', display: 'Indeterminate' },
};
const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

/**
 * The value with every empty array, object and string and every null or undefined left out, at
 * any depth. FHIR JSON has an element with content or no element at all; the mapping writes lists
 * and periods whatever they hold (a client without a phone, a plan not yet active) and this one
 * pass over the bundle takes out what is left empty.
 */
export function withoutEmpty<T>(value: T): T | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const kept = (value as unknown[]).map((v) => withoutEmpty(v)).filter((v) => v !== undefined);
    return kept.length ? (kept as T) : undefined;
  }
  if (typeof value === 'object') {
    const kept = Object.entries(value)
      .map(([k, v]) => [k, withoutEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return kept.length ? (Object.fromEntries(kept) as T) : undefined;
  }
  return value;
}

export interface BundleOptions {
  /** `searchset` for Patient/$everything, `collection` otherwise. */
  type: 'collection' | 'searchset';
  /** The server's FHIR base (for entries' fullUrl). */
  baseUrl: string;
  /** The §2.32 notice that accompanies the disclosure. */
  notice: string;
  /** Why the record is sent; null: to the client under their own right of access. */
  purpose: ConsentPurpose | null;
  /** The bundle's own id (the disclosure's). */
  id: string;
  timestamp: Date;
}

/**
 * One client's record as a FHIR R4 Bundle. Ids are our record ids (a drug screen's analytes add
 * the analyte), so the same record always exports under the same id; every reference points at
 * an entry of the bundle.
 */
export function clientBundle(r: FhirRecords, options: BundleOptions): Bundle {
  const resources: Resource[] = [];
  const add = <T extends Resource>(resource: T): T => {
    resources.push({ ...resource, meta: meta() });
    return resource;
  };
  const patient = ref<Patient>('Patient', r.client.id);
  const staffIds = new Set(r.staff.map((s) => s.id));
  const practitioner = (id: string | null) =>
    id && staffIds.has(id) ? ref<Practitioner>('Practitioner', id) : undefined;

  add<Patient>({
    resourceType: 'Patient',
    id: r.client.id,
    active: true,
    name: [
      { use: 'official', family: r.client.lastName, given: [r.client.firstName] },
      ...(r.client.preferredName
        ? [{ use: 'usual' as const, given: [r.client.preferredName] }]
        : []),
    ],
    birthDate: r.client.dateOfBirth,
    telecom: [
      ...(r.client.phone ? [{ system: 'phone' as const, value: r.client.phone }] : []),
      ...(r.client.email ? [{ system: 'email' as const, value: r.client.email }] : []),
    ],
  });
  for (const p of r.programs)
    add<Organization>({ resourceType: 'Organization', id: p.id, name: p.name });
  for (const s of r.staff) {
    add<Practitioner>({
      resourceType: 'Practitioner',
      id: s.id,
      name: [
        {
          family: s.lastName,
          given: [s.firstName],
          ...(s.credentials ? { suffix: [s.credentials] } : {}),
        },
      ],
    });
  }

  for (const e of r.episodes) {
    const moves = r.transitions.filter((t) => t.episodeId === e.id);
    const team = [
      e.primaryClinicianId && { id: e.primaryClinicianId, role: 'Primary clinician' },
      e.caseManagerId && { id: e.caseManagerId, role: 'Case manager' },
    ].filter((m): m is { id: string; role: string } => !!m && staffIds.has(m.id));
    add<CareTeam>({
      resourceType: 'CareTeam',
      id: e.id,
      status: episodeStatus(e.status) === 'finished' ? 'inactive' : 'active',
      subject: patient,
      managingOrganization: [ref<Organization>('Organization', e.programId)],
      participant: team.map((m) => ({
        role: [text(m.role)],
        member: ref<Practitioner>('Practitioner', m.id),
      })),
    });
    add<EpisodeOfCare>({
      resourceType: 'EpisodeOfCare',
      id: e.id,
      status: episodeStatus(e.status),
      type: [text(`Intensive outpatient program: ${words(e.status)}`)],
      statusHistory: moves.map((t, i) => ({
        status: episodeStatus(t.toStatus),
        period: { start: iso(t.occurredAt), end: iso(moves[i + 1]?.occurredAt) },
      })),
      patient,
      managingOrganization: ref<Organization>('Organization', e.programId),
      period: { start: iso(e.openedAt), end: iso(e.dischargedAt) },
      careManager: practitioner(e.primaryClinicianId),
      team: [ref<CareTeam>('CareTeam', e.id)],
    });
  }

  // Problems and goals once each, as their latest signed version says (under their lineage's id,
  // which every version shares); each plan version's CarePlan points at the ones it held. A
  // revision still being written (a draft) does not speak for the record: only what no signed
  // version holds is exported as the draft has it, so that the draft's CarePlan can point at it.
  const planById = new Map(r.plans.map((p) => [p.id, p]));
  const latest = <T extends { lineageId: string; planId: string }>(rows: T[]): T[] => {
    const version = (x: T) => planById.get(x.planId)!.versionNumber;
    const signed = (x: T) => planStatus(planById.get(x.planId)!.status) !== 'draft';
    const newer = (a: T, b: T) => (signed(a) === signed(b) ? version(a) > version(b) : signed(a));
    const byLineage = new Map<string, T>();
    for (const row of rows) {
      const seen = byLineage.get(row.lineageId);
      if (!seen || newer(row, seen)) byLineage.set(row.lineageId, row);
    }
    return [...byLineage.values()];
  };
  const problemLineage = new Map(r.problems.map((p) => [p.id, p.lineageId]));
  const goals = latest(r.goals);

  for (const p of latest(r.problems)) {
    const ended = endedWith(planById.get(p.planId)!, r.episodes);
    const outcomes = goals.filter((g) => g.problemId === p.id).map((g) => g.achievementStatus);
    const met =
      outcomes.length > 0 && outcomes.every((a) => a === 'ACHIEVED' || a === 'SUSTAINING');
    add<Condition>({
      resourceType: 'Condition',
      id: p.lineageId,
      clinicalStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
            code: !ended ? 'active' : met ? 'resolved' : 'inactive',
          },
        ],
      },
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/condition-category',
              code: 'problem-list-item',
            },
          ],
        },
      ],
      code: {
        coding: [{ system: `${WAYPOINT}:problem-domain`, code: p.domain }],
        text: words(p.domain),
      },
      subject: patient,
      ...(ended ? { abatementDateTime: iso(ended) } : {}),
      recordedDate: iso(p.createdAt),
      note: [{ text: p.clientWords }],
    });
  }

  for (const g of goals) {
    const objectives = r.objectives.filter((o) => o.goalId === g.id);
    add<Goal>({
      resourceType: 'Goal',
      id: g.lineageId,
      lifecycleStatus: kebab(g.lifecycleStatus) as Goal['lifecycleStatus'],
      achievementStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
            code: kebab(g.achievementStatus),
          },
        ],
      },
      description: text(g.description),
      subject: patient,
      addresses: [ref<Condition>('Condition', problemLineage.get(g.problemId)!)],
      target: [
        ...objectives.map((o) => ({
          measure: text(o.measure),
          detailString: o.description,
          ...(o.targetDate ? { dueDate: o.targetDate } : {}),
        })),
        ...(g.targetDate && objectives.length === 0 ? [{ dueDate: g.targetDate }] : []),
      ],
    });
  }

  const plans = [...r.plans];
  for (const plan of plans) {
    const previous = plans.find(
      (p) => p.episodeId === plan.episodeId && p.versionNumber === plan.versionNumber - 1,
    );
    const draft = planStatus(plan.status) === 'draft';
    add<CarePlan>({
      resourceType: 'CarePlan',
      id: plan.id,
      status: planStatus(plan.status),
      intent: 'plan',
      title: `Treatment plan, version ${plan.versionNumber}`,
      subject: patient,
      created: iso(plan.createdAt),
      period: { start: iso(plan.activatedAt), end: iso(plan.endedAt) },
      ...(previous ? { replaces: [ref<CarePlan>('CarePlan', previous.id)] } : {}),
      careTeam: [ref<CareTeam>('CareTeam', plan.episodeId)],
      addresses: r.problems
        .filter((p) => p.planId === plan.id)
        .map((p) => ref<Condition>('Condition', p.lineageId)),
      goal: r.goals.filter((g) => g.planId === plan.id).map((g) => ref<Goal>('Goal', g.lineageId)),
      activity: r.interventions
        .filter((i) => i.planId === plan.id)
        .map((i) => ({
          detail: {
            status: draft ? 'not-started' : plan.status === 'ACTIVE' ? 'in-progress' : 'stopped',
            code: text(i.modality),
            description: [i.description, i.frequency].filter(Boolean).join(' — '),
            ...(practitioner(i.responsibleStaffId)
              ? { performer: [practitioner(i.responsibleStaffId)!] }
              : {}),
          },
        })),
    });
  }
  for (const s of r.signatures) {
    const who = s.signer === 'CLIENT' ? patient : practitioner(s.staffId);
    if (!who) continue;
    add<Provenance>({
      resourceType: 'Provenance',
      id: s.id,
      target: [ref<CarePlan>('CarePlan', s.planId)],
      recorded: iso(s.signedAt)!,
      activity: text(`Signed by the ${words(s.signer)}`),
      agent: [
        {
          type: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
                code: 'verifier',
              },
            ],
          },
          who,
        },
      ],
      signature: [
        {
          type: [
            {
              system: 'urn:iso-astm:E1762-95:2013',
              code: '1.2.840.10065.1.12.1.5',
              display: 'Verification Signature',
            },
          ],
          when: iso(s.signedAt)!,
          who,
        },
      ],
    });
  }

  const seenSessions = new Set<string>();
  for (const s of r.sessions) {
    if (seenSessions.has(s.id)) continue;
    seenSessions.add(s.id);
    add<Encounter>({
      resourceType: 'Encounter',
      id: s.id,
      status: encounterStatus(s),
      class: {
        system: V3_ACT_CODE,
        code: s.modality === 'TELEHEALTH' ? 'VR' : 'AMB',
        display: s.modality === 'TELEHEALTH' ? 'virtual' : 'ambulatory',
      },
      type: [text(`${words(s.kind)} session`)],
      subject: patient,
      episodeOfCare: [ref<EpisodeOfCare>('EpisodeOfCare', s.episodeId)],
      participant: s.staffIds
        .filter((id) => staffIds.has(id))
        .map((id) => ({ individual: ref<Practitioner>('Practitioner', id) })),
      period: { start: iso(s.startsAt), end: iso(s.endsAt) },
      ...(s.minutes !== null
        ? {
            length: {
              value: s.minutes,
              unit: 'min',
              system: 'http://unitsofmeasure.org',
              code: 'min',
            },
          }
        : {}),
      serviceProvider: ref<Organization>('Organization', s.programId),
    });
  }

  for (const m of r.measures) {
    if (!isMeasureInstrument(m.instrument)) continue;
    const def = INSTRUMENTS[m.instrument];
    const author = practitioner(m.administeredByStaffId);
    add<QuestionnaireResponse>({
      resourceType: 'QuestionnaireResponse',
      id: m.id,
      ...(def.panelLoinc ? { questionnaire: `http://loinc.org/q/${def.panelLoinc}` } : {}),
      status: 'completed',
      subject: patient,
      authored: iso(m.administeredAt),
      ...(author ? { author } : {}),
      item: def.items
        .filter((item) => typeof m.answers[item.key] === 'number')
        .map((item) => {
          const value = m.answers[item.key]!;
          const label = item.options.find((o) => o.value === value)?.label;
          return {
            linkId: item.key,
            text: item.text,
            answer: [
              label
                ? {
                    valueCoding: {
                      system: `${WAYPOINT}:answer:${m.instrument}`,
                      code: String(value),
                      display: label,
                    },
                  }
                : { valueInteger: value },
            ],
          };
        }),
    });
    // No display on the LOINC code: a display must be LOINC's own name exactly; the text names it.
    const code: CodeableConcept = def.totalLoinc
      ? {
          coding: [{ system: 'http://loinc.org', code: def.totalLoinc }],
          text: `${def.name} total score`,
        }
      : text(`${def.name} total score`);
    const components: ObservationComponent[] = Object.entries(m.subscales ?? {}).map(
      ([name, value]) => ({ code: text(`${def.name} ${words(name)}`), valueInteger: value }),
    );
    add<Observation>({
      resourceType: 'Observation',
      id: m.id,
      status: m.totalScore === null ? 'preliminary' : 'final',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'survey',
            },
          ],
        },
      ],
      code,
      subject: patient,
      effectiveDateTime: iso(m.administeredAt),
      ...(author ? { performer: [author] } : {}),
      ...(m.totalScore !== null
        ? { valueInteger: m.totalScore }
        : {
            dataAbsentReason: {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
                  code: 'not-performed',
                },
              ],
            },
          }),
      ...(m.severityBand ? { interpretation: [text(words(m.severityBand))] } : {}),
      derivedFrom: [ref<QuestionnaireResponse>('QuestionnaireResponse', m.id)],
      ...(components.length ? { component: components } : {}),
      method: text(m.instrumentVersion),
    });
  }

  for (const d of r.drugScreens) {
    const performer = practitioner(d.recordedByStaffId);
    add<Observation>({
      resourceType: 'Observation',
      id: d.id,
      status: d.status === 'PENDING' ? 'preliminary' : 'final',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'laboratory',
            },
          ],
        },
      ],
      code: text('Drug screen panel'),
      subject: patient,
      effectiveDateTime: iso(d.collectedAt),
      ...(performer ? { performer: [performer] } : {}),
      method: text(
        `${screenMethodLabel(d.method as ScreenMethod)}${d.observed ? ', observed' : ''}`,
      ),
      valueCodeableConcept: text(words(d.status)),
      component: d.panel.map((line) => {
        const coding = screenResultCodes[line.result];
        return {
          // An analyte from before the list changed keeps its stored code as its name.
          code: text(analyteLabel(line.analyte as Analyte) ?? words(line.analyte)),
          ...(coding
            ? { valueCodeableConcept: { coding: [{ system: INTERPRETATION, ...coding }] } }
            : {
                dataAbsentReason: {
                  coding: [
                    {
                      system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
                      code: 'temp-unknown',
                    },
                  ],
                },
              }),
          ...(line.expected ? { interpretation: [text('Expected: prescribed')] } : {}),
        };
      }),
    });
  }

  const consentIds = new Set(r.consents.map((c) => c.id));
  for (const x of r.referrals) {
    const requester = practitioner(x.createdById);
    add<ServiceRequest>({
      resourceType: 'ServiceRequest',
      id: x.id,
      status: referralStatus(x.status),
      intent: 'order',
      priority: x.urgency === 'URGENT' ? 'urgent' : x.urgency === 'SOON' ? 'asap' : 'routine',
      code: text('Referral'),
      subject: patient,
      authoredOn: iso(x.createdAt),
      ...(requester ? { requester } : {}),
      performer: [{ display: x.recipientName }],
      reasonCode: [text(x.reason)],
      ...(x.appointmentAt ? { occurrenceDateTime: iso(x.appointmentAt) } : {}),
      ...(x.consentId && consentIds.has(x.consentId)
        ? { supportingInfo: [ref<Consent>('Consent', x.consentId)] }
        : {}),
    });
    add<Task>({
      resourceType: 'Task',
      id: x.id,
      status: taskStatuses[x.status] ?? 'cancelled',
      businessStatus: text(words(x.status)),
      intent: 'order',
      focus: ref<ServiceRequest>('ServiceRequest', x.id),
      for: patient,
      authoredOn: iso(x.createdAt),
      ...(requester ? { requester } : {}),
      owner: { display: x.recipientName },
      reasonCode: text(consentPurposeLabel(x.purpose as ConsentPurpose)),
      ...(x.dueBy ? { restriction: { period: { end: x.dueBy } } } : {}),
      ...(x.closedReason || x.outcome ? { statusReason: text(x.closedReason ?? x.outcome!) } : {}),
    });
  }

  for (const c of r.consents) {
    const episode = r.episodes.find((e) => e.id === c.episodeId);
    add<Consent>({
      resourceType: 'Consent',
      id: c.id,
      status: consentStatus(c.status),
      scope: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' },
        ],
      },
      category: [
        // No display: LOINC's own name for it is not the one FHIR's value set shows.
        { coding: [{ system: 'http://loinc.org', code: '59284-0' }] },
      ],
      patient,
      dateTime: iso(c.signedAt ?? c.createdAt),
      ...(episode ? { organization: [ref<Organization>('Organization', episode.programId)] } : {}),
      policyRule: { coding: [{ system: V3_ACT_CODE, code: '42CFRPart2' }] },
      provision: {
        type: 'permit',
        ...(c.expiresOn || c.revokedAt
          ? { period: { end: c.revokedAt ? iso(c.revokedAt) : c.expiresOn! } }
          : {}),
        actor: c.recipients.map((x) => ({
          role: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'IRCP',
              },
            ],
          },
          reference: { display: x.name },
        })),
        purpose: c.purposes.flatMap((p) => {
          const coding = purposeCodes[p as ConsentPurpose];
          return coding ? [{ ...coding }] : [];
        }),
      },
    });
    if (c.signedAt) {
      add<Provenance>({
        resourceType: 'Provenance',
        id: c.id,
        target: [ref<Consent>('Consent', c.id)],
        recorded: iso(c.signedAt)!,
        activity: text('Signed by the client'),
        agent: [{ who: patient }],
        signature: [
          {
            type: [
              {
                system: 'urn:iso-astm:E1762-95:2013',
                code: '1.2.840.10065.1.12.1.7',
                display: 'Consent Signature',
              },
            ],
            when: iso(c.signedAt)!,
            who: patient,
          },
        ],
      });
    }
  }

  add<Provenance>(disclosure(resources, r, options));

  const entry: BundleEntry[] = resources.map((resource) => ({
    fullUrl: `${options.baseUrl}/${resource.resourceType}/${resource.id!}`,
    resource,
    ...(options.type === 'searchset'
      ? { search: { mode: resource.resourceType === 'Patient' ? 'match' : 'include' } }
      : {}),
  }));
  return withoutEmpty<Bundle>({
    resourceType: 'Bundle',
    id: options.id,
    meta: meta(),
    type: options.type,
    timestamp: options.timestamp.toISOString(),
    ...(options.type === 'searchset' ? { total: 1 } : {}),
    entry,
  })!;
}

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The export itself, as FHIR records a disclosure: a Provenance whose targets are everything
 * sent, citing §2.32 as its policy, with the notice as its narrative. A Bundle has no narrative,
 * and an extension of our own would be an error to any validator that cannot look it up.
 */
function disclosure(sent: Resource[], r: FhirRecords, options: BundleOptions): Provenance {
  const purpose = options.purpose === null ? PATIENT_REQUESTED : purposeCodes[options.purpose];
  return {
    resourceType: 'Provenance',
    id: options.id,
    text: {
      status: 'additional',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeHtml(options.notice)}</p></div>`,
    },
    target: sent.map((x) => ({ reference: `${x.resourceType}/${x.id!}` })),
    recorded: options.timestamp.toISOString(),
    policy: [PART2_NOTICE_POLICY],
    activity: text('Disclosure of the record with the notice required by 42 CFR 2.32'),
    ...(purpose ? { reason: [{ coding: [{ ...purpose }] }] } : {}),
    agent: r.programs.map((p) => ({ who: ref<Organization>('Organization', p.id) })),
  };
}
