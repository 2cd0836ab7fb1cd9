import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A readmission's episode names the client's earlier one, so the chart and the outcomes can follow
 * a client from one stay to the next. Episodes opened before this stay unlinked.
 */
export class EpisodeReadmissionLink1796220000001 implements MigrationInterface {
  name = 'EpisodeReadmissionLink1796220000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "episode" ADD "previous_episode_id" uuid`);
    await q.query(
      `CREATE INDEX "IDX_episode_previous_episode" ON "episode" ("previous_episode_id")`,
    );
    await q.query(
      `ALTER TABLE "episode" ADD CONSTRAINT "FK_51bfabf7ab1f1f1906d88dd259b" FOREIGN KEY ("previous_episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "episode" DROP CONSTRAINT "FK_51bfabf7ab1f1f1906d88dd259b"`);
    await q.query(`DROP INDEX "public"."IDX_episode_previous_episode"`);
    await q.query(`ALTER TABLE "episode" DROP COLUMN "previous_episode_id"`);
  }
}
