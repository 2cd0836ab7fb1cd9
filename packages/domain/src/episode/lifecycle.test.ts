import { describe, expect, it } from 'vitest';
import { EpisodeStatus, episodePhase } from './episode-status.js';
import { DischargeType, endsTreatment } from './discharge.js';
import {
  AdmissionDecision,
  admissionDecisionLabel,
  allowedTransitions,
  checkAdmissionDecision,
  checkTransition,
  episodeStatusLabel,
  episodeTransitions,
  findEpisodeTransition,
  requiredAdmissionDecision,
  type AdmissionDecisionRecord,
} from './lifecycle.js';

type Needs =
  | { decision: AdmissionDecision }
  | { reason: true; discharge?: readonly DischargeType[] }
  | Record<string, never>;

const unplanned = { reason: true, discharge: ['AMA', 'LOST_CONTACT'] } as const;
const transfer = { reason: true, discharge: ['TRANSFER'] } as const;

/**
 * The lifecycle written out by hand, independently of the table in lifecycle.ts: every allowed
 * move and what it needs. Any pair not listed here must be refused.
 */
const expectedEdges: [EpisodeStatus, EpisodeStatus, Needs][] = [
  ['INQUIRY', 'SCREENING', {}],
  ['INQUIRY', 'REFERRED_OUT', { reason: true }],
  ['INQUIRY', 'DECLINED', { reason: true }],
  ['INQUIRY', 'LOST_CONTACT', { reason: true }],
  ['SCREENING', 'ASSESSMENT', {}],
  ['SCREENING', 'REFERRED_OUT', { reason: true }],
  ['SCREENING', 'DECLINED', { reason: true }],
  ['SCREENING', 'LOST_CONTACT', { reason: true }],
  ['ASSESSMENT', 'ORIENTATION', { decision: 'ADMIT' }],
  ['ASSESSMENT', 'WAITLISTED', { decision: 'WAITLIST' }],
  ['ASSESSMENT', 'REFERRED_OUT', { decision: 'REFER_OUT' }],
  ['ASSESSMENT', 'DECLINED', { decision: 'DECLINE' }],
  ['ASSESSMENT', 'LOST_CONTACT', { reason: true }],
  ['WAITLISTED', 'ORIENTATION', { decision: 'ADMIT' }],
  ['WAITLISTED', 'REFERRED_OUT', { reason: true }],
  ['WAITLISTED', 'DECLINED', { reason: true }],
  ['WAITLISTED', 'LOST_CONTACT', { reason: true }],
  ['ORIENTATION', 'ACTIVE', {}],
  ['ORIENTATION', 'DISCHARGE_PLANNING', {}],
  ['ORIENTATION', 'DISCHARGED', unplanned],
  ['ORIENTATION', 'TRANSFERRED', transfer],
  ['ACTIVE', 'ON_HOLD', { reason: true }],
  ['ACTIVE', 'DISCHARGE_PLANNING', {}],
  ['ACTIVE', 'DISCHARGED', unplanned],
  ['ACTIVE', 'TRANSFERRED', transfer],
  ['ON_HOLD', 'ACTIVE', {}],
  ['ON_HOLD', 'DISCHARGE_PLANNING', {}],
  ['ON_HOLD', 'DISCHARGED', unplanned],
  ['ON_HOLD', 'TRANSFERRED', transfer],
  [
    'DISCHARGE_PLANNING',
    'DISCHARGED',
    {
      reason: true,
      discharge: ['COMPLETED', 'STEP_DOWN', 'STEP_UP', 'AMA', 'ADMINISTRATIVE', 'LOST_CONTACT'],
    },
  ],
  ['DISCHARGE_PLANNING', 'ACTIVE', { reason: true }],
  ['DISCHARGE_PLANNING', 'TRANSFERRED', transfer],
  ['DISCHARGED', 'FOLLOW_UP', {}],
  ['DISCHARGED', 'CLOSED', { reason: true }],
  ['FOLLOW_UP', 'CLOSED', {}],
];

