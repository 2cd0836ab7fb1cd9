import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { staffAccountStatus, type StaffAccountStatus, type StaffRole } from '@waypoint/domain';
import type { GraphQLContext } from '../../graphql/context.js';

interface AccountDetails {
  status: StaffAccountStatus;
  /** When the newest unused invitation stops working; null when none is pending. */
  invitationExpiresAt: Date | null;
  programRoles: { programId: string; role: StaffRole }[];
}

/**
 * What the administration screens show of each account beyond its name (status, roles), batched
 * per request: a list of accounts costs one query, not one per row.
 */
function createDetailsLoader(db: DataSource) {
  return new DataLoader<string, AccountDetails>(async (ids) => {
    const rows = await db.query<
      {
        id: string;
        active: boolean;
        has_password: boolean;
        invitation_expires_at: Date | null;
        roles: AccountDetails['programRoles'];
      }[]
    >(
      `SELECT s.id, s.active, s.password_hash IS NOT NULL AS has_password,
         (SELECT max(l.expires_at) FROM password_link l
          WHERE l.staff_id = s.id AND l.purpose = 'INVITE' AND l.used_at IS NULL
            AND l.revoked_at IS NULL AND l.expires_at > now()) AS invitation_expires_at,
         coalesce(json_agg(json_build_object('programId', r.program_id, 'role', r.role)
                  ORDER BY r.program_id, r.role) FILTER (WHERE r.role IS NOT NULL), '[]') AS roles
       FROM staff s LEFT JOIN staff_program_role r ON r.staff_id = s.id
       WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
      [ids],
    );
    const byId = new Map(
      rows.map((r) => [
        r.id,
        {
          status: staffAccountStatus({ active: r.active, hasPassword: r.has_password }),
          invitationExpiresAt: r.invitation_expires_at,
          programRoles: r.roles,
        },
      ]),
    );
    return ids.map((id) => byId.get(id) ?? new Error(`Staff ${id} not found`));
  });
}

const loaders = new WeakMap<GraphQLContext, DataLoader<string, AccountDetails>>();

/** The request's loader of account details (fresh per request, like every loader). */
export function accountDetails(ctx: GraphQLContext, staffId: string): Promise<AccountDetails> {
  let loader = loaders.get(ctx);
  if (!loader) loaders.set(ctx, (loader = createDetailsLoader(ctx.db)));
  return loader.load(staffId);
}
