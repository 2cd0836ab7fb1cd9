import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ResourceCategory, ResourceCost, localDate } from '@waypoint/domain';
import type { FieldProblem } from '../../graphql/errors.js';
import type { CommunityResource } from './community-resource.entity.js';

/**
 * The directory's CSV layout, one entry a row. `id` ties a row to an existing entry (left empty
 * for a new one), so an exported file can be corrected in a spreadsheet and imported back;
 * languages are separated by semicolons; `last_verified_on` is written on export and ignored on
 * import (importing is not checking the details).
 */
export const RESOURCE_CSV_COLUMNS = [
  'id',
  'name',
  'category',
  'services',
  'address',
  'phone',
  'hours',
  'languages',
  'cost',
  'eligibility',
  'accepts_medicaid',
  'last_verified_on',
] as const;
type Column = (typeof RESOURCE_CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['name', 'category', 'cost'];

/** A file larger than this is refused whole: the directory holds tens of entries, not thousands. */
export const MAX_IMPORT_ROWS = 1000;

export interface ImportedRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  id: string | null;
  values: {
    name: string;
    category: ResourceCategory;
    services: string;
    address: string;
    phone: string;
    hours: string;
    languages: string[];
    cost: ResourceCost;
    eligibility: string;
    acceptsMedicaid: boolean;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/**
 * Spreadsheets run a cell starting with = + - @ as a formula: such cells are exported behind an
 * apostrophe (which spreadsheets hide) and the apostrophe is removed again on import.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const shielded = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);
const unshielded = (v: string) =>
  v.startsWith("'") && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v;

const problem = (row: number, field: string, message: string): FieldProblem => ({
  field: `row ${row}.${field}`,
  message: `Row ${row}, ${field}: ${message}`,
});

function oneOf<T extends string>(values: Record<string, T>, raw: string): T | null {
  const v = raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return (Object.values(values) as string[]).includes(v) ? (v as T) : null;
}

function readRow(cells: Record<string, string>, row: number, problems: FieldProblem[]) {
  const cell = (c: Column) => unshielded((cells[c] ?? '').trim());
  const before = problems.length;
  if (!cell('name')) problems.push(problem(row, 'name', 'name the resource.'));
  const category = oneOf(ResourceCategory, cell('category'));
  if (!category) {
    problems.push(
      problem(row, 'category', `must be one of ${Object.values(ResourceCategory).join(', ')}.`),
    );
  }
  const cost = oneOf(ResourceCost, cell('cost'));
  if (!cost) {
    problems.push(
      problem(row, 'cost', `must be one of ${Object.values(ResourceCost).join(', ')}.`),
    );
  }
  const medicaid = cell('accepts_medicaid').toLowerCase();
  if (!YES.has(medicaid) && !NO.has(medicaid)) {
    problems.push(problem(row, 'accepts_medicaid', 'must be yes or no.'));
  }
  const id = cell('id') || null;
  if (id && !UUID.test(id)) {
    problems.push(problem(row, 'id', 'must be an id from an export, or empty for a new entry.'));
  }
  if (problems.length > before || !category || !cost) return null;
  const languages = cell('languages')
    .split(';')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    row,
    id,
    values: {
      name: cell('name'),
      category,
      services: cell('services'),
      address: cell('address'),
      phone: cell('phone'),
      hours: cell('hours'),
      languages: [...new Set(languages)],
      cost,
      eligibility: cell('eligibility'),
      acceptsMedicaid: YES.has(medicaid),
    },
  };
}

/**
 * Reads a CSV file of directory entries. Every row is checked and every problem reported (row and
 * column named), so a whole file can be corrected at once; any problem means nothing is imported.
 */
export function parseResourceCsv(text: string): { rows: ImportedRow[]; problems: FieldProblem[] } {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    const where = line ? ` (near line ${line})` : '';
    return {
      rows: [],
      problems: [{ field: 'csv', message: `The file is not valid CSV${where}.` }],
    };
  }
  const [header, ...body] = records;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const problems: FieldProblem[] = [];
  const unknown = columns.filter((c) => !(RESOURCE_CSV_COLUMNS as readonly string[]).includes(c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (unknown.length) {
    problems.push({ field: 'row 1', message: `Row 1: unknown columns ${unknown.join(', ')}.` });
  }
  if (missing.length) {
    problems.push({ field: 'row 1', message: `Row 1: missing columns ${missing.join(', ')}.` });
  }
  if (!body.length) problems.push({ field: 'csv', message: 'The file has no entries.' });
  if (body.length > MAX_IMPORT_ROWS) {
    problems.push({ field: 'csv', message: `At most ${MAX_IMPORT_ROWS} entries per file.` });
  }
  if (problems.length) return { rows: [], problems };
  const rows = body.flatMap((cells, i) => {
    const named = Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? '']));
    return readRow(named, i + 2, problems) ?? [];
  });
  return { rows, problems };
}

/** The entries as a CSV file in the import's layout; verification dates in the program's zone. */
export function resourcesToCsv(resources: CommunityResource[], timeZone: string): string {
  return stringify(
    resources.map((r) =>
      [
        r.id,
        r.name,
        r.category,
        r.services,
        r.address,
        r.phone,
        r.hours,
        r.languages.join('; '),
        r.cost,
        r.eligibility,
        r.acceptsMedicaid ? 'yes' : 'no',
        r.lastVerifiedAt ? localDate(r.lastVerifiedAt, timeZone) : '',
      ].map(shielded),
    ),
    { header: true, columns: [...RESOURCE_CSV_COLUMNS] },
  );
}
