import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError, type FieldProblem } from '../../graphql/errors.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Viewer } from '../auth/viewer.js';
import { Program } from '../program/program.entity.js';
import { parseResourceCsv, resourcesToCsv, type ImportedRow } from './community-resource-csv.js';
import { requireProgramRole, searchResources } from './community-resource.service.js';
import type { CommunityResourceFilter } from './dto/community-resource.input.js';

/** Every entry matching the filter goes into an export, whatever `first` says. */
const EXPORT_LIMIT = 10_000;

/** Rows naming an id that is not an entry of this program, or an id named twice. */
async function idProblems(tx: DataSource['manager'], programId: string, rows: ImportedRow[]) {
  const withId = rows.filter((r) => r.id);
  const found = await tx.query<{ id: string }[]>(
    `SELECT id FROM community_resource WHERE program_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE`,
    [programId, withId.map((r) => r.id)],
  );
  const known = new Set(found.map((f) => f.id));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const r of withId) {
    const id = r.id!.toLowerCase();
    const message = !known.has(id)
      ? 'no entry of this program has this id; leave it empty to add a new entry.'
      : seen.has(id)
        ? 'this id is on an earlier row too.'
        : null;
    if (message)
      problems.push({ field: `row ${r.row}.id`, message: `Row ${r.row}, id: ${message}` });
    seen.add(id);
  }
  return problems;
}

/**
 * Imports a CSV file into the program's directory in one transaction: rows with an id change that
 * entry, rows without add one (verified by the importer now, as an entry added by hand is). Any
 * problem in any row refuses the whole file, naming every problem found.
 */
export async function importResources(
  db: DataSource,
  viewer: Viewer,
  audit: AuditTrail,
  programId: string,
  csv: string,
): Promise<{ added: number; changed: number }> {
  requireProgramRole(viewer, programId, 'EXCHANGE_RESOURCE_DIRECTORY');
  const { rows, problems } = parseResourceCsv(csv);
  if (problems.length) throw new BadUserInputError(problems);
  return db.transaction(async (tx) => {
    const unknown = await idProblems(tx, programId, rows);
    if (unknown.length) throw new BadUserInputError(unknown);
    const written: { id: string; action: 'CREATE' | 'UPDATE' }[] = [];
    for (const { id, values: v } of rows) {
      const params = [
        programId,
        v.name,
        v.category,
        v.services,
        v.address,
        v.phone,
        v.hours,
        v.languages,
        v.cost,
        v.eligibility,
        v.acceptsMedicaid,
      ];
      const [row] = id
        ? // TypeORM answers a raw UPDATE with [rows, affected count].
          (
            await tx.query<[{ id: string }[], number]>(
              `UPDATE community_resource SET name = $2, category = $3, services = $4, address = $5,
               phone = $6, hours = $7, languages = $8, cost = $9, eligibility = $10,
               accepts_medicaid = $11, version = version + 1, updated_at = now()
             WHERE program_id = $1 AND id = $12 RETURNING id`,
              [...params, id],
            )
          )[0]
        : await tx.query<{ id: string }[]>(
            `INSERT INTO community_resource (program_id, name, category, services, address, phone,
               hours, languages, cost, eligibility, accepts_medicaid, last_verified_at, last_verified_by_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12) RETURNING id`,
            [...params, viewer.staffId],
          );
      written.push({ id: row!.id, action: id ? 'UPDATE' : 'CREATE' });
    }
    await audit.write(
      written.map((w) => ({
        action: w.action,
        recordType: 'CommunityResource',
        recordId: w.id,
        clientId: null,
        outcome: 'SUCCESS' as const,
        note: 'CSV import',
      })),
      tx,
    );
    const changed = written.filter((w) => w.action === 'UPDATE').length;
    return { added: written.length - changed, changed };
  });
}

/** The entries matching the filter (search and filters as in the directory) as a CSV file. */
export async function exportResources(
  db: DataSource,
  viewer: Viewer,
  audit: AuditTrail,
  programId: string,
  filter: CommunityResourceFilter,
): Promise<string> {
  requireProgramRole(viewer, programId, 'EXCHANGE_RESOURCE_DIRECTORY');
  // An administrator may hold the grant for any id; one that names no program is NOT_FOUND.
  const program = await db.getRepository(Program).findOneBy({ id: programId });
  if (!program) throw new NotFoundError('Program');
  const resources = await searchResources(db, viewer, programId, filter, EXPORT_LIMIT);
  audit.collect({
    action: 'READ',
    recordType: 'CommunityResourceExport',
    recordId: programId,
    clientId: null,
    outcome: 'SUCCESS',
    note: `CSV export of ${resources.length} entries`,
  });
  return resourcesToCsv(resources, program.timeZone);
}
