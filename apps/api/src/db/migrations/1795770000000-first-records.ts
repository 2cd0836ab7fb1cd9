import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Programs, staff and their roles, clients and their episodes of care. */
export class FirstRecords1795770000000 implements MigrationInterface {
  name = 'FirstRecords1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_name" text NOT NULL, "last_name" text NOT NULL, "preferred_name" text, "pronouns" text, "date_of_birth" date NOT NULL, "phone" text, "email" text, "sobriety_date" date, CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "program" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "population" text NOT NULL, "time_zone" text NOT NULL, "asam_level" text NOT NULL DEFAULT '2.1', "weekly_hours_target" numeric(4,1) NOT NULL, "minimum_days_per_week" integer NOT NULL, "plan_review_interval_days" integer NOT NULL, "initial_plan_due_days" integer NOT NULL, "max_group_size" integer NOT NULL, CONSTRAINT "UQ_c6b8c4c1adba14ec96387d3c002" UNIQUE ("code"), CONSTRAINT "program_population_check" CHECK (population IN ('ADULT', 'ADOLESCENT')), CONSTRAINT "PK_3bade5945afbafefdd26a3a29fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_name" text NOT NULL, "last_name" text NOT NULL, "credentials" text, "email" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_e4ee98bb552756c180aec1e854a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_program_role" ("staff_id" uuid NOT NULL, "program_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "staff_program_role_role_check" CHECK (role IN ('ADMIN', 'DIRECTOR', 'CLINICIAN', 'CASE_MANAGER', 'INTAKE')), CONSTRAINT "PK_4e24af8a71f217351dd7bd76e19" PRIMARY KEY ("staff_id", "program_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "episode" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "program_id" uuid NOT NULL, "status" text NOT NULL, "referral_source" text, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "admitted_at" TIMESTAMP WITH TIME ZONE, "discharged_at" TIMESTAMP WITH TIME ZONE, "primary_clinician_id" uuid, "case_manager_id" uuid, CONSTRAINT "episode_status_check" CHECK (status IN ('INQUIRY', 'SCREENING', 'ASSESSMENT', 'WAITLISTED', 'ORIENTATION', 'ACTIVE', 'ON_HOLD', 'DISCHARGE_PLANNING', 'DISCHARGED', 'FOLLOW_UP', 'CLOSED', 'REFERRED_OUT', 'DECLINED', 'LOST_CONTACT', 'TRANSFERRED')), CONSTRAINT "PK_7258b95d6d2bf7f621845a0e143" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4256be902fc7d22dd5b5c667fa" ON "episode"  ("primary_clinician_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9a7fc3dd4ff319572e5c0fb7f1" ON "episode"  ("program_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c956d234be6d08fa8216978cf" ON "episode"  ("client_id", "opened_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_program_role" ADD CONSTRAINT "FK_5430b6556c18c310c0ca8df3ed8" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_program_role" ADD CONSTRAINT "FK_538c412baba44b58fe1570576d6" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode" ADD CONSTRAINT "FK_e3b204a14590403504ea900df5b" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode" ADD CONSTRAINT "FK_59712909012e114b3f8ce1a0e1b" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode" ADD CONSTRAINT "FK_4256be902fc7d22dd5b5c667fae" FOREIGN KEY ("primary_clinician_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode" ADD CONSTRAINT "FK_f787554bd11b5b9f5b6307ad316" FOREIGN KEY ("case_manager_id") REFERENCES "staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "staff_email_key" ON "staff" (lower("email"))`);
    await queryRunner.query(
      `CREATE INDEX "client_name_sort_idx" ON "client" (lower("last_name"), lower("first_name"), "id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."client_name_sort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."staff_email_key"`);
    await queryRunner.query(
      `ALTER TABLE "episode" DROP CONSTRAINT "FK_f787554bd11b5b9f5b6307ad316"`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode" DROP CONSTRAINT "FK_4256be902fc7d22dd5b5c667fae"`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode" DROP CONSTRAINT "FK_59712909012e114b3f8ce1a0e1b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "episode" DROP CONSTRAINT "FK_e3b204a14590403504ea900df5b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_program_role" DROP CONSTRAINT "FK_538c412baba44b58fe1570576d6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "staff_program_role" DROP CONSTRAINT "FK_5430b6556c18c310c0ca8df3ed8"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_2c956d234be6d08fa8216978cf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9a7fc3dd4ff319572e5c0fb7f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4256be902fc7d22dd5b5c667fa"`);
    await queryRunner.query(`DROP TABLE "episode"`);
    await queryRunner.query(`DROP TABLE "staff_program_role"`);
    await queryRunner.query(`DROP TABLE "staff"`);
    await queryRunner.query(`DROP TABLE "program"`);
    await queryRunner.query(`DROP TABLE "client"`);
  }
}
