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

/**
 * Fresh per request: batching and caching never cross requests (or users). Programs and staff
 * are not client data. Everything else is read through the caller's scope (`scope()` throws
 * UNAUTHENTICATED without a session): each record is checked against its own episode and
 * recorded as read by the loader, so a field resolver that uses a loader cannot skip either.
 * There is deliberately no unscoped loader of client data.
 */
export function createLoaders(ds: DataSource, scope: () => ClientScope) {
  return {
    program: createByIdLoader(ds, Program),
    staff: createByIdLoader(ds, Staff),
    client: scopedByIdLoader(scope, {
      entity: Client,
      recordType: 'Client',
      from: 'client x',
      episodeAlias: null,
      selectClientId: true,
    }),
    ...createEpisodeLoaders(scope),
    treatmentPlan: createTreatmentPlanLoaders(scope),
    worklistByEpisode: createWorklistLoader(scope),
    groups: createGroupLoaders(ds),
    sessions: createSessionLoaders(scope),
    ...createMeasureLoaders(scope),
    ...createDrugScreenLoaders(scope),
    ...createScreeningLoaders(scope),
    referral: createReferralLoaders(ds, scope),
    ...createProgressNoteLoaders(scope),
    discharge: createDischargeLoaders(scope),
    attendance: createAttendanceLoaders(scope),
    groupWaitlist: createWaitlistLoader(scope),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
