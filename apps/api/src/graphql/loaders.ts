import type { DataSource } from 'typeorm';
import type { ClientScope } from '../modules/access/client-scope.js';
import { scopedByIdLoader } from '../modules/access/scoped-loader.js';
import { Client } from '../modules/client/client.entity.js';
import { createWorklistLoader } from '../modules/dashboard/episode-worklist.resolver.js';
import { createEpisodeLoaders } from '../modules/episode/episode.loader.js';
import { createMeasureLoaders } from '../modules/measure/measure.loader.js';
import { createDrugScreenLoaders } from '../modules/drug-screen/drug-screen.loader.js';
import { Program } from '../modules/program/program.entity.js';
import { Staff } from '../modules/staff/staff.entity.js';
import { createScreeningLoaders } from '../modules/screening/intake-screening.loader.js';
import { createReferralLoaders } from '../modules/referral/referral.loader.js';
import { createDischargeLoaders } from '../modules/discharge/discharge.loader.js';
import { createTreatmentPlanLoaders } from '../modules/treatment-plan/treatment-plan.loader.js';
import { createByIdLoader } from './by-id.loader.js';
import { createGroupLoaders, createWaitlistLoader } from '../modules/group/group.loader.js';
import { createSessionLoaders } from '../modules/clinical-session/session-reads.js';
import { createProgressNoteLoaders } from '../modules/progress-note/progress-note.loader.js';
import { createAttendanceLoaders } from '../modules/attendance/attendance.loader.js';
import { madeOnFirstUse, type Makers } from './made-on-first-use.js';

interface LoaderInputs {
  ds: DataSource;
  scope: () => ClientScope;
}

/**
 * Makers for a module's loaders that are made together (they share specs): the module's group is
 * made once per request, on the first read of any of them. Its members are named by making one
 * group when this module loads, with a scope that is never asked: loader factories only keep
 * the scope for their batches.
 */
function madeTogether<G extends object>(
  make: (scope: () => ClientScope) => G,
): Makers<LoaderInputs, G> {
  const groups = new WeakMap<LoaderInputs, G>();
  const group = (inputs: LoaderInputs) => {
    let made = groups.get(inputs);
    if (!made) groups.set(inputs, (made = make(inputs.scope)));
    return made;
  };
  const naming = make(() => {
    throw new Error('a loader group was asked for its scope while being named');
  });
  return Object.fromEntries(
    Object.keys(naming).map((key) => [
      key,
      (inputs: LoaderInputs) => group(inputs)[key as keyof G],
    ]),
  ) as Makers<LoaderInputs, G>;
}

/**
 * Fresh per request: batching and caching never cross requests (or users). Programs and staff
 * are not client data. Everything else is read through the caller's scope (`scope()` throws
 * UNAUTHENTICATED without a session): each record is checked against its own episode and
 * recorded as read by the loader, so a field resolver that uses a loader cannot skip either.
 * There is deliberately no unscoped loader of client data. Each loader is made on its first use
 * in the request (made-on-first-use.ts).
 */
const makeLoaders = madeOnFirstUse({
  program: ({ ds }: LoaderInputs) => createByIdLoader(ds, Program),
  staff: ({ ds }: LoaderInputs) => createByIdLoader(ds, Staff),
  client: ({ scope }: LoaderInputs) =>
    scopedByIdLoader(scope, {
      entity: Client,
      recordType: 'Client',
      from: 'client x',
      episodeAlias: null,
      selectClientId: true,
    }),
  ...madeTogether(createEpisodeLoaders),
  treatmentPlan: ({ scope }: LoaderInputs) => createTreatmentPlanLoaders(scope),
  worklistByEpisode: ({ scope }: LoaderInputs) => createWorklistLoader(scope),
  groups: ({ ds }: LoaderInputs) => createGroupLoaders(ds),
  sessions: ({ scope }: LoaderInputs) => createSessionLoaders(scope),
  ...madeTogether(createMeasureLoaders),
  ...madeTogether(createDrugScreenLoaders),
  ...madeTogether(createScreeningLoaders),
  referral: ({ ds, scope }: LoaderInputs) => createReferralLoaders(ds, scope),
  ...madeTogether(createProgressNoteLoaders),
  discharge: ({ scope }: LoaderInputs) => createDischargeLoaders(scope),
  attendance: ({ scope }: LoaderInputs) => createAttendanceLoaders(scope),
  groupWaitlist: ({ scope }: LoaderInputs) => createWaitlistLoader(scope),
});

export function createLoaders(ds: DataSource, scope: () => ClientScope) {
  return makeLoaders({ ds, scope });
}

export type Loaders = ReturnType<typeof createLoaders>;
