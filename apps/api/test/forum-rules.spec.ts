import { seedDatabase } from '../src/seeding/seed.js';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode } from './client.js';
import { startTestServer } from './harness.js';

let server: RunningServer;
let client: ReturnType<typeof clientFor>;

const RULES = '{ forumRules { locale text version updatedAt seeded updatedBy { displayName } } }';
const VERSIONS = 'query($locale: Locale!) { forumRulesVersions(locale: $locale) { version text createdAt seeded author { displayName } } }';
const SAVE = 'mutation($input: SaveForumRulesInput!) { saveForumRules(input: $input) { locale text version updatedAt seeded updatedBy { displayName } } }';

beforeAll(async () => {
  server = await startTestServer();
  client = clientFor(server);
});
afterAll(() => server.stop());

describe('the forum\'s basic rules (OGP 1.1)', () => {
  it('are public: a visitor reads the seeded first version in English and in Korean, marked as seeded', async () => {
    const answer = await client.call(RULES);
    expect(answer.body.errors).toBeUndefined();
    const [en, ko] = answer.body.data.forumRules;
    expect(en).toMatchObject({ locale: 'en', version: 1, seeded: true, updatedBy: null });
    expect(en.text).toContain('regular monthly meetings');
    expect(en.text).toContain('11 organisations');
    expect(ko).toMatchObject({ locale: 'ko', version: 1, seeded: true });
    expect(ko.text).toContain('정기 월례 회의');
    const versions = await client.call(VERSIONS, { locale: 'en' });
    expect(versions.body.data.forumRulesVersions).toEqual([expect.objectContaining({ version: 1, seeded: true, author: null, text: en.text })]);
  });

  it('the secretariat saves a new version (who, when); the history keeps every version, newest first', async () => {
    const admin = await client.login('admin@example.org');
    const text = '# Basic rules\n\nThe forum meets every month; its co-chairs are one ministry and one CSO.';
    const saved = await client.call(SAVE, { input: { locale: 'en', text, baseVersion: 1 } }, { token: admin.token });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data.saveForumRules).toMatchObject({ locale: 'en', text, version: 2, seeded: false, updatedBy: { displayName: expect.any(String) } });
    const versions = (await client.call(VERSIONS, { locale: 'en' })).body.data.forumRulesVersions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ text, seeded: false, author: { displayName: saved.body.data.saveForumRules.updatedBy.displayName } });
    expect(versions[1].seeded).toBe(true);
    // The Korean text is its own document: untouched.
    expect((await client.call(VERSIONS, { locale: 'ko' })).body.data.forumRulesVersions).toHaveLength(1);
    const [audit] = await server.dataSource.query(`SELECT action, after FROM audit_events WHERE action = 'forum.rules_saved'`);
    expect(audit.after).toEqual({ locale: 'en', version: 2 });
  });

  it('a save from an older version is a CONFLICT carrying the text saved meanwhile, and changes nothing', async () => {
    const admin = await client.login('admin@example.org');
    const stale = await client.call(SAVE, { input: { locale: 'en', text: 'My older edit', baseVersion: 1 } }, { token: admin.token });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.body.errors![0].extensions).toMatchObject({ currentVersion: 2, currentText: expect.stringContaining('co-chairs') });
    const [en] = (await client.call(RULES)).body.data.forumRules;
    expect(en.version).toBe(2);
  });

  it('only the secretariat edits them: a member is FORBIDDEN, a visitor UNAUTHENTICATED, a too long text BAD_USER_INPUT', async () => {
    const cso = await client.login('cso@example.org');
    const input = { locale: 'ko', text: '규칙', baseVersion: 1 };
    expect(errorCode(await client.call(SAVE, { input }, { token: cso.token }))).toBe('FORBIDDEN');
    expect(errorCode(await client.call(SAVE, { input }))).toBe('UNAUTHENTICATED');
    const admin = await client.login('admin@example.org');
    expect(errorCode(await client.call(SAVE, { input: { ...input, text: 'x'.repeat(50_001) } }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect((await client.call(VERSIONS, { locale: 'ko' })).body.data.forumRulesVersions).toHaveLength(1);
  });

  it('seeding again (every start) never touches the forum\'s own rules nor adds a second seeded version', async () => {
    await seedDatabase(server.dataSource, { demoAccounts: true, demoPassword: 'demo-password-1' });
    const [en, ko] = (await client.call(RULES)).body.data.forumRules;
    expect([en.version, en.seeded, ko.version, ko.seeded]).toEqual([2, false, 1, true]);
    expect((await client.call(VERSIONS, { locale: 'ko' })).body.data.forumRulesVersions).toHaveLength(1);
  });

  it('each plan\'s repository gives the day the rules were last saved', async () => {
    const [plan] = await server.dataSource.query('SELECT id FROM action_plans WHERE number = 3');
    const answer = await client.call('query($id: ID!) { planRepository(planId: $id) { basicRulesUpdatedAt lastUpdatedAt } }', { id: plan.id });
    const [en] = (await client.call(RULES)).body.data.forumRules;
    expect(answer.body.data.planRepository.basicRulesUpdatedAt).toBe(en.updatedAt);
    expect(answer.body.data.planRepository.lastUpdatedAt).toBe(en.updatedAt);
  });
});
