import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REVOCATION_STATEMENT, PART2_NOTICE_FULL } from '@waypoint/domain';
import type { DataSource } from 'typeorm';
import {
  createTestClient,
  createTestEpisode,
  createTestEpisodeRecords,
  createTestProgram,
  createTestStaff,
} from '../../testing/factories.js';
import { startTestServer, type Caller, type TestServer } from '../../test-support/test-server.js';

const RECORD_CONSENT = /* GraphQL */ `
  mutation ($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      version
      status
    }
  }
`;
const SIGN = /* GraphQL */ `
  mutation ($input: SignConsentInput!) {
    signConsent(input: $input) {
      __typename
      ... on Consent {
        id
        version
        status
        signedAt
      }
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation ($input: RevokeConsentInput!) {
    revokeConsent(input: $input) {
      __typename
      ... on Consent {
        id
        version
        status
        revokedAt
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      version
      status
      recipientName
    }
  }
`;
const SEND = /* GraphQL */ `
  mutation ($input: ReferralRef!) {
    sendReferral(input: $input) {
      __typename
      ... on Referral {
        id
        version
        status
        consentId
        sentAt
      }
      ... on ConsentMissing {
        message
        gaps {
          code
          consentId
          message
        }
        draft {
          recipientName
          resourceId
          purpose
        }
      }
      ... on ReferralConflict {
        current {
          version
          status
        }
      }
    }
  }
`;
const MOVE = /* GraphQL */ `
  mutation ($input: TransitionReferralInput!) {
    transitionReferral(input: $input) {
      __typename
      ... on Referral {
        id
        version
        status
        outcome
        closedReason
      }
    }
  }
`;
const ACCOUNTING = /* GraphQL */ `
  query ($clientId: ID!, $from: LocalDate!, $to: LocalDate!) {
    disclosureAccounting(clientId: $clientId, from: $from, to: $to) {
      id
      referralId
      consentId
      recipientName
      purpose
      informationDisclosed
      noticeText
      disclosedAt
      disclosedBy {
        id
      }
    }
  }
`;

interface Sent {
  sendReferral: {
    __typename: string;
    id?: string;
    version?: number;
    status?: string;
    consentId?: string;
    message?: string;
    gaps?: { code: string; consentId: string | null }[];
    draft?: { recipientName: string; purpose: string };
  };
}

const VOC_REHAB = 'Riverside Vocational Rehabilitation';

