import type { Bundle, CarePlan, Condition, Goal, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { clientBundle, withoutEmpty } from './fhir-mapping.js';
import type { FhirRecords } from './fhir-records.js';
import { fhirErrors, unresolvedReferences } from './fhir-validation.js';

it('withoutEmpty leaves out what is empty at any depth and keeps 0 and false', () => {
  expect(
    withoutEmpty({
      active: false,
      telecom: [],
      period: { start: undefined, end: null },
      name: [{ given: [''], family: 'Rivera' }, {}],
      provision: { data: [], actor: [{ role: { coding: [] } }] },
      valueInteger: 0,
    }),
  ).toEqual({ active: false, name: [{ family: 'Rivera' }], valueInteger: 0 });
  expect(withoutEmpty({ telecom: [] })).toBeUndefined();
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const [EPISODE, PROGRAM, V1, V2] = [id(1), id(2), id(3), id(4)];
const [KEPT, DROPPED, KEPT_GOAL, DROPPED_GOAL] = [id(10), id(11), id(12), id(13)];

/**
 * Two versions of one plan: the first problem stays on both (reworded in version 2); the second
 * was dropped from version 2 after its goal was achieved.
 */
function twoVersions(episodeStatus: string, v2Status: string): FhirRecords {
  const plan = (planId: string, versionNumber: number, status: string, endedAt: Date | null) => ({
    id: planId,
    episodeId: EPISODE,
    versionNumber,
    status,
    createdAt: day(versionNumber),
    activatedAt: day(versionNumber),
    endedAt,
  });
  const problem = (rowId: number, lineageId: string, planId: string, clientWords: string) => ({
    id: id(rowId),
    lineageId,
    planId,
    domain: 'SUBSTANCE_USE',
    clientWords,
    createdAt: day(1),
  });
  const goal = (rowId: number, lineageId: string, problemRow: number, planId: string) => ({
    id: id(rowId),
    lineageId,
    problemId: id(problemRow),
    planId,
    description: 'Stay sober',
    targetDate: null,
    lifecycleStatus: 'ACTIVE',
    achievementStatus: lineageId === DROPPED_GOAL ? 'ACHIEVED' : 'IN_PROGRESS',
  });
  return {
    client: {
      id: id(5),
      firstName: 'Ana',
      lastName: 'Rivera',
      preferredName: null,
      dateOfBirth: '1990-01-01',
      phone: null,
      email: null,
    },
    programs: [{ id: PROGRAM, name: 'IOP' }],
    staff: [],
    episodes: [
      {
        id: EPISODE,
        programId: PROGRAM,
        status: episodeStatus,
        openedAt: day(1),
        dischargedAt: episodeStatus === 'CLOSED' ? day(20) : null,
        primaryClinicianId: null,
        caseManagerId: null,
      },
    ],
    transitions: [],
    plans: [
      plan(V1, 1, 'SUPERSEDED', day(10)),
      plan(V2, 2, v2Status, v2Status === 'CLOSED' ? day(20) : null),
    ],
    problems: [
      problem(20, KEPT, V1, 'I drink too much'),
      problem(21, DROPPED, V1, 'I have no place to live'),
      problem(22, KEPT, V2, 'I drink to sleep'),
    ],
    goals: [
      goal(30, KEPT_GOAL, 20, V1),
      goal(31, DROPPED_GOAL, 21, V1),
      goal(32, KEPT_GOAL, 22, V2),
    ],
    objectives: [],
    interventions: [],
    signatures: [],
    sessions: [],
    measures: [],
    drugScreens: [],
    referrals: [],
    consents: [],
  };
}

const exported = (records: FhirRecords): Resource[] =>
  bundleOf(records).entry!.map((e) => e.resource!);
const bundleOf = (records: FhirRecords): Bundle =>
  clientBundle(records, {
    type: 'collection',
    baseUrl: 'https://waypoint.test/fhir',
    notice: 'Notice',
    purpose: null,
    id: id(99),
    timestamp: day(21),
  });
const ofType = <T extends Resource>(all: Resource[], type: T['resourceType']) =>
  all.filter((r): r is T => r.resourceType === type);
const clinical = (c: Condition) => c.clinicalStatus!.coding![0]!.code;

describe('problems and goals: once per lineage, as the latest version says', () => {
  it('each problem and goal once under its lineage, each plan version pointing at what it held', () => {
    const all = exported(twoVersions('ACTIVE', 'ACTIVE'));
    const conditions = ofType<Condition>(all, 'Condition');
    expect(conditions.map((c) => [c.id, clinical(c), c.note![0]!.text])).toEqual([
      [KEPT, 'active', 'I drink to sleep'],
      // Dropped when version 1 was superseded, its goal achieved.
      [DROPPED, 'resolved', 'I have no place to live'],
    ]);
    expect(conditions[1]!.abatementDateTime).toBe(day(10).toISOString());
    expect(ofType<Goal>(all, 'Goal').map((g) => [g.id, g.addresses![0]!.reference])).toEqual([
      [KEPT_GOAL, `Condition/${KEPT}`],
      [DROPPED_GOAL, `Condition/${DROPPED}`],
    ]);
    const plans = ofType<CarePlan>(all, 'CarePlan');
    expect(plans.map((p) => p.addresses!.map((a) => a.reference))).toEqual([
      [`Condition/${KEPT}`, `Condition/${DROPPED}`],
      [`Condition/${KEPT}`],
    ]);
    expect(plans.map((p) => p.goal!.map((g) => g.reference))).toEqual([
      [`Goal/${KEPT_GOAL}`, `Goal/${DROPPED_GOAL}`],
      [`Goal/${KEPT_GOAL}`],
    ]);
    expect(unresolvedReferences(bundleOf(twoVersions('ACTIVE', 'ACTIVE')))).toEqual([]);
    for (const r of all) expect([r.resourceType, fhirErrors(r)]).toEqual([r.resourceType, []]);
  });

  it('a revision still in draft does not change what the signed plan says', () => {
    const records = twoVersions('ACTIVE', 'DRAFT');
    records.plans[0] = { ...records.plans[0]!, status: 'ACTIVE', endedAt: null };
    const NEW = id(14);
    records.problems.push({
      ...records.problems[2]!,
      id: id(23),
      lineageId: NEW,
      clientWords: 'New',
    });
    const all = exported(records);
    expect(
      ofType<Condition>(all, 'Condition').map((c) => [c.id, clinical(c), c.note![0]!.text]),
    ).toEqual([
      [KEPT, 'active', 'I drink too much'],
      [DROPPED, 'active', 'I have no place to live'],
      // Only the draft holds it: exported as the draft has it, for the draft CarePlan to point at.
      [NEW, 'active', 'New'],
    ]);
    expect(unresolvedReferences(bundleOf(records))).toEqual([]);
  });

  it('when the episode has ended, a problem whose goals were not met is inactive', () => {
    const conditions = ofType<Condition>(exported(twoVersions('CLOSED', 'CLOSED')), 'Condition');
    expect(conditions.map((c) => [c.id, clinical(c), c.abatementDateTime])).toEqual([
      [KEPT, 'inactive', day(20).toISOString()],
      [DROPPED, 'resolved', day(10).toISOString()],
    ]);
  });
});
