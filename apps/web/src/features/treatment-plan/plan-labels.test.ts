import { GoalAchievementStatus, GoalLifecycleStatus, PlanVersionStatus } from '@waypoint/domain';
import { describe, expect, it } from 'vitest';
import {
  elementName,
  achievementColor,
  achievementOptions,
  closingAchievementOptions,
  closingLifecycles,
  defaultClosingAchievement,
  domainOptions,
  isClosedLifecycle,
  lifecycleColor,
  lifecycleOptions,
  modalityOptions,
  planStatusColor,
  problemDomainLabel,
} from './plan-labels';

const values = (groups: typeof lifecycleOptions) =>
  groups.flatMap((g) => g.items.map((i) => i.value));

describe('status choices', () => {
  it('offer every lifecycle and achievement status exactly once', () => {
    expect(values(lifecycleOptions).sort()).toEqual(Object.values(GoalLifecycleStatus).sort());
    expect(values(achievementOptions).sort()).toEqual(Object.values(GoalAchievementStatus).sort());
  });

  it('list the statuses still pursued before the ways a goal ends', () => {
    expect(lifecycleOptions.map((g) => g.group)).toEqual(['Open', 'Closed']);
    expect(lifecycleOptions[1]?.items.every((i) => isClosedLifecycle(i.value))).toBe(true);
    expect(lifecycleOptions[0]?.items.some((i) => isClosedLifecycle(i.value))).toBe(false);
  });

  it('every status has a colour, and worsening stands out from improving', () => {
    for (const s of Object.values(GoalLifecycleStatus)) expect(lifecycleColor(s)).toBeTruthy();
    for (const s of Object.values(GoalAchievementStatus)) expect(achievementColor(s)).toBeTruthy();
    for (const s of Object.values(PlanVersionStatus)) expect(planStatusColor(s)).toBeTruthy();
    expect(achievementColor('WORSENING')).not.toBe(achievementColor('IMPROVING'));
  });
});

describe('closing a goal', () => {
  it('completing offers achieved first; cancelling offers not attainable first', () => {
    expect(closingAchievementOptions('COMPLETED')[0]?.label).toBe('Achieved');
    expect(closingAchievementOptions('CANCELLED')[0]?.label).toBe('Not attainable');
    expect(closingLifecycles).toEqual(['COMPLETED', 'CANCELLED']);
  });

  it('keeps the current outcome when it fits the way the goal closes', () => {
    expect(defaultClosingAchievement('COMPLETED', 'SUSTAINING')).toBe('SUSTAINING');
    expect(defaultClosingAchievement('COMPLETED', 'IMPROVING')).toBe('ACHIEVED');
    expect(defaultClosingAchievement('CANCELLED', 'IN_PROGRESS')).toBe('NOT_ATTAINABLE');
  });
});

describe('code lists', () => {
  it('read as words, and an unknown code shows as itself', () => {
    expect(problemDomainLabel('FAMILY_SOCIAL')).toBe('Family and social');
    expect(problemDomainLabel('ASTROLOGY')).toBe('ASTROLOGY');
    expect(domainOptions).toHaveLength(9);
    expect(modalityOptions.find((o) => o.value === 'CBT')?.label).toBe('CBT');
  });
});

describe('element names', () => {
  it('carry the element’s own words, so repeated numbers are told apart', () => {
    expect(elementName('objective', 1, 'Give a drug screen at program every week')).toBe(
      'objective 1: Give a drug screen at program every week',
    );
    expect(elementName('goal', 2, '  Cut back   and then\nstop drinking ')).toBe(
      'goal 2: Cut back and then stop drinking',
    );
  });
  it('shorten long words at a word boundary', () => {
    expect(
      elementName('goal', 3, 'Rebuild trust with family through weekly sessions and shared meals'),
    ).toBe('goal 3: Rebuild trust with family through weekly…');
  });
  it('fall back to the number alone', () => {
    expect(elementName('problem', 1, '')).toBe('problem 1');
    expect(elementName('problem', 1, null)).toBe('problem 1');
  });
});
