import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The clinical core: episode transitions and level of care, assessments, and versioned treatment
 * plans (problems, goals, objectives, interventions, signatures, reviews, goal progress).
 */
export class ClinicalCore1795790000000 implements MigrationInterface {
  name = 'ClinicalCore1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "instrument" text NOT NULL, "instrument_version" text NOT NULL, "answers" jsonb NOT NULL, "administered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "administered_by_staff_id" uuid NOT NULL, CONSTRAINT "assessment_instrument_check" CHECK (instrument IN ('INTAKE_BPS', 'ASAM')), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5fa031e67413d63e86271c9756" ON "assessment"  ("episode_id", "instrument") `,
    );
    await queryRunner.query(
      `CREATE TABLE "episode_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "reason" text, "admission_decision" text, "admission_rationale" text, "actor_staff_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce51a44bdbac2ce0727fcfd2025" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1b69391bf5b72d8a4c62e55b72" ON "episode_transition"  ("episode_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "level_of_care_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "clinical_level" text NOT NULL, "authorized_level" text, "reason" text, "changed_by_staff_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50da6cc508ffd4854f47414b576" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9a58fbd4335b0eff7db15e59fc" ON "level_of_care_change"  ("episode_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "treatment_plan" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "version_number" integer NOT NULL, "status" text NOT NULL, "activated_at" TIMESTAMP WITH TIME ZONE, "last_reviewed_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" text, "created_by_staff_id" uuid NOT NULL, CONSTRAINT "treatment_plan_status_check" CHECK (status IN ('DRAFT', 'PENDING_SIGNATURE', 'ACTIVE', 'SUPERSEDED', 'CLOSED')), CONSTRAINT "PK_f629189fa9d97e4262b4f471b06" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_66285abacef2e3bce03c339700" ON "treatment_plan"  ("episode_id", "version_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_problem" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "lineage_id" uuid NOT NULL, "position" integer NOT NULL, "plan_id" uuid NOT NULL, "domain" text NOT NULL, "client_words" text NOT NULL, "strengths" text, CONSTRAINT "plan_problem_domain_check" CHECK (domain IN ('SUBSTANCE_USE', 'COGNITION', 'AFFECT', 'PSYCHOPHYSIOLOGICAL', 'FAMILY_SOCIAL', 'VOCATIONAL_EDUCATIONAL', 'HOUSING', 'LEGAL', 'MEDICAL')), CONSTRAINT "PK_4eb146ba12ef360d2b179ea3fbd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c134493b7a7b830b09054ca329" ON "plan_problem"  ("plan_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_goal" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "lineage_id" uuid NOT NULL, "position" integer NOT NULL, "problem_id" uuid NOT NULL, "description" text NOT NULL, "horizon" text NOT NULL, "target_date" date, "lifecycle_status" text NOT NULL, "achievement_status" text NOT NULL, CONSTRAINT "plan_goal_achievement_check" CHECK (achievement_status IN ('IN_PROGRESS', 'IMPROVING', 'WORSENING', 'NO_CHANGE', 'ACHIEVED', 'SUSTAINING', 'NOT_ACHIEVED', 'NO_PROGRESS', 'NOT_ATTAINABLE')), CONSTRAINT "plan_goal_lifecycle_check" CHECK (lifecycle_status IN ('PROPOSED', 'PLANNED', 'ACCEPTED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED', 'ENTERED_IN_ERROR', 'REJECTED')), CONSTRAINT "plan_goal_horizon_check" CHECK (horizon IN ('IMMEDIATE', 'LONG_TERM')), CONSTRAINT "PK_a16a9956edffd8fe39929149145" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3f5c9f304795c56b43b8c48988" ON "plan_goal"  ("problem_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_objective" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "lineage_id" uuid NOT NULL, "position" integer NOT NULL, "goal_id" uuid NOT NULL, "description" text NOT NULL, "measure" text, "target_date" date, "lifecycle_status" text NOT NULL, "achievement_status" text NOT NULL, CONSTRAINT "plan_objective_achievement_check" CHECK (achievement_status IN ('IN_PROGRESS', 'IMPROVING', 'WORSENING', 'NO_CHANGE', 'ACHIEVED', 'SUSTAINING', 'NOT_ACHIEVED', 'NO_PROGRESS', 'NOT_ATTAINABLE')), CONSTRAINT "plan_objective_lifecycle_check" CHECK (lifecycle_status IN ('PROPOSED', 'PLANNED', 'ACCEPTED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED', 'ENTERED_IN_ERROR', 'REJECTED')), CONSTRAINT "PK_e7d43f5207558cbd75350028abb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_134e916943ec0bc9124816006d" ON "plan_objective"  ("goal_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_intervention" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "lineage_id" uuid NOT NULL, "position" integer NOT NULL, "objective_id" uuid NOT NULL, "modality" text NOT NULL, "description" text, "frequency" text NOT NULL, "responsible_staff_id" uuid, CONSTRAINT "plan_intervention_modality_check" CHECK (modality IN ('CBT', 'MOTIVATIONAL_INTERVIEWING', 'RELAPSE_PREVENTION', 'TWELVE_STEP_FACILITATION', 'DBT_SKILLS', 'PSYCHOEDUCATION', 'FAMILY_THERAPY', 'CASE_MANAGEMENT', 'MEDICATION_SUPPORT')), CONSTRAINT "PK_bb6c37914a4c7d68efada876aea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6e5e4fd9854ab54a5ecab056ab" ON "plan_intervention"  ("objective_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "signer" text NOT NULL, "staff_id" uuid NOT NULL, "signed_name" text, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_signature_signer_check" CHECK (signer IN ('CLIENT', 'CLINICIAN', 'SUPERVISOR')), CONSTRAINT "PK_d9a44911ce60a46b749d2dd0f28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_882549c5ea1783711771ca8e96" ON "plan_signature"  ("plan_id", "signer") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "outcome" text NOT NULL, "note" text, "reviewed_by_staff_id" uuid NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_review_outcome_check" CHECK (outcome IN ('CONTINUED', 'REVISED')), CONSTRAINT "PK_ffc8f8e5fadf93689577d0d7051" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4439ea726f57f9ea9201286bfe" ON "plan_review"  ("plan_id", "reviewed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "goal_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "goal_lineage_id" uuid NOT NULL, "objective_lineage_id" uuid, "recorded_on" date NOT NULL, "rating" integer, "measure_value" numeric, "note" text, "author_staff_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "goal_progress_value_check" CHECK (rating IS NOT NULL OR measure_value IS NOT NULL), CONSTRAINT "goal_progress_rating_check" CHECK (rating IS NULL OR rating BETWEEN 0 AND 10), CONSTRAINT "PK_063570ca3418e9fc676a412e647" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4d3891f180b36041a6f242e43a" ON "goal_progress"  ("goal_lineage_id", "recorded_on") `,
    );
    await queryRunner.query(`ALTER TABLE "episode" ADD "admission_decision" text`);
    await queryRunner.query(`ALTER TABLE "episode" ADD "admission_rationale" text`);
    await queryRunner.query(`ALTER TABLE "episode" ADD "orientation" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_62a69da64f027887d9edf5df5c5" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode_transition" ADD CONSTRAINT "FK_fc88c9a1935f0a250cd2ef0d62b" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "level_of_care_change" ADD CONSTRAINT "FK_f922e3bdde2165bb27c42630c30" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "treatment_plan" ADD CONSTRAINT "FK_081eb812025b04e899bf9c32b62" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_problem" ADD CONSTRAINT "FK_eeb4c504c9d968bb9ad7c0bd407" FOREIGN KEY ("plan_id") REFERENCES "treatment_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_goal" ADD CONSTRAINT "FK_5eb5e77c3a8cdb102186ef23084" FOREIGN KEY ("problem_id") REFERENCES "plan_problem"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_objective" ADD CONSTRAINT "FK_0bf2625baeedcfde9bdae576ceb" FOREIGN KEY ("goal_id") REFERENCES "plan_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_intervention" ADD CONSTRAINT "FK_d0dd23aa41f5a912713be124b1d" FOREIGN KEY ("objective_id") REFERENCES "plan_objective"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_intervention" ADD CONSTRAINT "FK_c018bb4ff0043c4febb3c1f68fc" FOREIGN KEY ("responsible_staff_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_signature" ADD CONSTRAINT "FK_328caadacab494b1c0155b3c433" FOREIGN KEY ("plan_id") REFERENCES "treatment_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_review" ADD CONSTRAINT "FK_9f6cfccdb3975dbd87d2e363b0e" FOREIGN KEY ("plan_id") REFERENCES "treatment_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_progress" ADD CONSTRAINT "FK_60eefe166c40773a142dca7adba" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "treatment_plan_one_active" ON "treatment_plan" ("episode_id") WHERE status = 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "treatment_plan_one_in_progress" ON "treatment_plan" ("episode_id") WHERE status IN ('DRAFT', 'PENDING_SIGNATURE')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."treatment_plan_one_in_progress"`);
    await queryRunner.query(`DROP INDEX "public"."treatment_plan_one_active"`);
    await queryRunner.query(
      `ALTER TABLE "goal_progress" DROP CONSTRAINT "FK_60eefe166c40773a142dca7adba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_review" DROP CONSTRAINT "FK_9f6cfccdb3975dbd87d2e363b0e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_signature" DROP CONSTRAINT "FK_328caadacab494b1c0155b3c433"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_intervention" DROP CONSTRAINT "FK_c018bb4ff0043c4febb3c1f68fc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_intervention" DROP CONSTRAINT "FK_d0dd23aa41f5a912713be124b1d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_objective" DROP CONSTRAINT "FK_0bf2625baeedcfde9bdae576ceb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_goal" DROP CONSTRAINT "FK_5eb5e77c3a8cdb102186ef23084"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_problem" DROP CONSTRAINT "FK_eeb4c504c9d968bb9ad7c0bd407"`,
    );
    await queryRunner.query(
      `ALTER TABLE "treatment_plan" DROP CONSTRAINT "FK_081eb812025b04e899bf9c32b62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "level_of_care_change" DROP CONSTRAINT "FK_f922e3bdde2165bb27c42630c30"`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode_transition" DROP CONSTRAINT "FK_fc88c9a1935f0a250cd2ef0d62b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "FK_62a69da64f027887d9edf5df5c5"`,
    );
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "orientation"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "admission_rationale"`);
    await queryRunner.query(`ALTER TABLE "episode" DROP COLUMN "admission_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d3891f180b36041a6f242e43a"`);
    await queryRunner.query(`DROP TABLE "goal_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4439ea726f57f9ea9201286bfe"`);
    await queryRunner.query(`DROP TABLE "plan_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_882549c5ea1783711771ca8e96"`);
    await queryRunner.query(`DROP TABLE "plan_signature"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e5e4fd9854ab54a5ecab056ab"`);
    await queryRunner.query(`DROP TABLE "plan_intervention"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_134e916943ec0bc9124816006d"`);
    await queryRunner.query(`DROP TABLE "plan_objective"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f5c9f304795c56b43b8c48988"`);
    await queryRunner.query(`DROP TABLE "plan_goal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c134493b7a7b830b09054ca329"`);
    await queryRunner.query(`DROP TABLE "plan_problem"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66285abacef2e3bce03c339700"`);
    await queryRunner.query(`DROP TABLE "treatment_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9a58fbd4335b0eff7db15e59fc"`);
    await queryRunner.query(`DROP TABLE "level_of_care_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b69391bf5b72d8a4c62e55b72"`);
    await queryRunner.query(`DROP TABLE "episode_transition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5fa031e67413d63e86271c9756"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
  }
}
