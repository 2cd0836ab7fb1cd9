import type { DataSource } from 'typeorm';
import type { StaffRole } from '@waypoint/domain';
import { Staff } from './staff.entity.js';

export function listStaff(
  ds: DataSource,
  filter: { programId?: string | null; role?: StaffRole | null },
): Promise<Staff[]> {
  const qb = ds.getRepository(Staff).createQueryBuilder('s').where('s.active');
  if (filter.programId || filter.role) {
    const conditions = ['r.staff_id = s.id'];
    if (filter.programId) conditions.push('r.program_id = :programId');
    if (filter.role) conditions.push('r.role = :role');
    qb.andWhere(
      `EXISTS (SELECT 1 FROM staff_program_role r WHERE ${conditions.join(' AND ')})`,
      filter,
    );
  }
  return qb.orderBy('s.last_name').addOrderBy('s.first_name').getMany();
}
