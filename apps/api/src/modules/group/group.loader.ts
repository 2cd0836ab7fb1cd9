import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { selectColumns } from '../../db/select-columns.js';
import { createByIdLoader } from '../../graphql/by-id.loader.js';
import { Staff } from '../staff/staff.entity.js';
import type { ClientScope } from '../access/client-scope.js';
import { groupFills, listMembersOfGroups, type GroupMemberRow } from './enrollment.service.js';
import { TherapyGroup } from './group.entity.js';
import { createGroupAttendanceLoader } from './group-attendance-rates.js';

/** Per-request loaders of groups (not client data: names, schedules, facilitators, fill). */
export function createGroupLoaders(ds: DataSource) {
  return {
    byId: createByIdLoader(ds, TherapyGroup),
    attendanceByWeek: createGroupAttendanceLoader(ds),
    fill: new DataLoader<string, { active: number; waitlisted: number }>(async (ids) => {
      const fills = await groupFills(ds.manager, ids);
      return ids.map((id) => fills.get(id) ?? { active: 0, waitlisted: 0 });
    }),
    facilitators: new DataLoader<string, Staff[]>(async (ids) => {
      const rows = await ds.query<(Staff & { groupId: string })[]>(
        `SELECT ${selectColumns(ds, Staff, 'st')}, f.group_id AS "groupId"
         FROM group_facilitator f JOIN staff st ON st.id = f.staff_id
         WHERE f.group_id = ANY($1::uuid[]) ORDER BY st.last_name, st.first_name`,
        [ids],
      );
      return ids.map((id) => rows.filter((r) => r.groupId === id));
    }),
  };
}

/** Per request: each group's waitlist in the order places are offered, through the scope. */
export function createWaitlistLoader(scope: () => ClientScope) {
  return new DataLoader<string, GroupMemberRow[]>(async (ids) => {
    const members = await listMembersOfGroups(scope(), ids, ['WAITLISTED']);
    return ids.map((id) => members.get(id) ?? []);
  });
}
