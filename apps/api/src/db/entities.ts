import { Client } from '../modules/client/client.entity.js';
import { Episode } from '../modules/episode/episode.entity.js';
import { Program } from '../modules/program/program.entity.js';
import { Staff, StaffProgramRole } from '../modules/staff/staff.entity.js';

/** Listed as classes, not globs, so vitest and compiled code load the same set. */
export const entities = [Program, Staff, StaffProgramRole, Client, Episode];