const statuses = Object.values(EpisodeStatus);
const allPairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));
const expectedFor = (from: EpisodeStatus, to: EpisodeStatus) =>
  expectedEdges.find(([f, t]) => f === from && t === to)?.[2];

const decisionOf = (decision: AdmissionDecision): AdmissionDecisionRecord => ({
  decision,
  rationale: 'Meets ASAM 2.1 criteria; stable housing; motivated.',
});

describe('the allowed-transition table', () => {
  it('covers all 15 statuses and 225 ordered pairs', () => {
    expect(statuses).toHaveLength(15);
    expect(Object.keys(episodeTransitions).sort()).toEqual([...statuses].sort());
    expect(allPairs).toHaveLength(225);
  });

  it('lists exactly the 35 written-out moves and no other', () => {
    const table = statuses.flatMap((from) =>
      allowedTransitions(from).map((to) => `${from} → ${to}`),
    );
    expect(table.sort()).toEqual(expectedEdges.map(([f, t]) => `${f} → ${t}`).sort());
  });

  it('states for each move exactly the decision or reason written out', () => {
    for (const [from, to, needs] of expectedEdges) {
      const edge = findEpisodeTransition(from, to);
      expect(edge?.admissionDecision, `${from} → ${to}`).toBe(
        'decision' in needs ? needs.decision : undefined,
      );
      expect(edge?.reasonRequired ?? false, `${from} → ${to}`).toBe('reason' in needs);
      expect(edge?.dischargeTypes, `${from} → ${to}`).toEqual(
        'discharge' in needs ? needs.discharge : undefined,
      );
    }
  });

  it('every move that ends treatment records a discharge type, and only those', () => {
    for (const [from, to, needs] of expectedEdges) {
      expect('discharge' in needs, `${from} → ${to}`).toBe(endsTreatment(from, to));
    }
  });

  it('documents every move', () => {
    for (const from of statuses) {
      for (const edge of episodeTransitions[from])
        expect(edge.description.length).toBeGreaterThan(10);
    }
  });
});

describe.each(allPairs)('moving an episode from %s to %s', (from, to) => {
  const needs = expectedFor(from, to);

  if (needs === undefined) {
    it('is refused whatever decision and reason are given', () => {
      for (const decision of Object.values(AdmissionDecision)) {
        const result = checkTransition({
          from,
          to,
          admissionDecision: decisionOf(decision),
          reason: 'Because',
          dischargeType: 'AMA',
        });
        expect(result).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', from, to });
        if (!result.ok) {
          expect(result.message).toContain(
            `Cannot move an episode from ${episodeStatusLabel(from)} to ${episodeStatusLabel(to)}`,
          );
          expect(result.missing).toBeUndefined();
        }
      }
    });
  } else {
    const decision = 'decision' in needs ? needs.decision : undefined;
    const reason = 'reason' in needs ? 'Admitted to hospital' : undefined;
    const discharge = 'discharge' in needs ? needs.discharge : undefined;

    it('is allowed with what the move needs', () => {
      expect(
        checkTransition({
          from,
          to,
          ...(decision ? { admissionDecision: decisionOf(decision) } : {}),
          ...(reason ? { reason } : {}),
          ...(discharge ? { dischargeType: discharge[0] } : {}),
        }),
      ).toEqual({ ok: true });
    });

    if (discharge) {
      it(`records a discharge type, one of ${discharge.join(', ')}, and a reason`, () => {
        expect(checkTransition({ from, to, reason: 'Left' })).toMatchObject({
          ok: false,
          missing: ['dischargeType'],
        });
        expect(checkTransition({ from, to, dischargeType: discharge[0] })).toMatchObject({
          ok: false,
          missing: ['reason'],
        });
        for (const type of Object.values(DischargeType)) {
          expect(checkTransition({ from, to, reason: 'Left', dischargeType: type }).ok, type).toBe(
            discharge.includes(type),
          );
        }
      });
    }

    if (decision) {
      it(`is refused without an admission decision of ${decision}`, () => {
        expect(checkTransition({ from, to })).toMatchObject({
          ok: false,
          missing: ['admissionDecision'],
        });
      });
    } else if (reason) {
      it('is refused without a reason', () => {
        const dischargeType = discharge?.[0];
        expect(checkTransition({ from, to, dischargeType })).toMatchObject({
          ok: false,
          missing: ['reason'],
        });
        expect(checkTransition({ from, to, dischargeType, reason: '   ' })).toMatchObject({
          ok: false,
          missing: ['reason'],
        });
      });
    } else {
      it('needs neither a decision nor a reason', () => {
        expect(checkTransition({ from, to })).toEqual({ ok: true });
      });
    }
  }
});

