import type { EntityManager } from 'typeorm';
import { SqlParams, type ClientScope } from '../access/client-scope.js';

/** The rows one client's export is mapped from: only the episodes the caller may read. */
export interface FhirRecords {
  client: {
    id: string;
    firstName: string;
    lastName: string;
    preferredName: string | null;
    dateOfBirth: string;
    phone: string | null;
    email: string | null;
  };
  programs: { id: string; name: string }[];
  staff: { id: string; firstName: string; lastName: string; credentials: string | null }[];
  episodes: {
    id: string;
    programId: string;
    status: string;
    openedAt: Date;
    dischargedAt: Date | null;
    primaryClinicianId: string | null;
    caseManagerId: string | null;
  }[];
  transitions: { episodeId: string; toStatus: string; occurredAt: Date }[];
  plans: {
    id: string;
    episodeId: string;
    versionNumber: number;
    status: string;
    createdAt: Date;
    activatedAt: Date | null;
    endedAt: Date | null;
  }[];
  problems: {
    id: string;
    lineageId: string;
    planId: string;
    domain: string;
    clientWords: string;
    createdAt: Date;
  }[];
  goals: {
    id: string;
    lineageId: string;
    problemId: string;
    planId: string;
    description: string;
    targetDate: string | null;
    lifecycleStatus: string;
    achievementStatus: string;
  }[];
  objectives: {
    id: string;
    goalId: string;
    description: string;
    measure: string;
    targetDate: string | null;
  }[];
  interventions: {
    id: string;
    planId: string;
    modality: string;
    description: string | null;
    frequency: string;
    responsibleStaffId: string | null;
  }[];
  signatures: {
    id: string;
    planId: string;
    signer: string;
    staffId: string | null;
    signedAt: Date;
  }[];
  sessions: {
    id: string;
    episodeId: string;
    programId: string;
    kind: string;
    status: string;
    modality: string;
    startsAt: Date;
    endsAt: Date;
    attendance: string | null;
    minutes: number | null;
    staffIds: string[];
  }[];
  measures: {
    id: string;
    episodeId: string;
    instrument: string;
    instrumentVersion: string;
    answers: Record<string, number | null>;
    administeredAt: Date;
    administeredByStaffId: string | null;
    totalScore: number | null;
    severityBand: string | null;
    subscales: Record<string, number> | null;
  }[];
  drugScreens: {
    id: string;
    episodeId: string;
    collectedAt: Date;
    method: string;
    observed: boolean;
    status: string;
    panel: { analyte: string; result: string; expected: boolean }[];
    recordedByStaffId: string | null;
  }[];
  referrals: {
    id: string;
    episodeId: string;
    recipientName: string;
    reason: string;
    purpose: string;
    urgency: string;
    dueBy: string | null;
    status: string;
    consentId: string | null;
    createdAt: Date;
    createdById: string;
    sentAt: Date | null;
    appointmentAt: Date | null;
    outcome: string | null;
    closedReason: string | null;
  }[];
  consents: {
    id: string;
    episodeId: string;
    status: string;
    informationDescription: string;
    recipients: { name: string }[];
    generalDesignation: boolean;
    purposes: string[];
    expiresOn: string | null;
    signedAt: Date | null;
    createdAt: Date;
    revokedAt: Date | null;
  }[];
}

/**
 * Everything the export maps, in one statement per kind over the readable episodes (no N+1): a
 * record is included only through an episode the caller may READ_CHART. Measures are the scored
 * instruments only; nothing is read from any other kind of note.
 */
