import {
  createStaffAccountSchema,
  fieldIssues,
  StaffAccountStatus,
  StaffRole,
  updateStaffAccountSchema,
} from '@waypoint/domain';

export interface StaffListFilters {
  search: string;
  role: StaffRole | null;
  programId: string | null;
  status: StaffAccountStatus | null;
}

const roles = new Set<string>(Object.values(StaffRole));
const statuses = new Set<string>(Object.values(StaffAccountStatus));

/** The list's filters live in the URL, so a filtered list can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): StaffListFilters {
  const role = params.get('role');
  const status = params.get('status');
  return {
    search: params.get('q') ?? '',
    role: role && roles.has(role) ? (role as StaffRole) : null,
    programId: params.get('program') || null,
    status: status && statuses.has(status) ? (status as StaffAccountStatus) : null,
  };
}

export function filtersToParams(filters: StaffListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (filters.role) params.set('role', filters.role);
  if (filters.programId) params.set('program', filters.programId);
  if (filters.status) params.set('status', filters.status);
  return params;
}

/** What the API's `staffAccounts(filter:)` takes. */
export function apiFilter(filters: StaffListFilters) {
  return {
    search: filters.search.trim() || null,
    role: filters.role,
    programId: filters.programId,
    status: filters.status,
  };
}

export const statusLabels: Record<StaffAccountStatus, string> = {
  ACTIVE: 'Active',
  INVITED: 'Invitation pending',
  DEACTIVATED: 'Deactivated',
};

export interface ProgramRoles {
  programId: string;
  programName: string;
  roles: StaffRole[];
}

const roleOrder: readonly StaffRole[] = [
  'DIRECTOR',
  'CLINICIAN',
  'CASE_MANAGER',
  'INTAKE',
  'ADMIN',
];

/** An account's roles grouped by program (programs by name, roles in the usual order). */
export function rolesByProgram(
  programRoles: readonly { role: StaffRole; program: { id: string; name: string } }[],
): ProgramRoles[] {
  const byProgram = new Map<string, ProgramRoles>();
  for (const { role, program } of programRoles) {
    const entry = byProgram.get(program.id) ?? {
      programId: program.id,
      programName: program.name,
      roles: [],
    };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    byProgram.set(program.id, entry);
  }
  return [...byProgram.values()]
    .map((p) => ({ ...p, roles: roleOrder.filter((r) => p.roles.includes(r)) }))
    .sort((a, b) => a.programName.localeCompare(b.programName));
}

export interface AccountValues {
  firstName: string;
  lastName: string;
  credentials: string;
  email: string;
}

export interface NewAccountValues extends AccountValues {
  programId: string | null;
  role: StaffRole | null;
}

/** The same rules the API applies (the domain's schema), as form errors by field. */
export function validateAccount(values: AccountValues, schema: 'create' | 'update' = 'create') {
  const result = (
    schema === 'create' ? createStaffAccountSchema : updateStaffAccountSchema
  ).safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(fieldIssues(result.error).map((i) => [i.field, i.message]));
}

export function validateNewAccount(values: NewAccountValues): Record<string, string> {
  return {
    ...validateAccount(values),
    ...(values.programId ? {} : { programId: 'Choose the program' }),
    ...(values.role ? {} : { role: 'Choose a role' }),
  };
}