describe('sending a referral is gated by consent (Rule 5) and records the disclosure', () => {
  let server: TestServer;
  let ds: DataSource;
  let cm: Caller;
  let cmId: string;
  let episodeId: string;
  let clientId: string;
  let goalLineageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    ds = server.database.dataSource;
    const program = await createTestProgram(ds);
    const staff = await createTestStaff(ds, [{ programId: program.id, role: 'CASE_MANAGER' }]);
    cmId = staff.id;
    const made = await createTestClient(ds, { programId: program.id, caseManagerId: staff.id });
    episodeId = made.episode.id;
    clientId = made.client.id;
    const records = await createTestEpisodeRecords(ds, episodeId, staff.id, { status: 'ACTIVE' });
    [{ goalLineageId }] = (await ds.query<{ goalLineageId: string }[]>(
      'SELECT lineage_id AS "goalLineageId" FROM plan_goal WHERE id = $1',
      [records.plan!.goalId],
    )) as [{ goalLineageId: string }];
    cm = await server.as(staff);
  });
  afterAll(() => server?.close());

  const consentInput = (more: object = {}) => ({
    episodeId,
    disclosingParty: 'Waypoint Adult IOP',
    informationDescription: 'Dates of attendance and the reason for referral; no diagnosis.',
    recipients: [{ name: VOC_REHAB }],
    purposes: ['CARE_COORDINATION'],
    purposeDescription: 'To apply for vocational rehabilitation services.',
    revocationStatement: DEFAULT_REVOCATION_STATEMENT,
    expiresOn: '2099-12-31',
    ...more,
  });
  const activeConsent = async (more: object = {}, e = episodeId) => {
    const res = await cm.gql<{ recordConsent: { id: string; version: number } }>(RECORD_CONSENT, {
      input: { ...consentInput(more), episodeId: e },
    });
    expect(res.errors).toBeUndefined();
    const { id, version } = res.data!.recordConsent;
    const signed = await cm.gql<{ signConsent: { version: number; status: string } }>(SIGN, {
      input: { episodeId: e, id, version, signedByName: 'Client', signedOn: '2026-01-05' },
    });
    expect(signed.data?.signConsent.status).toBe('ACTIVE');
    return { id, version: signed.data!.signConsent.version };
  };
  const draft = async (recipientName = VOC_REHAB, e = episodeId) => {
    const res = await cm.gql<{ createReferral: { id: string; version: number; status: string } }>(
      CREATE,
      {
        input: {
          episodeId: e,
          recipientName,
          reason: 'Wants help finding work',
          informationToSend: 'Name, contact, attendance summary',
          goalLineageId: e === episodeId ? goalLineageId : null,
          dueBy: '2099-01-01',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createReferral.status).toBe('DRAFT');
    return res.data!.createReferral;
  };
  const send = (r: { id: string; version: number }, e = episodeId) =>
    cm.gql<Sent>(SEND, { input: { episodeId: e, id: r.id, version: r.version } });
  /** Another client of the same case manager, so each refusal is judged on its own consent. */
  const freshEpisode = async () => {
    const [{ program_id: programId }] = (await ds.query<{ program_id: string }[]>(
      'SELECT program_id FROM episode WHERE id = $1',
      [episodeId],
    )) as [{ program_id: string }];
    return (await createTestClient(ds, { programId, caseManagerId: cmId })).episode.id;
  };
  const disclosuresOf = async (referralId: string) =>
    ds.query<{ id: string }[]>('SELECT id FROM disclosure WHERE referral_id = $1', [referralId]);
  /** The referral row and everything a send would have written, to show a refusal wrote none. */
  const traceOf = async (referralId: string, e: string) => {
    const [row] = await ds.query<{ referral: unknown }[]>(
      'SELECT row_to_json(r) AS referral FROM referral r WHERE r.id = $1',
      [referralId],
    );
    const [counts] = await ds.query<{ disclosures: number; moves: number }[]>(
      `SELECT (SELECT count(*)::int FROM disclosure WHERE episode_id = $1) AS disclosures,
              (SELECT count(*)::int FROM referral_status_change WHERE referral_id = $2) AS moves`,
      [e, referralId],
    );
    return { referral: row!.referral, ...counts! };
  };
  /** The consent's last day: yesterday or today in the program's time zone. */
  const endConsentOn = (consentId: string, daysFromToday: number) =>
    ds.query(
      `UPDATE consent c SET expires_on = (now() AT TIME ZONE p.time_zone)::date + $2::int
       FROM episode e JOIN program p ON p.id = e.program_id
       WHERE c.id = $1 AND e.id = c.episode_id`,
      [consentId, daysFromToday],
    );

  it('a send without any consent is refused, naming what is missing, and discloses nothing', async () => {
    const r = await draft();
    const before = await traceOf(r.id, episodeId);
    const res = await send(r);
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendReferral).toMatchObject({
      __typename: 'ConsentMissing',
      gaps: [{ code: 'NO_CONSENT', consentId: null }],
      draft: { recipientName: VOC_REHAB, purpose: 'CARE_COORDINATION' },
    });
    expect(await disclosuresOf(r.id)).toEqual([]);
    expect(await traceOf(r.id, episodeId)).toEqual({ ...before, moves: 0 });
  });

  it.each([
    ['a consent for another recipient', 'RECIPIENT'],
    ['a consent whose last day was yesterday (expired by date, not yet marked)', 'EXPIRED'],
    ['a revoked consent', 'REVOKED'],
  ])('%s refuses the send (%s) and discloses nothing', async (_name, code) => {
    const e = await freshEpisode();
    const consent = await activeConsent(
      code === 'RECIPIENT' ? { recipients: [{ name: 'County Housing Authority' }] } : {},
      e,
    );
    // The expiry job has not run: the consent still reads ACTIVE, only its date has passed.
    if (code === 'EXPIRED') await endConsentOn(consent.id, -1);
    if (code === 'REVOKED') {
      const rev = await cm.gql<{ revokeConsent: { status: string } }>(REVOKE, {
        input: { episodeId: e, ...consent, reason: 'Client changed their mind' },
      });
      expect(rev.data?.revokeConsent.status).toBe('REVOKED');
    }
    const r = await draft(VOC_REHAB, e);
    const before = await traceOf(r.id, e);
    const res = await send(r, e);
    expect(res.data!.sendReferral).toMatchObject({
      __typename: 'ConsentMissing',
      gaps: [{ code, consentId: consent.id }],
      draft: { recipientName: VOC_REHAB, purpose: 'CARE_COORDINATION' },
    });
    expect(await traceOf(r.id, e)).toEqual({ ...before, disclosures: 0, moves: 0 });
    const [{ clientId: other }] = (await ds.query<{ clientId: string }[]>(
      'SELECT client_id AS "clientId" FROM episode WHERE id = $1',
      [e],
    )) as [{ clientId: string }];
    const listed = await cm.gql<{ disclosureAccounting: unknown[] }>(ACCOUNTING, {
      clientId: other,
      from: '2000-01-01',
      to: '2099-12-31',
    });
    expect(listed.data!.disclosureAccounting).toEqual([]);
  });

  it('a consent holds through its last day: ending today, it still covers the send', async () => {
    const e = await freshEpisode();
    const consent = await activeConsent({}, e);
    await endConsentOn(consent.id, 0);
    const r = await draft(VOC_REHAB, e);
    const res = await send(r, e);
    expect(res.data!.sendReferral).toMatchObject({ __typename: 'Referral', consentId: consent.id });
    expect((await traceOf(r.id, e)).disclosures).toBe(1);
  });

  it('a covering consent lets the send out once, with one disclosure row matching it', async () => {
    const consent = await activeConsent();
    const r = await draft();
    const res = await send(r);
    expect(res.data!.sendReferral).toMatchObject({
      __typename: 'Referral',
      status: 'SENT',
      consentId: consent.id,
    });
    const rows = await ds.query<Record<string, unknown>[]>(
      `SELECT d.*, r.sent_at, r.sent_by_id FROM disclosure d JOIN referral r ON r.id = d.referral_id
       WHERE d.referral_id = $1`,
      [r.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      consent_id: consent.id,
      recipient_name: VOC_REHAB,
      purpose: 'CARE_COORDINATION',
      disclosed_by_id: cmId,
      notice_text: PART2_NOTICE_FULL,
      client_id: clientId,
    });
    expect((rows[0]!.disclosed_at as Date).getTime()).toBe((rows[0]!.sent_at as Date).getTime());
    const history = await ds.query<{ from_status: string; to_status: string }[]>(
      'SELECT from_status, to_status FROM referral_status_change WHERE referral_id = $1 ORDER BY changed_at, id',
      [r.id],
    );
    expect(history.map((h) => `${h.from_status}>${h.to_status}`)).toEqual([
      'DRAFT>READY',
      'READY>SENT',
    ]);
    // Sending again is not a move the lifecycle has.
    const again = await send({ id: r.id, version: res.data!.sendReferral.version! });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(await disclosuresOf(r.id)).toHaveLength(1);
  });

  it('revocation stops the next send; the disclosure made before it stays in the accounting', async () => {
    const consent = await activeConsent({
      recipients: [{ name: 'Eastside Legal Aid' }],
      purposes: ['LEGAL'],
    });
    const before = await draft('Eastside Legal Aid');
    await ds.query(`UPDATE referral SET purpose = 'LEGAL' WHERE id = ANY($1)`, [[before.id]]);
    const sent = await send(before);
    expect(sent.data!.sendReferral.__typename).toBe('Referral');
    const rev = await cm.gql(REVOKE, {
      input: { episodeId, ...consent, reason: 'No longer wants legal help' },
    });
    expect(rev.errors).toBeUndefined();
    const after = await draft('Eastside Legal Aid');
    await ds.query(`UPDATE referral SET purpose = 'LEGAL' WHERE id = $1`, [after.id]);
    const refused = await send(after);
    expect(refused.data!.sendReferral).toMatchObject({
      __typename: 'ConsentMissing',
      gaps: [{ code: 'REVOKED', consentId: consent.id }],
    });
    expect(await disclosuresOf(after.id)).toEqual([]);
    const listed = await cm.gql<{
      disclosureAccounting: { referralId: string; disclosedBy: { id: string } }[];
    }>(ACCOUNTING, { clientId, from: '2000-01-01', to: '2099-12-31' });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.disclosureAccounting.map((d) => d.referralId)).toContain(before.id);
    expect(listed.data!.disclosureAccounting.every((d) => d.disclosedBy.id === cmId)).toBe(true);
  });

  it('every disclosure row matches a send of its referral under its consent', async () => {
    const rows = await ds.query<{ mismatched: number }[]>(
      `SELECT count(*)::int AS mismatched FROM disclosure d LEFT JOIN referral r ON r.id = d.referral_id
       WHERE d.client_id = $1 AND (r.id IS NULL OR r.sent_at IS DISTINCT FROM d.disclosed_at
         OR r.consent_id IS DISTINCT FROM d.consent_id OR r.recipient_name <> d.recipient_name)`,
      [clientId],
    );
    expect(rows[0]!.mismatched).toBe(0);
    const [{ sent }] = (await ds.query<{ sent: number }[]>(
      'SELECT count(*)::int AS sent FROM referral WHERE client_id = $1 AND sent_at IS NOT NULL',
      [clientId],
    )) as [{ sent: number }];
    const [{ disclosed }] = (await ds.query<{ disclosed: number }[]>(
      'SELECT count(*)::int AS disclosed FROM disclosure WHERE client_id = $1',
      [clientId],
    )) as [{ disclosed: number }];
    expect(disclosed).toBe(sent);
  });

  it('two concurrent sends of the same referral send it once', async () => {
    await activeConsent();
    const r = await draft();
    const results = await Promise.all([send(r), send(r), send(r)]);
    const kinds = results.map(
      (x) => x.data?.sendReferral.__typename ?? x.errors?.[0]?.extensions?.code,
    );
    expect(kinds.filter((k) => k === 'Referral')).toHaveLength(1);
    expect(kinds.filter((k) => k !== 'Referral').every((k) => k === 'ReferralConflict')).toBe(true);
    expect(await disclosuresOf(r.id)).toHaveLength(1);
  });

  it('the referral closes the loop: accepted, scheduled, completed with an outcome the goal shows', async () => {
    await activeConsent();
    const r = await draft();
    const sent = await send(r);
    let version = sent.data!.sendReferral.version!;
    const move = async (to: string, more: object = {}) =>
      cm.gql<{ transitionReferral: { version: number; status: string } }>(MOVE, {
        input: { episodeId, id: r.id, version, to, ...more },
      });
    for (const to of ['ACCEPTED', 'SCHEDULED']) {
      const res = await move(to);
      expect(res.data?.transitionReferral.status).toBe(to);
      version = res.data!.transitionReferral.version;
    }
    const noOutcome = await move('COMPLETED');
    expect(noOutcome.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      missing: ['outcome'],
    });
    const back = await move('DRAFT');
    expect(back.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    expect(back.errors?.[0]?.message).toContain('Appointment scheduled');
    const done = await move('COMPLETED', { outcome: 'Enrolled in job-readiness course' });
    expect(done.data?.transitionReferral.status).toBe('COMPLETED');
    const goal = await cm.gql<{
      episode: {
        currentTreatmentPlan: {
          problems: { goals: { referrals: { id: string; outcome: string | null }[] }[] }[];
        };
      };
    }>(
      `query ($id: ID!) { episode(id: $id) { currentTreatmentPlan { problems { goals { referrals { id outcome } } } } } }`,
      { id: episodeId },
    );
    expect(goal.errors).toBeUndefined();
    const referrals = goal.data!.episode.currentTreatmentPlan.problems[0]!.goals[0]!.referrals;
    expect(referrals).toContainEqual({ id: r.id, outcome: 'Enrolled in job-readiness course' });
  });

  it('a consent missing §2.31 elements is refused naming each field', async () => {
    const res = await cm.gql(RECORD_CONSENT, {
      input: consentInput({
        disclosingParty: ' ',
        recipients: [],
        expiresOn: null,
        purposeDescription: '',
      }),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['disclosingParty', 'recipients', 'purposeDescription', 'expiresOn']);
  });

  it('disclosures are append-only for the API’s database role', async () => {
    const app = server.database.dataSource;
    await expect(
      app.query(`UPDATE disclosure SET recipient_name = 'x' WHERE client_id = $1`, [clientId]),
    ).rejects.toThrow();
    await expect(
      app.query(`DELETE FROM disclosure WHERE client_id = $1`, [clientId]),
    ).rejects.toThrow();
  });

  it('a returning client: the new stay’s case manager cannot reach the earlier stay’s consents or send from it', async () => {
    const program = await createTestProgram(ds);
    const former = await createTestStaff(ds, [{ programId: program.id, role: 'CASE_MANAGER' }]);
    const current = await createTestStaff(ds, [{ programId: program.id, role: 'CASE_MANAGER' }]);
    const { client } = await createTestClient(ds, { programId: program.id, status: 'SCREENING' });
    const earlier = await createTestEpisode(ds, client.id, {
      programId: program.id,
      status: 'CLOSED',
      actorStaffId: former.id,
      caseManagerId: former.id,
      admitted: true,
      endedDaysAgo: 200,
      openedDaysAgo: 400,
    });
    const later = await createTestEpisode(ds, client.id, {
      programId: program.id,
      status: 'ACTIVE',
      actorStaffId: current.id,
      caseManagerId: current.id,
      admitted: true,
    });
    const [{ id: consentId }] = (await ds.query<{ id: string }[]>(
      `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
         purposes, purpose_description, revocation_statement, created_by_id, expires_on)
       VALUES ($1, $2, 'ACTIVE', 'P', 'Earlier stay details', '{CARE_COORDINATION}', 'p', 'r', $3, '2099-01-01') RETURNING id`,
      [earlier.id, client.id, former.id],
    )) as [{ id: string }];
    const caller = await server.as(current);
    const chart = await caller.gql<{
      client: { episodes: { id: string; consents: { id: string }[] }[] };
    }>(
      `query ($id: ID!) { client(id: $id) { episodes { id consents { id } referrals { id } } } }`,
      { id: client.id },
    );
    expect(chart.errors).toBeUndefined();
    const ids = chart.data!.client.episodes.flatMap((e) => e.consents.map((c) => c.id));
    expect(ids).not.toContain(consentId);
    expect(chart.data!.client.episodes.map((e) => e.id)).toContain(later.id);
    const direct = await caller.gql(`query ($id: ID!) { episode(id: $id) { consents { id } } }`, {
      id: earlier.id,
    });
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revoke = await caller.gql(REVOKE, {
      input: { episodeId: earlier.id, id: consentId, version: 1, reason: 'x' },
    });
    expect(revoke.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a returning client: a still-active consent from an earlier stay in the program covers the send; one given to another program does not', async () => {
    const program = await createTestProgram(ds);
    const other = await createTestProgram(ds);
    const staff = await createTestStaff(ds, [{ programId: program.id, role: 'CASE_MANAGER' }]);
    const { client } = await createTestClient(ds, { programId: program.id, status: 'SCREENING' });
    const stay = (programId: string, status: 'CLOSED' | 'ACTIVE') =>
      createTestEpisode(ds, client.id, {
        programId,
        status,
        actorStaffId: staff.id,
        caseManagerId: staff.id,
        admitted: true,
        ...(status === 'CLOSED' ? { endedDaysAgo: 200, openedDaysAgo: 400 } : {}),
      });
    const elsewhere = await stay(other.id, 'CLOSED');
    const earlier = await stay(program.id, 'CLOSED');
    const later = await stay(program.id, 'ACTIVE');
    const consentIn = async (episode: string, recipient: string) =>
      (
        (await ds.query<{ id: string }[]>(
          `INSERT INTO consent (episode_id, client_id, status, disclosing_party, information_description,
             recipients, purposes, purpose_description, revocation_statement, created_by_id,
             signed_at, signed_by_name, signed_on, expires_on)
           VALUES ($1, $2, 'ACTIVE', 'P', 'Attendance dates', $3, '{CARE_COORDINATION}', 'p', 'r',
             $4, now() - interval '1 day', 'Client', current_date - 1, '2099-01-01') RETURNING id`,
          [
            episode,
            client.id,
            JSON.stringify([{ name: recipient, coveredEntity: false }]),
            staff.id,
          ],
        )) as [{ id: string }]
      )[0].id;
    const fromEarlier = await consentIn(earlier.id, VOC_REHAB);
    await consentIn(elsewhere.id, 'Eastside Housing Collaborative');
    const caller = await server.as(staff);
    const create = async (recipientName: string) => {
      const { id, version } = (
        await caller.gql<{ createReferral: { id: string; version: number } }>(CREATE, {
          input: {
            episodeId: later.id,
            recipientName,
            reason: 'Returning client',
            informationToSend: 'Attendance dates',
          },
        })
      ).data!.createReferral;
      return { id, version };
    };
    const covered = await caller.gql<Sent>(SEND, {
      input: { episodeId: later.id, ...(await create(VOC_REHAB)) },
    });
    expect(covered.data?.sendReferral).toMatchObject({ status: 'SENT', consentId: fromEarlier });
    const refused = await caller.gql<Sent>(SEND, {
      input: { episodeId: later.id, ...(await create('Eastside Housing Collaborative')) },
    });
    expect(refused.data?.sendReferral.__typename).toBe('ConsentMissing');
  });

  it('the program’s disclosures: a director sees each with its client; a clinician outside the care team and a former director do not', async () => {
    const [{ programId }] = await ds.query<[{ programId: string }]>(
      'SELECT program_id AS "programId" FROM episode WHERE id = $1',
      [episodeId],
    );
    const LIST = `query ($programId: ID!, $from: LocalDate!, $to: LocalDate!) {
      programDisclosures(programId: $programId, from: $from, to: $to) {
        id recipientName client { id lastName }
      }
    }`;
    const period = { programId, from: '2000-01-01', to: '2099-12-31' };
    const director = await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }]);
    const res = await (
      await server.as(director)
    ).gql<{ programDisclosures: { id: string; client: { id: string } }[] }>(LIST, period);
    expect(res.errors).toBeUndefined();
    const [{ n }] = await ds.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM disclosure WHERE program_id = $1',
      [programId],
    );
    expect(n).toBeGreaterThan(0);
    expect(res.data!.programDisclosures).toHaveLength(n);
    expect(res.data!.programDisclosures.some((d) => d.client.id === clientId)).toBe(true);
    const [{ reads }] = await ds.query<[{ reads: number }]>(
      `SELECT count(*)::int AS reads FROM audit_event WHERE actor_staff_id = $1 AND action = 'READ'
         AND outcome = 'SUCCESS' AND record_type IN ('Disclosure', 'Client')`,
      [director.id],
    );
    const clients = new Set(res.data!.programDisclosures.map((d) => d.client.id));
    expect(reads).toBe(n + clients.size);

    const outsider = await server.as(await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]));
    const notTheirs = await outsider.gql(LIST, period);
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const former = await server.as(
      await createTestStaff(ds, [{ programId, role: 'DIRECTOR' }], { active: false }),
    );
    const gone = await former.gql(LIST, period);
    expect(gone.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(gone.data?.programDisclosures ?? null).toBeNull();
  });
});
