import type { DataSource } from 'typeorm';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import {
  EpisodeTransition,
  LevelOfCareChange,
} from '../modules/episode/episode-transition.entity.js';
import {
  createByEpisodeLoader,
  createEpisodesByClientLoader,
} from '../modules/episode/episode.loader.js';
import { Client } from '../modules/client/client.entity.js';
import { Episode } from '../modules/episode/episode.entity.js';
import { Program } from '../modules/program/program.entity.js';
import { Staff } from '../modules/staff/staff.entity.js';
import { createTreatmentPlanLoaders } from '../modules/treatment-plan/treatment-plan.loader.js';
import { createByIdLoader } from './by-id.loader.js';

/** Fresh per request: batching and caching never cross requests (or users). */
export function createLoaders(ds: DataSource) {
  return {
    program: createByIdLoader(ds, Program),
    staff: createByIdLoader(ds, Staff),
    client: createByIdLoader(ds, Client),
    episode: createByIdLoader(ds, Episode),
    episodesByClient: createEpisodesByClientLoader(ds),
    transitionsByEpisode: createByEpisodeLoader(ds, EpisodeTransition, 'x.occurred_at DESC'),
    assessmentsByEpisode: createByEpisodeLoader(ds, Assessment, 'x.administered_at DESC'),
    levelOfCareByEpisode: createByEpisodeLoader(
      ds,
      LevelOfCareChange,
      'x.changed_at DESC, x.id DESC',
    ),
    treatmentPlan: createTreatmentPlanLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