export async function loadFhirRecords(
  scope: ClientScope,
  tx: EntityManager,
  clientId: string,
): Promise<FhirRecords> {
  const params = new SqlParams([clientId]);
  const readable = scope.episodeCondition('READ_CHART', params, 'e');
  const episodes = await tx.query<FhirRecords['episodes']>(
    `SELECT e.id, e.program_id AS "programId", e.status, e.opened_at AS "openedAt",
       e.discharged_at AS "dischargedAt", e.primary_clinician_id AS "primaryClinicianId",
       e.case_manager_id AS "caseManagerId"
     FROM episode e WHERE e.client_id = $1 AND ${readable} ORDER BY e.opened_at, e.id`,
    params.values,
  );
  const ids = episodes.map((e) => e.id);
  const q = <T>(sql: string, extra: unknown[] = []) => tx.query<T>(sql, [ids, ...extra]);
  const [client] = await tx.query<FhirRecords['client'][]>(
    `SELECT id, first_name AS "firstName", last_name AS "lastName", preferred_name AS "preferredName",
       date_of_birth AS "dateOfBirth", phone, email FROM client WHERE id = $1`,
    [clientId],
  );
  const [transitions, plans, problems, goals, objectives, interventions, signatures] =
    await Promise.all([
      q<FhirRecords['transitions']>(
        `SELECT episode_id AS "episodeId", to_status AS "toStatus", occurred_at AS "occurredAt"
         FROM episode_transition WHERE episode_id = ANY($1) ORDER BY occurred_at, id`,
      ),
      q<FhirRecords['plans']>(
        `SELECT id, episode_id AS "episodeId", version_number AS "versionNumber", status,
           created_at AS "createdAt", activated_at AS "activatedAt", ended_at AS "endedAt"
         FROM treatment_plan WHERE episode_id = ANY($1) ORDER BY episode_id, version_number`,
      ),
      q<FhirRecords['problems']>(
        `SELECT p.id, p.lineage_id AS "lineageId", p.plan_id AS "planId", p.domain,
           p.client_words AS "clientWords", p.created_at AS "createdAt"
         FROM plan_problem p JOIN treatment_plan t ON t.id = p.plan_id
         WHERE t.episode_id = ANY($1) ORDER BY t.version_number, p.position`,
      ),
      q<FhirRecords['goals']>(
        `SELECT g.id, g.lineage_id AS "lineageId", g.problem_id AS "problemId", p.plan_id AS "planId",
           g.description, g.target_date AS "targetDate", g.lifecycle_status AS "lifecycleStatus",
           g.achievement_status AS "achievementStatus"
         FROM plan_goal g JOIN plan_problem p ON p.id = g.problem_id
         JOIN treatment_plan t ON t.id = p.plan_id
         WHERE t.episode_id = ANY($1) ORDER BY p.position, g.position`,
      ),
      q<FhirRecords['objectives']>(
        `SELECT o.id, o.goal_id AS "goalId", o.description, o.measure, o.target_date AS "targetDate"
         FROM plan_objective o JOIN plan_goal g ON g.id = o.goal_id
         JOIN plan_problem p ON p.id = g.problem_id JOIN treatment_plan t ON t.id = p.plan_id
         WHERE t.episode_id = ANY($1) ORDER BY o.position`,
      ),
      q<FhirRecords['interventions']>(
        `SELECT i.id, p.plan_id AS "planId", i.modality, i.description, i.frequency,
           i.responsible_staff_id AS "responsibleStaffId"
         FROM plan_intervention i JOIN plan_objective o ON o.id = i.objective_id
         JOIN plan_goal g ON g.id = o.goal_id JOIN plan_problem p ON p.id = g.problem_id
         JOIN treatment_plan t ON t.id = p.plan_id
         WHERE t.episode_id = ANY($1) ORDER BY i.position`,
      ),
      q<FhirRecords['signatures']>(
        `SELECT s.id, s.plan_id AS "planId", s.signer, s.staff_id AS "staffId", s.signed_at AS "signedAt"
         FROM plan_signature s JOIN treatment_plan t ON t.id = s.plan_id
         WHERE t.episode_id = ANY($1) AND s.voided_at IS NULL ORDER BY s.signed_at`,
      ),
    ]);
  const [sessions, measures, drugScreens, referrals, consents] = await Promise.all([
    // Individual sessions of the episode, and group sessions the client has attendance for.
    q<FhirRecords['sessions']>(
      `SELECT m.id, coalesce(m.episode_id, a.episode_id) AS "episodeId", m.program_id AS "programId",
         m.kind, m.status, m.modality, m.starts_at AS "startsAt", m.ends_at AS "endsAt",
         a.status AS attendance, a.minutes,
         coalesce((SELECT array_agg(s.staff_id ORDER BY s.staff_id) FROM clinical_session_staff s
                   WHERE s.session_id = m.id), '{}') AS "staffIds"
       FROM clinical_session m
       LEFT JOIN attendance a ON a.session_id = m.id AND a.episode_id = ANY($1)
       WHERE m.episode_id = ANY($1) OR a.id IS NOT NULL
       ORDER BY m.starts_at, m.id`,
    ),
    q<FhirRecords['measures']>(
      `SELECT id, episode_id AS "episodeId", instrument, instrument_version AS "instrumentVersion",
         answers, administered_at AS "administeredAt", administered_by_staff_id AS "administeredByStaffId",
         total_score AS "totalScore", severity_band AS "severityBand", subscales
       FROM assessment WHERE episode_id = ANY($1) AND instrument = ANY($2)
       ORDER BY administered_at, id`,
      [['PHQ9', 'GAD7', 'BAM']],
    ),
    q<FhirRecords['drugScreens']>(
      `SELECT id, episode_id AS "episodeId", collected_at AS "collectedAt", method, observed, status,
         panel, recorded_by_staff_id AS "recordedByStaffId"
       FROM drug_screen WHERE episode_id = ANY($1) ORDER BY collected_at, id`,
    ),
    q<FhirRecords['referrals']>(
      `SELECT id, episode_id AS "episodeId", recipient_name AS "recipientName", reason, purpose, urgency,
         due_by AS "dueBy", status, consent_id AS "consentId", created_at AS "createdAt",
         created_by_id AS "createdById", sent_at AS "sentAt", appointment_at AS "appointmentAt",
         outcome, closed_reason AS "closedReason"
       FROM referral WHERE episode_id = ANY($1) ORDER BY created_at, id`,
    ),
    q<FhirRecords['consents']>(
      `SELECT id, episode_id AS "episodeId", status, information_description AS "informationDescription",
         recipients, general_designation AS "generalDesignation", purposes, expires_on AS "expiresOn",
         signed_at AS "signedAt", created_at AS "createdAt", revoked_at AS "revokedAt"
       FROM consent WHERE episode_id = ANY($1) ORDER BY created_at, id`,
    ),
  ]);
  const staffIds = new Set<string>();
  for (const e of episodes)
    for (const id of [e.primaryClinicianId, e.caseManagerId]) if (id) staffIds.add(id);
  for (const i of interventions) if (i.responsibleStaffId) staffIds.add(i.responsibleStaffId);
  for (const s of signatures) if (s.staffId) staffIds.add(s.staffId);
  for (const s of sessions) for (const id of s.staffIds) staffIds.add(id);
  for (const m of measures) if (m.administeredByStaffId) staffIds.add(m.administeredByStaffId);
  for (const d of drugScreens) if (d.recordedByStaffId) staffIds.add(d.recordedByStaffId);
  for (const r of referrals) staffIds.add(r.createdById);
  const [staff, programs] = await Promise.all([
    tx.query<FhirRecords['staff']>(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", credentials
       FROM staff WHERE id = ANY($1) ORDER BY id`,
      [[...staffIds]],
    ),
    tx.query<FhirRecords['programs']>(
      `SELECT id, name FROM program WHERE id = ANY($1) ORDER BY id`,
      [[...new Set(episodes.map((e) => e.programId))]],
    ),
  ]);
  return {
    client: client!,
    programs,
    staff,
    episodes,
    transitions,
    plans,
    problems,
    goals,
    objectives,
    interventions,
    signatures,
    sessions,
    measures,
    drugScreens,
    referrals,
    consents,
  };
}
