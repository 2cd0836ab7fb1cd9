import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, finding 8: emergency and crisis contacts on the client record (orientation asks for
 * them), each with whether the client agreed that staff may call them.
 */
export class ClientContacts1795960000000 implements MigrationInterface {
  name = 'ClientContacts1795960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "client_contact" ("version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "name" text NOT NULL, "relationship" text NOT NULL, "phone" text NOT NULL, "kind" text NOT NULL, "may_contact" boolean NOT NULL, CONSTRAINT "client_contact_kind_check" CHECK (kind IN ('EMERGENCY', 'CRISIS')), CONSTRAINT "PK_a245a41acb684a66c027bbc952a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_b0af8a3f69c23029bf2d3aa059" ON "client_contact"  ("client_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "client_contact" ADD CONSTRAINT "FK_4dbb209037c215934e475b2c9da" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "client_contact"`);
  }
}
