import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, finding 8: the intake screening gets structure (reason for call, substances, urgency,
 * safety questions) and a record of how each escalation was handled (append-only). Screenings
 * made before, which were one free-text note on the move out of screening, are kept readable:
 * each becomes a screening whose `notes` is that note, without safety answers.
 */
/**
 * The old screening note: the reason given on the move out of screening (the latest, when an
 * episode left screening more than once). `andWhere` narrows it (tests copy one episode's).
 */
export const legacyScreeningNotes = (andWhere = '') =>
  `INSERT INTO intake_screening (episode_id, notes, recorded_by_staff_id, created_at, updated_at)
   SELECT DISTINCT ON (t.episode_id) t.episode_id, t.reason, t.actor_staff_id, t.occurred_at, t.occurred_at
   FROM episode_transition t
   WHERE t.from_status = 'SCREENING' AND t.reason IS NOT NULL AND btrim(t.reason) <> '' ${andWhere}
   ORDER BY t.episode_id, t.occurred_at DESC, t.id DESC
   ON CONFLICT (episode_id) DO NOTHING`;

export class IntakeScreening1795970000000 implements MigrationInterface {
  name = 'IntakeScreening1795970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "intake_screening" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "episode_id" uuid NOT NULL, "reasons_for_call" text array NOT NULL DEFAULT '{}', "reason_note" text, "substances" jsonb NOT NULL DEFAULT '[]', "safety" jsonb, "urgency" text, "escalated" boolean NOT NULL DEFAULT false, "notes" text, "recorded_by_staff_id" uuid, CONSTRAINT "intake_screening_urgency_check" CHECK (urgency IN ('ROUTINE', 'URGENT', 'EMERGENT')), CONSTRAINT "REL_intake_screening_episode" UNIQUE ("episode_id"), CONSTRAINT "PK_intake_screening" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "IDX_0972d2c593c18a4c76863de539" ON "intake_screening" ("episode_id") `,
    );
    await q.query(
      `ALTER TABLE "intake_screening" ADD CONSTRAINT "FK_0972d2c593c18a4c76863de5393" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "intake_screening_escalation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "screening_id" uuid NOT NULL, "episode_id" uuid NOT NULL, "urgency" text NOT NULL, "positive_answers" text array NOT NULL, "steps" text array NOT NULL, "advised" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by_staff_id" uuid NOT NULL, CONSTRAINT "intake_screening_escalation_urgency_check" CHECK (urgency IN ('ROUTINE', 'URGENT', 'EMERGENT')), CONSTRAINT "PK_intake_screening_escalation" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_0009e792546c69ebea9b5703b7" ON "intake_screening_escalation" ("screening_id", "recorded_at") `,
    );
    await q.query(
      `ALTER TABLE "intake_screening_escalation" ADD CONSTRAINT "FK_aaa784df453ef48970aa88efd3f" FOREIGN KEY ("screening_id") REFERENCES "intake_screening"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(legacyScreeningNotes());
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "intake_screening_escalation"`);
    await q.query(`DROP TABLE "intake_screening"`);
  }
}
