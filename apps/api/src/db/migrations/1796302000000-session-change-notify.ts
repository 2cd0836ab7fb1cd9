import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whatever ends or changes a member of staff's sign-in — a session revoked, cut short or removed, the
 * account deactivated or removed, a program role granted or taken away — notifies
 * `waypoint_session_change` with the staff id when it commits, however it was written (the app,
 * the admin CLI or SQL by hand). Each API process listens and forgets the sessions it holds for
 * that person (modules/auth/session-cache.ts).
 */
export class SessionChangeNotify1796302000000 implements MigrationInterface {
  name = 'SessionChangeNotify1796302000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE changed record;
      BEGIN
        IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
        IF TG_TABLE_NAME = 'staff' THEN
          PERFORM pg_notify('waypoint_session_change', changed.id::text);
        ELSE
          PERFORM pg_notify('waypoint_session_change', changed.staff_id::text);
        END IF;
        RETURN NULL;
      END $$`);
    // Activity written back in time (an operator ending a session as idle) shortens it too.
    await q.query(`CREATE TRIGGER staff_session_change AFTER UPDATE OF revoked_at, expires_at, last_seen_at
      ON staff_session FOR EACH ROW
      WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.expires_at <> OLD.expires_at
            OR NEW.last_seen_at < OLD.last_seen_at)
      EXECUTE FUNCTION notify_session_change()`);
    await q.query(`CREATE TRIGGER staff_session_removed AFTER DELETE
      ON staff_session FOR EACH ROW EXECUTE FUNCTION notify_session_change()`);
    await q.query(`CREATE TRIGGER staff_active_change AFTER UPDATE OF active OR DELETE
      ON staff FOR EACH ROW EXECUTE FUNCTION notify_session_change()`);
    await q.query(`CREATE TRIGGER staff_role_change AFTER INSERT OR UPDATE OR DELETE
      ON staff_program_role FOR EACH ROW EXECUTE FUNCTION notify_session_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER staff_role_change ON staff_program_role`);
    await q.query(`DROP TRIGGER staff_active_change ON staff`);
    await q.query(`DROP TRIGGER staff_session_removed ON staff_session`);
    await q.query(`DROP TRIGGER staff_session_change ON staff_session`);
    await q.query(`DROP FUNCTION notify_session_change()`);
  }
}
