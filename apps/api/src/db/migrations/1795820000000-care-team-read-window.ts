import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Care-team access follows the episode: after an episode ends, its primary clinician and case
 * manager may read it (not change it) for this many days, set per program (default 30).
 * The end of an episode is the transition into its ENDED status (found through the existing
 * (episode_id, occurred_at) index: an episode has a handful of transitions). Care-team access
 * looks episodes up by case manager as it does by primary clinician, so that gets an index too.
 */
export class CareTeamReadWindow1795820000000 implements MigrationInterface {
  name = 'CareTeamReadWindow1795820000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "program" ADD "care_team_read_days_after_discharge" integer NOT NULL DEFAULT 30`,
    );
    await queryRunner.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_care_team_read_days_check"
       CHECK (care_team_read_days_after_discharge BETWEEN 0 AND 365)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_episode_case_manager" ON "episode" ("case_manager_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_episode_case_manager"`);
    await queryRunner.query(
      `ALTER TABLE "program" DROP CONSTRAINT "program_care_team_read_days_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "program" DROP COLUMN "care_team_read_days_after_discharge"`,
    );
  }
}
