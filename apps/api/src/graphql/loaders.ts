import type { DataSource } from 'typeorm';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { EpisodeTransition } from '../modules/episode/episode-transition.entity.js';
import {
  createByEpisodeLoader,
  createEpisodesByClientLoader,
} from '../modules/episode/episode.loader.js';
import { createProgramLoader } from '../modules/program/program.loader.js';
import { createStaffLoader } from '../modules/staff/staff.loader.js';

/** Fresh per request: batching and caching never cross requests (or users). */
export function createLoaders(ds: DataSource) {
  return {
    program: createProgramLoader(ds),
    staff: createStaffLoader(ds),
    episodesByClient: createEpisodesByClientLoader(ds),
    transitionsByEpisode: createByEpisodeLoader(ds, EpisodeTransition, 'x.occurred_at DESC'),
    assessmentsByEpisode: createByEpisodeLoader(ds, Assessment, 'x.administered_at DESC'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