describe('refusal messages', () => {
  it('name the current and requested status in words', () => {
    const result = checkTransition({ from: 'SCREENING', to: 'ACTIVE' });
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      from: 'SCREENING',
      to: 'ACTIVE',
      message:
        'Cannot move an episode from Screening to Active. From Screening it can move to Assessment, Referred out, Declined or Lost contact.',
    });
  });

  it('say that a final status cannot be left and a new episode is the way back', () => {
    const result = checkTransition({ from: 'LOST_CONTACT', to: 'SCREENING' });
    expect(!result.ok && result.message).toBe(
      'Cannot move an episode from Lost contact to Screening. Lost contact is a final status; a new episode can be opened instead.',
    );
  });

  it('say that an episode already in a status cannot move to it again', () => {
    const result = checkTransition({ from: 'ON_HOLD', to: 'ON_HOLD' });
    expect(!result.ok && result.message).toBe(
      'Cannot move an episode from On hold to On hold. It is already On hold.',
    );
  });

  it('name the decision a move needs when none is given', () => {
    const result = checkTransition({ from: 'ASSESSMENT', to: 'ORIENTATION' });
    expect(!result.ok && result.message).toBe(
      'Cannot move an episode from Assessment to Orientation without an admission decision of Admit.',
    );
  });

  it('name a missing reason', () => {
    const result = checkTransition({ from: 'ACTIVE', to: 'ON_HOLD' });
    expect(!result.ok && result.message).toBe(
      'Cannot move an episode from Active to On hold without a reason.',
    );
  });
});

