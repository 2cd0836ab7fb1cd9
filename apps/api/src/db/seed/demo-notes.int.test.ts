import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDataSource } from '../data-source.js';
import { migrate } from '../database.js';
import { createScratchDatabase } from '../../test-support/scratch-databases.js';
import { seedDemoClinic } from './demo-clinic.js';

const NOW = new Date('2026-03-18T19:30:00Z');

describe('the demo clinic’s progress notes', () => {
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createScratchDatabase(inject('databaseUrl'), 'wp_seed_notes');
    ds = createDataSource(db.url, 2);
    await ds.initialize();
    await migrate(ds);
    await seedDemoClinic(ds, { now: NOW });
  }, 240_000);
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('has notes in every state: draft, signed, amended, awaiting co-signature and overdue', async () => {
    const [row] = await ds.query<Record<string, number>[]>(
      `SELECT count(*) FILTER (WHERE status = 'DRAFT' AND due_at > $1)::int AS drafts,
         count(*) FILTER (WHERE status = 'DRAFT' AND due_at < $1)::int AS overdue,
         count(*) FILTER (WHERE status = 'SIGNED')::int AS signed,
         count(*) FILTER (WHERE status = 'SIGNED' AND cosigner_staff_id IS NOT NULL)::int AS cosigned,
         count(*) FILTER (WHERE status = 'PENDING_COSIGN')::int AS pending,
         (SELECT count(DISTINCT note_id) FROM progress_note_amendment)::int AS amended,
         (SELECT count(*) FROM group_note)::int AS groups
       FROM progress_note`,
      [NOW],
    );
    for (const [state, count] of Object.entries(row!)) {
      expect([state, count > 0]).toEqual([state, true]);
    }
  });

  it('writes notes only for attendees who were there, never after now', async () => {
    const [row] = await ds.query<{ wrong: number }[]>(
      `SELECT count(*)::int AS wrong FROM progress_note n
       LEFT JOIN attendance a ON a.session_id = n.session_id AND a.episode_id = n.episode_id
       WHERE a.status IS NULL OR a.status NOT IN ('PRESENT', 'LATE', 'LEFT_EARLY')
         OR n.created_at > $1 OR n.signed_at > $1`,
      [NOW],
    );
    expect(row!.wrong).toBe(0);
  });
});
