import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Staff } from './staff.entity.js';

export function createStaffLoader(ds: DataSource) {
  return new DataLoader<string, Staff | null>(async (ids) => {
    const rows = await ds.getRepository(Staff).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
