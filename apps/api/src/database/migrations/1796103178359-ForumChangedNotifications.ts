import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every statement that changes what the forum shows sends NOTIFY forum_changed (at commit, once per transaction), so
 * that each api process empties its cache of public pages whoever wrote: another process, the import, a script.
 * Sign-ins, sessions, rate-limit budgets, notifications and the socket adapter's table change nothing a page shows.
 */
const UNWATCHED = ['migrations', 'sessions', 'refresh_tokens', 'sign_in_failures', 'socket_io_attachments', 'notifications', 'audit_events', 'invitations'];

export class ForumChangedNotifications1796103178359 implements MigrationInterface {
  name = 'ForumChangedNotifications1796103178359';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION forum_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('forum_changed', ''); RETURN NULL; END $$`);
    for (const table of await watchedTables(queryRunner)) {
      await queryRunner.query(`CREATE TRIGGER forum_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION forum_changed()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of await watchedTables(queryRunner)) await queryRunner.query(`DROP TRIGGER IF EXISTS forum_changed ON "${table}"`);
    await queryRunner.query('DROP FUNCTION forum_changed()');
  }
}

async function watchedTables(queryRunner: QueryRunner): Promise<string[]> {
  const rows: { table_name: string }[] = await queryRunner.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY table_name`,
    [UNWATCHED],
  );
  return rows.map((row) => row.table_name);
}