describe('admission decisions', () => {
  it('entering orientation requires a decision to admit, not any other decision', () => {
    for (const decision of ['WAITLIST', 'REFER_OUT', 'DECLINE'] as const) {
      const result = checkTransition({
        from: 'ASSESSMENT',
        to: 'ORIENTATION',
        admissionDecision: decisionOf(decision),
      });
      expect(result).toMatchObject({ ok: false, missing: ['admissionDecision.decision'] });
      expect(!result.ok && result.message).toContain(
        `the decision given is ${admissionDecisionLabel(decision)}`,
      );
    }
  });

  it('a waitlisted client enters orientation only with a new decision to admit', () => {
    expect(checkTransition({ from: 'WAITLISTED', to: 'ORIENTATION' }).ok).toBe(false);
    expect(
      checkTransition({
        from: 'WAITLISTED',
        to: 'ORIENTATION',
        admissionDecision: decisionOf('WAITLIST'),
      }).ok,
    ).toBe(false);
    expect(
      checkTransition({
        from: 'WAITLISTED',
        to: 'ORIENTATION',
        admissionDecision: decisionOf('ADMIT'),
      }),
    ).toEqual({ ok: true });
  });

  it('each exit from assessment requires its own decision', () => {
    const exits = [
      ['WAITLISTED', 'WAITLIST'],
      ['REFERRED_OUT', 'REFER_OUT'],
      ['DECLINED', 'DECLINE'],
      ['ORIENTATION', 'ADMIT'],
    ] as const;
    for (const [to, wanted] of exits) {
      expect(requiredAdmissionDecision('ASSESSMENT', to)).toBe(wanted);
      for (const decision of Object.values(AdmissionDecision)) {
        const ok = checkTransition({
          from: 'ASSESSMENT',
          to,
          admissionDecision: decisionOf(decision),
        }).ok;
        expect(ok, `${decision} → ${to}`).toBe(decision === wanted);
      }
    }
  });

  it('a decision without a rationale does not count', () => {
    for (const rationale of ['', '  \n ']) {
      const result = checkTransition({
        from: 'ASSESSMENT',
        to: 'ORIENTATION',
        admissionDecision: { decision: 'ADMIT', rationale },
      });
      expect(result).toMatchObject({ ok: false, missing: ['admissionDecision.rationale'] });
      expect(!result.ok && result.message).toBe(
        'Cannot move an episode from Assessment to Orientation without a rationale for the admission decision.',
      );
    }
  });

  it('every kind of decision requires a non-empty rationale', () => {
    for (const decision of Object.values(AdmissionDecision)) {
      expect(checkAdmissionDecision({ decision, rationale: ' ' })).toMatchObject({
        ok: false,
        missing: ['rationale'],
      });
      expect(checkAdmissionDecision(decisionOf(decision))).toEqual({ ok: true });
    }
  });

  it('a decision given with a move that records none is ignored', () => {
    expect(
      checkTransition({
        from: 'INQUIRY',
        to: 'SCREENING',
        admissionDecision: decisionOf('DECLINE'),
      }),
    ).toEqual({ ok: true });
  });

  it('moves that record no decision say so', () => {
    expect(requiredAdmissionDecision('INQUIRY', 'DECLINED')).toBeNull();
    expect(requiredAdmissionDecision('WAITLISTED', 'DECLINED')).toBeNull();
    expect(requiredAdmissionDecision('SCREENING', 'ACTIVE')).toBeNull();
  });

  it('every decision has a label', () => {
    expect(Object.values(AdmissionDecision).map(admissionDecisionLabel)).toEqual([
      'Admit',
      'Waitlist',
      'Refer out',
      'Decline',
    ]);
  });
});

describe('lifecycle shape', () => {
  it('an episode enters treatment only through orientation, with a decision to admit', () => {
    for (const [from, to] of allPairs) {
      if (episodePhase(from) === 'PRE_ADMISSION' && episodePhase(to) === 'IN_TREATMENT') {
        const edge = findEpisodeTransition(from, to);
        if (edge) {
          expect(to).toBe('ORIENTATION');
          expect(edge.admissionDecision).toBe('ADMIT');
        }
      }
    }
  });

  it('contact is lost only before admission, and transfer happens only during treatment', () => {
    for (const from of statuses) {
      if (allowedTransitions(from).includes('LOST_CONTACT')) {
        expect(episodePhase(from)).toBe('PRE_ADMISSION');
      }
      if (allowedTransitions(from).includes('TRANSFERRED')) {
        expect(episodePhase(from)).toBe('IN_TREATMENT');
      }
    }
  });

  it('a planned discharge goes through discharge planning; AMA and lost contact end any status in treatment', () => {
    const into = statuses.filter((from) => allowedTransitions(from).includes('DISCHARGED'));
    expect(into).toEqual(['ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING']);
    for (const from of ['ORIENTATION', 'ACTIVE', 'ON_HOLD'] as const) {
      expect(findEpisodeTransition(from, 'DISCHARGED')?.dischargeTypes).toEqual([
        'AMA',
        'LOST_CONTACT',
      ]);
    }
    expect(findEpisodeTransition('DISCHARGE_PLANNING', 'DISCHARGED')?.dischargeTypes).toContain(
      'COMPLETED',
    );
  });

  it('ended episodes cannot move at all, and every open episode can move somewhere', () => {
    for (const status of statuses) {
      expect(allowedTransitions(status).length === 0, status).toBe(
        episodePhase(status) === 'ENDED',
      );
    }
  });

  it('every status has a label in words', () => {
    for (const status of statuses) expect(episodeStatusLabel(status)).toMatch(/^[A-Z][a-z -]+$/);
    expect(episodeStatusLabel('DISCHARGE_PLANNING')).toBe('Discharge planning');
  });
});
