import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  defaultProgramSettings,
  type EpisodeStatus,
  type Population,
  type StaffRole,
} from '@waypoint/domain';
import { Client } from '../modules/client/client.entity.js';
import { Episode } from '../modules/episode/episode.entity.js';
import { recomputeReviewClock } from '../modules/treatment-plan/plan-clock.js';
import { Program } from '../modules/program/program.entity.js';
import { Staff, StaffProgramRole } from '../modules/staff/staff.entity.js';

/**
 * Each test creates its own program, staff and clients (never wiping tables), so suites can run
 * in parallel on one database. Unique suffixes keep unique columns apart.
 */
const unique = () => randomUUID().slice(0, 8);

export async function createTestProgram(
  ds: DataSource,
  overrides: Partial<Program> & { population?: Population } = {},
): Promise<Program> {
  const population = overrides.population ?? 'ADULT';
  const suffix = unique();
  return ds.getRepository(Program).save({
    code: `TEST-${suffix}`,
    name: `Test program ${suffix}`,
    population,
    timeZone: 'America/Los_Angeles',
    ...defaultProgramSettings(population),
    ...overrides,
  });
}

export async function createTestStaff(
  ds: DataSource,
  roles: { programId: string; role: StaffRole }[],
  overrides: Partial<Staff> = {},
): Promise<Staff> {
  const suffix = unique();
  const staff = await ds.getRepository(Staff).save({
    firstName: 'Test',
    lastName: `Staff ${suffix}`,
    credentials: null,
    email: `staff-${suffix}@example.org`,
    ...overrides,
  });
  await ds.getRepository(StaffProgramRole).insert(roles.map((r) => ({ ...r, staffId: staff.id })));
  return staff;
}

export async function createTestClient(
  ds: DataSource,
  episode: {
    programId: string;
    status?: EpisodeStatus;
    primaryClinicianId?: string | null;
    openedAt?: Date;
  },
  overrides: Partial<Client> = {},
): Promise<{ client: Client; episode: Episode }> {
  const client = await ds.getRepository(Client).save({
    firstName: 'Test',
    lastName: `Client ${unique()}`,
    dateOfBirth: '1990-05-17',
    ...overrides,
  });
  const status = episode.status ?? 'ACTIVE';
  const openedAt = episode.openedAt ?? new Date(Date.now() - 20 * 86_400_000);
  const saved = await ds.getRepository(Episode).save({
    clientId: client.id,
    programId: episode.programId,
    status,
    openedAt,
    primaryClinicianId: episode.primaryClinicianId ?? null,
    admittedAt: status === 'ACTIVE' ? new Date(openedAt.getTime() + 3 * 86_400_000) : null,
  });
  Object.assign(saved, await recomputeReviewClock(ds, saved.id));
  return { client, episode: saved };
}
