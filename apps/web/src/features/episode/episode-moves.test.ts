import { EpisodeStatus, episodeStatusLabel, episodeTransitions } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import {
  decisionSubmitLabel,
  decisionVerb,
  groupMoves,
  moveVerb,
  type MoveOption,
} from './episode-moves';

/** The moves as the API lists them (`availableTransitions`), from the domain's own table. */
const movesFrom = (from: EpisodeStatus): MoveOption[] =>
  episodeTransitions[from].map((t) => ({
    to: t.to,
    label: episodeStatusLabel(t.to),
    admissionDecision: t.admissionDecision ?? null,
    reasonRequired: t.reasonRequired ?? false,
    description: t.description,
  }));

const tos = (moves: readonly MoveOption[]) => moves.map((m) => m.to);

describe('the moves offered on an episode', () => {
  it('every move the lifecycle allows is offered exactly once', () => {
    for (const from of Object.values(EpisodeStatus)) {
      const g = groupMoves(from, movesFrom(from));
      const offered = [...(g.primary ? [g.primary] : []), ...g.decisions, ...g.others];
      expect(tos(offered).sort()).toEqual(tos(movesFrom(from)).sort());
    }
  });

  it('intake moves an inquiry on to screening, then to assessment', () => {
    expect(groupMoves('INQUIRY', movesFrom('INQUIRY')).primary?.to).toBe('SCREENING');
    expect(groupMoves('SCREENING', movesFrom('SCREENING')).primary?.to).toBe('ASSESSMENT');
    expect(tos(groupMoves('INQUIRY', movesFrom('INQUIRY')).others)).toEqual([
      'REFERRED_OUT',
      'DECLINED',
      'LOST_CONTACT',
    ]);
  });

  it('after assessment the next step is the admission decision, taken in one form', () => {
    const g = groupMoves('ASSESSMENT', movesFrom('ASSESSMENT'));
    expect(g.primary).toBeNull();
    expect(g.decisions.map((m) => m.admissionDecision)).toEqual([
      'ADMIT',
      'WAITLIST',
      'REFER_OUT',
      'DECLINE',
    ]);
    expect(tos(g.others)).toEqual(['LOST_CONTACT']);
    expect(decisionVerb(g.decisions)).toBe('Record admission decision');
  });

  it('from the waitlist, the decision to make is to admit', () => {
    const g = groupMoves('WAITLISTED', movesFrom('WAITLISTED'));
    expect(g.decisions.map((m) => m.to)).toEqual(['ORIENTATION']);
    expect(decisionVerb(g.decisions)).toBe('Admit from the waitlist');
  });

  it('in orientation the next step is to start treatment, not to plan a discharge', () => {
    const g = groupMoves('ORIENTATION', movesFrom('ORIENTATION'));
    expect(g.primary?.to).toBe('ACTIVE');
    expect(tos(g.others)).toEqual(['DISCHARGE_PLANNING', 'DISCHARGED', 'TRANSFERRED']);
  });

  it('a planned discharge is the next step from discharge planning, though it asks for a type', () => {
    expect(groupMoves('DISCHARGE_PLANNING', movesFrom('DISCHARGE_PLANNING')).primary?.to).toBe(
      'DISCHARGED',
    );
  });

  it('moves that need a reason are never the obvious next step', () => {
    expect(groupMoves('ACTIVE', movesFrom('ACTIVE')).primary?.to).toBe('DISCHARGE_PLANNING');
    expect(groupMoves('DISCHARGED', movesFrom('DISCHARGED')).primary?.to).toBe('FOLLOW_UP');
    expect(groupMoves('ON_HOLD', movesFrom('ON_HOLD')).primary?.to).toBe('ACTIVE');
  });

  it('a final status offers nothing', () => {
    expect(groupMoves('DECLINED', [])).toEqual({ primary: null, decisions: [], others: [] });
  });
});

describe('what the buttons say', () => {
  it('names the move as staff would', () => {
    expect(moveVerb('INQUIRY', 'SCREENING')).toBe('Start screening');
    expect(moveVerb('ORIENTATION', 'ACTIVE')).toBe('Start treatment');
    expect(moveVerb('ON_HOLD', 'ACTIVE')).toBe('Resume treatment');
    expect(moveVerb('DISCHARGE_PLANNING', 'ACTIVE')).toBe('Cancel discharge');
    expect(moveVerb('SCREENING', 'LOST_CONTACT')).toBe('Mark lost contact');
  });

  it('every move the lifecycle allows has a verb of its own', () => {
    for (const from of Object.values(EpisodeStatus)) {
      for (const m of movesFrom(from)) expect(moveVerb(from, m.to)).not.toBe(m.to);
    }
  });

  it('the decision form submits with the decision chosen', () => {
    expect(decisionSubmitLabel('ADMIT')).toBe('Admit');
    expect(decisionSubmitLabel('WAITLIST')).toBe('Add to the waitlist');
    expect(decisionSubmitLabel(null)).toBe('Record decision');
  });
});
