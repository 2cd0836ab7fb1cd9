import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: measurement-based care and drug screens. The assessment table takes the scored
 * measures (PHQ-9, GAD-7, BAM) with their server-computed scores and flags; a safety follow-up
 * answers a PHQ-9 safety flag (insert-only); drug screens carry their panel and derived status;
 * a program's weekly random screening pick is stored once per week (insert-only).
 */
export class MeasuresAndScreens1796020000000 implements MigrationInterface {
  name = 'MeasuresAndScreens1796020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assessment" DROP CONSTRAINT "assessment_instrument_check"`);
    await q.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "assessment_instrument_check" CHECK (instrument IN ('INTAKE_BPS', 'ASAM', 'PHQ9', 'GAD7', 'BAM'))`,
    );
    await q.query(
      `CREATE TABLE "safety_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "risk_level" text NOT NULL, "risk_assessment" text NOT NULL, "plan" text NOT NULL, "who_was_told" text NOT NULL, "recorded_by_staff_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "safety_follow_up_risk_check" CHECK (risk_level IN ('LOW', 'MODERATE', 'HIGH')), CONSTRAINT "PK_c4df364b50c3dbdf52e01dd6b7e" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_52ffcff8c2bb777ddd8db2f24b" ON "safety_follow_up"  ("episode_id")`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_a49c831280dc1b686e74fa4960" ON "safety_follow_up"  ("assessment_id")`,
    );
    await q.query(
      `CREATE TABLE "drug_screen" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "collected_at" TIMESTAMP WITH TIME ZONE NOT NULL, "method" text NOT NULL, "observed" boolean NOT NULL, "panel" jsonb NOT NULL, "status" text NOT NULL, "unexpected_positive_at" TIMESTAMP WITH TIME ZONE, "random_pick" boolean NOT NULL DEFAULT false, "recorded_by_staff_id" uuid NOT NULL, CONSTRAINT "drug_screen_status_check" CHECK (status IN ('PENDING', 'NEGATIVE', 'EXPECTED_POSITIVE', 'UNEXPECTED_POSITIVE')), CONSTRAINT "drug_screen_method_check" CHECK (method IN ('POINT_OF_CARE_CUP', 'LAB', 'BREATHALYZER', 'ORAL_FLUID')), CONSTRAINT "PK_738b6dd15ffb8d68cf9b7c792b4" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_drug_screen_unexpected" ON "drug_screen"  ("unexpected_positive_at") WHERE unexpected_positive_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_21ff4bfc790cdd1737754c14f1" ON "drug_screen"  ("episode_id", "collected_at")`,
    );
    await q.query(
      `CREATE TABLE "random_screening_pick" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "week_of" date NOT NULL, "share_percent" integer NOT NULL, "pool_size" integer NOT NULL, "episode_ids" uuid array NOT NULL, "picked_by_staff_id" uuid NOT NULL, "picked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a27b259b11c83fc58089a7521e5" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_009ef96629574c888dc0628141" ON "random_screening_pick"  ("program_id", "week_of")`,
    );
    await q.query(`ALTER TABLE "assessment" ADD "score_status" text`);
    await q.query(`ALTER TABLE "assessment" ADD "total_score" integer`);
    await q.query(`ALTER TABLE "assessment" ADD "severity_band" text`);
    await q.query(`ALTER TABLE "assessment" ADD "subscales" jsonb`);
    await q.query(`ALTER TABLE "assessment" ADD "flags" text array NOT NULL DEFAULT '{}'`);
    await q.query(
      `CREATE INDEX "IDX_assessment_flagged" ON "assessment"  ("episode_id") WHERE flags <> '{}'`,
    );
    await q.query(
      `ALTER TABLE "safety_follow_up" ADD CONSTRAINT "FK_a49c831280dc1b686e74fa49606" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "safety_follow_up" ADD CONSTRAINT "FK_52ffcff8c2bb777ddd8db2f24b8" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "safety_follow_up" ADD CONSTRAINT "FK_cbbf77f0c9c3fcbebd82db06096" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "drug_screen" ADD CONSTRAINT "FK_33dce4fe7bd306e9d6ce93d71a5" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "drug_screen" ADD CONSTRAINT "FK_d1c63c9995172fe3aa55e4c4f3b" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "random_screening_pick" ADD CONSTRAINT "FK_0da5d830cb0cd8fef16dc5364fa" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "random_screening_pick" ADD CONSTRAINT "FK_ed3b14278a3d47193cf379dca69" FOREIGN KEY ("picked_by_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM assessment WHERE instrument IN ('PHQ9', 'GAD7', 'BAM')`);
    await q.query(
      `ALTER TABLE "random_screening_pick" DROP CONSTRAINT "FK_ed3b14278a3d47193cf379dca69"`,
    );
    await q.query(
      `ALTER TABLE "random_screening_pick" DROP CONSTRAINT "FK_0da5d830cb0cd8fef16dc5364fa"`,
    );
    await q.query(`ALTER TABLE "drug_screen" DROP CONSTRAINT "FK_d1c63c9995172fe3aa55e4c4f3b"`);
    await q.query(`ALTER TABLE "drug_screen" DROP CONSTRAINT "FK_33dce4fe7bd306e9d6ce93d71a5"`);
    await q.query(
      `ALTER TABLE "safety_follow_up" DROP CONSTRAINT "FK_cbbf77f0c9c3fcbebd82db06096"`,
    );
    await q.query(
      `ALTER TABLE "safety_follow_up" DROP CONSTRAINT "FK_52ffcff8c2bb777ddd8db2f24b8"`,
    );
    await q.query(
      `ALTER TABLE "safety_follow_up" DROP CONSTRAINT "FK_a49c831280dc1b686e74fa49606"`,
    );
    await q.query(`DROP INDEX "public"."IDX_assessment_flagged"`);
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "flags"`);
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "subscales"`);
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "severity_band"`);
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "total_score"`);
    await q.query(`ALTER TABLE "assessment" DROP COLUMN "score_status"`);
    await q.query(`DROP INDEX "public"."IDX_009ef96629574c888dc0628141"`);
    await q.query(`DROP TABLE "random_screening_pick"`);
    await q.query(`DROP INDEX "public"."IDX_21ff4bfc790cdd1737754c14f1"`);
    await q.query(`DROP INDEX "public"."IDX_drug_screen_unexpected"`);
    await q.query(`DROP TABLE "drug_screen"`);
    await q.query(`DROP INDEX "public"."IDX_a49c831280dc1b686e74fa4960"`);
    await q.query(`DROP INDEX "public"."IDX_52ffcff8c2bb777ddd8db2f24b"`);
    await q.query(`DROP TABLE "safety_follow_up"`);
    await q.query(`ALTER TABLE "assessment" DROP CONSTRAINT "assessment_instrument_check"`);
    await q.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "assessment_instrument_check" CHECK (instrument IN ('INTAKE_BPS', 'ASAM'))`,
    );
  }
}
