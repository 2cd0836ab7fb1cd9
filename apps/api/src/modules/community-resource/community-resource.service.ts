import type { DataSource } from 'typeorm';
import { mayOnProgram, type ProgramAction } from '@waypoint/domain';
import { guardedUpdate, TRANSACTION_TIME } from '../../db/guarded-update.js';
import { selectColumns } from '../../db/select-columns.js';
import { BadUserInputError, DomainError, NotFoundError } from '../../graphql/errors.js';
import type { Viewer } from '../auth/viewer.js';
import { CommunityResource } from './community-resource.entity.js';
import type {
  CommunityResourceFilter,
  CommunityResourceInput,
  UpdateCommunityResourceInput,
  VerifyCommunityResourceInput,
} from './dto/community-resource.input.js';

/** The directory is the program's; its entries are never client data, so no chart audit. */
export function requireProgramRole(viewer: Viewer, programId: string, action: ProgramAction) {
  if (!mayOnProgram(viewer.programRoles, action, programId)) {
    throw new DomainError('FORBIDDEN', 'Your role does not allow this');
  }
}

const clean = (input: CommunityResourceInput) => {
  const problems: { field: string; message: string }[] = [];
  if (input.name.trim() === '') problems.push({ field: 'name', message: 'Name the resource.' });
  if (problems.length) throw new BadUserInputError(problems);
  return {
    name: input.name.trim(),
    category: input.category,
    services: input.services.trim(),
    address: input.address.trim(),
    phone: input.phone.trim(),
    hours: input.hours.trim(),
    languages: [...new Set(input.languages.map((l) => l.trim()).filter(Boolean))],
    cost: input.cost,
    eligibility: input.eligibility.trim(),
    acceptsMedicaid: input.acceptsMedicaid,
  };
};

/** A search string as tsquery terms: each word a prefix, all required, accents folded in SQL. */
function searchTerms(search: string): string | null {
  const words = search
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/**
 * Entries of the program's directory matching the search (full text over name, services,
 * eligibility, address and languages, through the GIN expression index) and the filters, best
 * match first. "Needs re-verification": never verified, or verified the program's
 * `resourceReverifyDays` or more days ago (calendar days in the program's time zone).
 */
export async function searchResources(
  db: DataSource,
  viewer: Viewer,
  programId: string,
  filter: CommunityResourceFilter,
  limit: number = filter.first,
): Promise<CommunityResource[]> {
  requireProgramRole(viewer, programId, 'READ_RESOURCE_DIRECTORY');
  const params: unknown[] = [programId];
  const add = (v: unknown) => `$${params.push(v)}`;
  const where = ['x.program_id = $1'];
  const doc = 'resource_search_document(x.name, x.services, x.eligibility, x.address, x.languages)';
  // A bare 0 in ORDER BY would name a column position: order by rank only when searching.
  let rank = '';
  const terms = filter.search ? searchTerms(filter.search) : null;
  if (terms) {
    const q = `to_tsquery('simple', fold_accents(${add(terms)}))`;
    where.push(`${doc} @@ ${q}`);
    rank = `ts_rank(${doc}, ${q}) DESC, `;
  }
  if (filter.category) where.push(`x.category = ${add(filter.category)}`);
  if (filter.cost) where.push(`x.cost = ${add(filter.cost)}`);
  if (filter.acceptsMedicaid != null)
    where.push(`x.accepts_medicaid = ${add(filter.acceptsMedicaid)}`);
  if (filter.language) {
    where.push(
      `EXISTS (SELECT 1 FROM unnest(x.languages) l WHERE lower(l) = lower(${add(filter.language.trim())}))`,
    );
  }
  if (filter.needsReverification != null) {
    const stale = `(x.last_verified_at IS NULL OR (x.last_verified_at AT TIME ZONE p.time_zone)::date
      + p.resource_reverify_days <= (now() AT TIME ZONE p.time_zone)::date)`;
    where.push(filter.needsReverification ? stale : `NOT ${stale}`);
  }
  return db.query<CommunityResource[]>(
    `SELECT ${selectColumns(db, CommunityResource, 'x')}
     FROM community_resource x JOIN program p ON p.id = x.program_id
     WHERE ${where.join(' AND ')}
     ORDER BY ${rank}x.name, x.id LIMIT ${add(limit)}`,
    params,
  );
}

export async function createResource(
  db: DataSource,
  viewer: Viewer,
  input: CommunityResourceInput,
): Promise<CommunityResource> {
  requireProgramRole(viewer, input.programId, 'MANAGE_RESOURCES');
  return db.getRepository(CommunityResource).save({
    programId: input.programId,
    ...clean(input),
    lastVerifiedAt: new Date(),
    lastVerifiedById: viewer.staffId,
  });
}

async function ofProgram(db: DataSource, id: string, programId: string) {
  const found = await db.getRepository(CommunityResource).findOneBy({ id, programId });
  if (!found) throw new NotFoundError('CommunityResource');
}

export async function updateResource(
  db: DataSource,
  viewer: Viewer,
  input: UpdateCommunityResourceInput,
): Promise<CommunityResource> {
  requireProgramRole(viewer, input.programId, 'MANAGE_RESOURCES');
  const values = clean(input);
  await ofProgram(db, input.id, input.programId);
  return db.transaction((tx) =>
    guardedUpdate(tx, CommunityResource, 'CommunityResource', input, values),
  );
}

export async function verifyResource(
  db: DataSource,
  viewer: Viewer,
  input: VerifyCommunityResourceInput,
): Promise<CommunityResource> {
  requireProgramRole(viewer, input.programId, 'MANAGE_RESOURCES');
  await ofProgram(db, input.id, input.programId);
  return db.transaction((tx) =>
    guardedUpdate(tx, CommunityResource, 'CommunityResource', input, {
      lastVerifiedAt: TRANSACTION_TIME,
      lastVerifiedById: viewer.staffId,
      // Checked now, so no longer on anyone's re-verification worklist.
      reverifyDueOn: null,
    }),
  );
}
