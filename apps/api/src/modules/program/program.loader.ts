import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Program } from './program.entity.js';

export function createProgramLoader(ds: DataSource) {
  return new DataLoader<string, Program | null>(async (ids) => {
    const rows = await ds.getRepository(Program).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
