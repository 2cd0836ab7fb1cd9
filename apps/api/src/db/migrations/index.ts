import { FirstRecords1795770000000 } from './1795770000000-first-records.js';

/** In order. Listed as classes, not globs, so vitest and compiled code load the same set. */
export const migrations = [FirstRecords1795770000000];
