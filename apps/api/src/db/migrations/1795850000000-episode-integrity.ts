import type { MigrationInterface, QueryRunner } from 'typeorm';

const DISCHARGE_TYPES = `('COMPLETED', 'STEP_DOWN', 'STEP_UP', 'TRANSFER', 'AMA', 'ADMINISTRATIVE', 'LOST_CONTACT')`;

/**
 * What the episode lifecycle records beyond status (issue 8, items 3 and 15–17):
 * - the ages a program takes (min/max, filled from its population: adults 18+, adolescents
 *   12–17), checked at inquiry and admission;
 * - how treatment ended (discharge type and reason) on the episode and on the move;
 * - the role under which a move was made, and a director's age-rule override with its reason;
 * - the current level of care on the episode and, in its history, whether each record actually
 *   changed the level (only real changes bring a plan review forward);
 * - pg_trgm and two indexes, so that opening an inquiry finds a returning client under a similar
 *   name or the same birth date without reading every client.
 * Earlier rows keep null where nothing was recorded (discharge types, actor roles).
 */
export class EpisodeIntegrity1795850000000 implements MigrationInterface {
  name = 'EpisodeIntegrity1795850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // A trusted extension since PostgreSQL 13: the database owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    // Finding a returning client at inquiry (the expression must match intake.service.ts).
    await queryRunner.query(
      `CREATE INDEX "client_name_trgm_idx" ON "client" USING gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_date_of_birth_idx" ON "client" ("date_of_birth")`,
    );

    await queryRunner.query(`ALTER TABLE "program" ADD "min_age" integer`);
    await queryRunner.query(`ALTER TABLE "program" ADD "max_age" integer`);
    await queryRunner.query(
      `UPDATE "program" SET min_age = CASE population WHEN 'ADOLESCENT' THEN 12 ELSE 18 END,
         max_age = CASE population WHEN 'ADOLESCENT' THEN 17 END`,
    );
    await queryRunner.query(
      `ALTER TABLE "program" ADD CONSTRAINT "program_age_range_check" CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)`,
    );

    await queryRunner.query(`ALTER TABLE "episode" ADD "discharge_type" text`);
    await queryRunner.query(`ALTER TABLE "episode" ADD "discharge_reason" text`);
    await queryRunner.query(`ALTER TABLE "episode" ADD "level_of_care" text`);
    await queryRunner.query(`ALTER TABLE "episode" ADD "authorized_level_of_care" text`);
    await queryRunner.query(
      `ALTER TABLE "episode" ADD "level_of_care_changed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "episode" ADD "age_override_reason" text`);
    await queryRunner.query(`ALTER TABLE "episode" ADD "age_override_by_staff_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "episode" ADD CONSTRAINT "episode_discharge_type_check" CHECK (discharge_type IN ${DISCHARGE_TYPES})`,
    );

    await queryRunner.query(`ALTER TABLE "episode_transition" ADD "discharge_type" text`);
    await queryRunner.query(`ALTER TABLE "episode_transition" ADD "age_override_reason" text`);
    await queryRunner.query(`ALTER TABLE "episode_transition" ADD "actor_role" text`);
    await queryRunner.query(
      `ALTER TABLE "episode_transition" ADD CONSTRAINT "episode_transition_discharge_type_check" CHECK (discharge_type IN ${DISCHARGE_TYPES})`,
    );

    await queryRunner.query(
      `ALTER TABLE "level_of_care_change" ADD "level_changed" boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(`ALTER TABLE "level_of_care_change" ADD "assessment_id" uuid`);
    // A record that repeats the levels before it was a re-save, not a change.
    await queryRunner.query(
      `UPDATE "level_of_care_change" l SET level_changed = false
       FROM (SELECT id,
               lag(clinical_level) OVER w AS prev_clinical,
               lag(authorized_level) OVER w AS prev_authorized,
               row_number() OVER w AS n
             FROM "level_of_care_change"
             WINDOW w AS (PARTITION BY episode_id ORDER BY changed_at, id)) p
       WHERE p.id = l.id AND p.n > 1 AND p.prev_clinical = l.clinical_level
         AND p.prev_authorized IS NOT DISTINCT FROM l.authorized_level`,
    );
    await queryRunner.query(
      `UPDATE "episode" e SET level_of_care = cur.clinical_level,
         authorized_level_of_care = cur.authorized_level,
         level_of_care_changed_at = (SELECT max(changed_at) FROM "level_of_care_change" c
                                     WHERE c.episode_id = e.id AND c.level_changed)
       FROM (SELECT DISTINCT ON (episode_id) episode_id, clinical_level, authorized_level
             FROM "level_of_care_change" ORDER BY episode_id, changed_at DESC, id DESC) cur
       WHERE cur.episode_id = e.id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "level_of_care_change" DROP COLUMN "assessment_id"`);
    await queryRunner.query(`ALTER TABLE "level_of_care_change" DROP COLUMN "level_changed"`);
    await queryRunner.query(
      `ALTER TABLE "episode_transition" DROP CONSTRAINT "episode_transition_discharge_type_check"`,
    );
    await queryRunner.query(`ALTER TABLE "episode_transition" DROP COLUMN "actor_role"`);
    await queryRunner.query(`ALTER TABLE "episode_transition" DROP COLUMN "age_override_reason"`);
    await queryRunner.query(`ALTER TABLE "episode_transition" DROP COLUMN "discharge_type"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP CONSTRAINT "episode_discharge_type_check"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "age_override_by_staff_id"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "age_override_reason"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "level_of_care_changed_at"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "authorized_level_of_care"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "level_of_care"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "discharge_reason"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "discharge_type"`);
    await queryRunner.query(`ALTER TABLE "program" DROP CONSTRAINT "program_age_range_check"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "max_age"`);
    await queryRunner.query(`ALTER TABLE "program" DROP COLUMN "min_age"`);
    await queryRunner.query(`DROP INDEX "public"."client_date_of_birth_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_name_trgm_idx"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
