import type { DataSource } from 'typeorm';
import { createEpisodesByClientLoader } from '../modules/episode/episode.loader.js';
import { createProgramLoader } from '../modules/program/program.loader.js';
import { createStaffLoader } from '../modules/staff/staff.loader.js';

/** Fresh per request: batching and caching never cross requests (or users). */
export function createLoaders(ds: DataSource) {
  return {
    program: createProgramLoader(ds),
    staff: createStaffLoader(ds),
    episodesByClient: createEpisodesByClientLoader(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
