import { verify } from '@node-rs/argon2';
import { Role } from '@ogp-forum/domain';
import { DataSource } from 'typeorm';
import { Commitment } from '../src/commitments/commitment.entity.js';
import { connectAndMigrate, createDatabaseIfMissing, withDatabase } from '../src/database/database.js';
import { seedDatabase } from '../src/seeding/seed.js';
import { User } from '../src/users/user.entity.js';

async function emptyMigratedDatabase(): Promise<DataSource> {
  const name = `seed_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await createDatabaseIfMissing(process.env.TEST_DATABASE_SERVER_URL!, name);
  return connectAndMigrate(withDatabase(process.env.TEST_DATABASE_SERVER_URL!, name));
}

const TABLES = ['organizations', 'users', 'action_plans', 'themes', 'commitments', 'milestones', 'progress_updates', 'irm_recommendations', 'meetings', 'agenda_items', 'meeting_decisions', 'action_items'];

async function rowCounts(db: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = Number((await db.query(`SELECT count(*) FROM ${table}`))[0].count);
  return counts;
}

describe('seedDatabase', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await emptyMigratedDatabase();
  });
  afterAll(() => db.destroy());

  it('loads the Korea 3rd NAP and the seven demo accounts, and a second run changes nothing', async () => {
    await seedDatabase(db, { demoAccounts: true, demoPassword: 'demo-password-1' });
    const first = await rowCounts(db);
    expect(first).toMatchObject({ action_plans: 1, themes: 6, commitments: 14, irm_recommendations: 5, users: 7, meetings: 10 });
    expect(first.milestones).toBeGreaterThanOrEqual(14);

    await seedDatabase(db, { demoAccounts: true, demoPassword: 'demo-password-1' });
    expect(await rowCounts(db)).toEqual(first);
  });

  it('keeps what the forum changed since: seeds add what is missing, they do not overwrite', async () => {
    await db.getRepository(Commitment).update({ code: '1-a' }, { title: 'Edited by the forum' });
    await seedDatabase(db, { demoAccounts: true, demoPassword: 'demo-password-1' });
    expect((await db.getRepository(Commitment).findOneByOrFail({ code: '1-a' })).title).toBe('Edited by the forum');
  });

  it('creates the demo accounts of DESIGN.md §7 with argon2id hashes of the demo password', async () => {
    const users = await db.getRepository(User).find({ relations: { organization: true }, order: { email: 'ASC' } });
    expect(users.map((user) => [user.email, user.role, user.organization?.key ?? null])).toEqual([
      ['acrc@example.org', Role.GOVERNMENT, 'acrc'],
      ['admin@example.org', Role.ADMIN, 'forum-secretariat'],
      ['citizen@example.org', Role.CITIZEN, null],
      ['cso2@example.org', Role.CSO, 'cfits'],
      ['cso@example.org', Role.CSO, 'open-net'],
      ['mois@example.org', Role.GOVERNMENT, 'mois'],
      ['opgc@example.org', Role.GOVERNMENT, 'opgc'],
    ]);
    expect(users[0].passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verify(users[0].passwordHash!, 'demo-password-1')).toBe(true);
  });

  it('makes each ministry account the point of contact of the commitments its ministry leads', async () => {
    const commitments = await db.getRepository(Commitment).find({ relations: { pointOfContact: true } });
    const contact = (code: string) => commitments.find((c) => c.code === code)!.pointOfContact?.email;
    expect(contact('5-a')).toBe('acrc@example.org');
    expect(contact('6-a')).toBe('opgc@example.org');
    expect(contact('6-b')).toBe('opgc@example.org');
    expect(contact('1-a')).toBe('mois@example.org');
  });

  it('adds a run of sample monthly meetings from September 2017, held, with published minutes, in Seoul time', async () => {
    const meetings = await db.query(`SELECT title, starts_at, status, minutes_status, sample FROM meetings ORDER BY starts_at`);
    expect(meetings[0]).toMatchObject({ title: 'OGP Forum Korea — launch meeting', status: 'HELD', minutes_status: 'PUBLISHED', sample: true });
    expect(meetings[0].starts_at.toISOString()).toBe('2017-09-21T06:00:00.000Z');
    expect(meetings.every((meeting: { sample: boolean }) => meeting.sample)).toBe(true);
    const [{ linked }] = await db.query(`SELECT count(*)::int AS linked FROM agenda_items WHERE commitment_id IS NOT NULL`);
    expect(linked).toBeGreaterThanOrEqual(14);
  });

  it('seeds no account at all in production mode', async () => {
    const production = await emptyMigratedDatabase();
    try {
      await seedDatabase(production, { demoAccounts: false, demoPassword: 'unused-password' });
      const counts = await rowCounts(production);
      expect(counts.users).toBe(0);
      expect(counts.meetings).toBe(0);
      expect(counts.commitments).toBe(14);
    } finally {
      await production.destroy();
    }
  });
});
