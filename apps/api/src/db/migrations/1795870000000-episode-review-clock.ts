import type { MigrationInterface, QueryRunner } from 'typeorm';
import { statusesInPhase } from '@waypoint/domain';
import { recomputeReviewClocks } from '../../modules/treatment-plan/plan-clock.js';

/**
 * The review clock stored on the episode: the due date and reason that the domain's
 * `nextReviewDue` gives, recomputed on every write that changes an input, so set-based reads
 * (dashboard, reviews due, worklists) use a column instead of re-implementing the rule in SQL.
 * Existing episodes are filled by the same TypeScript function the write points call.
 */
export class EpisodeReviewClock1795870000000 implements MigrationInterface {
  name = 'EpisodeReviewClock1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "episode" ADD "review_due_on" date, ADD "review_due_reason" text,
         ADD "review_scheduled_on" date, ADD "review_triggered_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_episode_program_review_due_on" ON "episode" ("program_id", "review_due_on")`,
    );
    const episodes = await queryRunner.manager.query<{ id: string }[]>(
      `SELECT id FROM episode WHERE status = ANY($1::text[])`,
      [statusesInPhase('IN_TREATMENT')],
    );
    await recomputeReviewClocks(
      queryRunner.manager,
      episodes.map((e) => e.id),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_episode_program_review_due_on"`);
    await queryRunner.query(
      `ALTER TABLE "episode" DROP COLUMN "review_triggered_at", DROP COLUMN "review_scheduled_on",
         DROP COLUMN "review_due_reason", DROP COLUMN "review_due_on"`,
    );
  }
}
