import { GraphQLSchemaHost } from '@nestjs/graphql';
import { can, Role } from '@ogp-forum/domain';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import request from 'supertest';
import type { RunningServer } from '../src/server.js';
import { clientFor, errorCode, type GraphqlAnswer } from './client.js';
import { startTestServer } from './harness.js';
import { resolverMethods } from './operations.js';

/**
 * Whatever a client sends, a mistake in it is BAD_USER_INPUT naming the field, never INTERNAL: control characters in
 * any text, ids that are not ids, numbers out of range, blank texts, impossible dates. The first tests walk every
 * argument of every query and mutation in the schema, so a field added later is held to the same rules.
 */

let server: RunningServer;
let client: ReturnType<typeof clientFor>;
const tokens = new Map<Role, string>();
let commitmentId: string;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_MUTATIONS_PER_USER: '100000' });
  client = clientFor(server);
  const emails: [Role, string][] = [[Role.ADMIN, 'admin@example.org'], [Role.GOVERNMENT, 'mois@example.org'], [Role.CSO, 'cso@example.org'], [Role.CITIZEN, 'citizen@example.org']];
  for (const [role, email] of emails) tokens.set(role, (await client.login(email)).token);
  commitmentId = (await server.dataSource.query(`SELECT id FROM commitments WHERE code = '1-a'`))[0].id;
});
afterAll(() => server.stop());

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** A plain value that every validator of a field of this name accepts, so that only the value under test is wrong. */
function plainString(field: string): string {
  if (/email/i.test(field)) return 'someone@example.org';
  if (/url|link/i.test(field)) return 'https://example.org/evidence';
  if (/On$|Date$|^period/.test(field)) return '2030-01-01';
  return 'A plain sample text, long enough for every rule';
}

function sample(type: GraphQLInputType, field: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, field);
  // A cursor is only ever one the api gave out.
  if (field === 'after') return null;
  if (isListType(type)) return [sample(type.ofType, field)];
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type, f.name)]));
  if (isEnumType(type)) return type.getValues()[0].name;
  const plain: Record<string, unknown> = { String: plainString(field), ID: NO_SUCH_ID, Int: 1, Float: 1, Boolean: true, DateTime: '2030-01-01T06:00:00Z' };
  return plain[type.name];
}

interface Leaf {
  /** As the api names it: `input.milestones[0].title`. */
  path: string;
  name: string;
  scalar: string;
  set: (variables: Record<string, unknown>, value: unknown) => Record<string, unknown>;
}

/** Every scalar inside a sample value, with a way to replace it in a copy of the variables. */
function leaves(type: GraphQLInputType, path: (string | number)[]): Leaf[] {
  if (isNonNullType(type)) return leaves(type.ofType, path);
  if (isListType(type)) return leaves(type.ofType, [...path, 0]);
  if (isInputObjectType(type)) return Object.values(type.getFields()).flatMap((f) => leaves(f.type, [...path, f.name]));
  if (isEnumType(type)) return [];
  const name = String(path.filter((part) => typeof part === 'string').at(-1));
  return [
    {
      path: path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join(''),
      name,
      scalar: getNamedType(type).name,
      set: (variables, value) => {
        const copy = structuredClone(variables);
        let at: any = copy;
        for (const part of path.slice(0, -1)) at = at[part];
        at[path.at(-1)!] = value;
        return copy;
      },
    },
  ];
}

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  token?: string;
  leaves: Leaf[];
}

/** One request per query and mutation of the schema, every argument given a plain value, sent by someone allowed to. */
function operations(): Operation[] {
  const schema = server.app.get(GraphQLSchemaHost).schema;
  const actions = new Map(resolverMethods(server).map((method) => [method.operation, method.action!]));
  const roots = [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root.getFields()).map((field: GraphQLField<unknown, unknown>) => {
      const action = actions.get(`${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`)!;
      const role = [Role.ADMIN, Role.GOVERNMENT, Role.CSO, Role.CITIZEN].find((candidate) => can({ role: candidate }, action));
      const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
      return {
        name: field.name,
        query: `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
        variables: Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type, arg.name)])),
        token: role && tokens.get(role),
        leaves: field.args.flatMap((arg) => leaves(arg.type, [arg.name])),
      };
    }),
  );
}

const answered = (answer: GraphqlAnswer) => ({ code: errorCode(answer), message: answer.body.errors?.[0]?.message ?? '' });
/** Whether a message names the field as a word: "uuid" does not name `id`. */
const names = (message: string, field: string) => new RegExp(`\\b${field}\\b`).test(message);

describe('every argument of every operation', () => {
  it('refuses a NUL byte in any text or id with BAD_USER_INPUT naming the field, before anything runs', async () => {
    const wrong: string[] = [];
    for (const operation of operations()) {
      for (const leaf of operation.leaves.filter((l) => l.scalar === 'String' || l.scalar === 'ID')) {
        const answer = await client.call(operation.query, leaf.set(operation.variables, 'before\u0000after'), { token: operation.token });
        const { code, message } = answered(answer);
        if (code !== 'BAD_USER_INPUT' || !message.includes(leaf.path)) wrong.push(`${operation.name} ${leaf.path}: ${code} ${message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses an id that is not one with BAD_USER_INPUT naming the field', async () => {
    const wrong: string[] = [];
    for (const operation of operations()) {
      for (const leaf of operation.leaves.filter((l) => l.scalar === 'ID')) {
        const { code, message } = answered(await client.call(operation.query, leaf.set(operation.variables, 'not-an-id'), { token: operation.token }));
        if (code !== 'BAD_USER_INPUT' || !names(message, leaf.name)) wrong.push(`${operation.name} ${leaf.path}: ${code} ${message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a negative number with BAD_USER_INPUT naming the field, and never answers INTERNAL to a huge one', async () => {
    const wrong: string[] = [];
    for (const operation of operations()) {
      for (const leaf of operation.leaves.filter((l) => l.scalar === 'Int')) {
        const negative = answered(await client.call(operation.query, leaf.set(operation.variables, -1), { token: operation.token }));
        if (negative.code !== 'BAD_USER_INPUT' || !names(negative.message, leaf.name)) wrong.push(`${operation.name} ${leaf.path} = -1: ${negative.code} ${negative.message}`);
        const huge = answered(await client.call(operation.query, leaf.set(operation.variables, 2 ** 31 - 1), { token: operation.token }));
        if (huge.code === 'INTERNAL') wrong.push(`${operation.name} ${leaf.path} = 2^31-1: INTERNAL`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('texts', () => {
  const POST = 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }';

  it('refuses a control character written into the query itself, naming the field', async () => {
    const answer = await client.call(`mutation { postComment(input: { subjectType: COMMITMENT, subjectId: "${commitmentId}", body: "a\\u0000b" }) { id } }`, {}, { token: tokens.get(Role.CSO) });
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0]).toMatchObject({ message: 'input.body contains a control character (U+0000); remove it', extensions: { code: 'BAD_USER_INPUT', field: 'input.body' } });
  });

  it('refuses a control character in a sign-in or a search, which no input class checks', async () => {
    expect(answered(await client.call('mutation($email: String!) { login(email: $email, password: "demo-password-1") { accessToken } }', { email: 'cso@example.org\u0000' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'email contains a control character (U+0000); remove it',
    });
    expect(errorCode(await client.call('{ mentionableMembers(search: "Open\\u0000") { id } }', {}, { token: tokens.get(Role.CSO) }))).toBe('BAD_USER_INPUT');
    // Tabs and line breaks are text.
    const answer = await client.call(POST, { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body: 'Two lines:\r\n\tindented' } }, { token: tokens.get(Role.CSO) });
    expect(answer.body.errors).toBeUndefined();
  });

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['word joiners and a byte-order mark', '\u2060\u2060\uFEFF'],
    ['no-break spaces', '\u00A0\u00A0\u00A0'],
    ['Hangul fillers', '\u3164\u3164\u3164'],
    ['whitespace', ' \n\t '],
  ])('takes a comment, a title or a reason of only %s as empty', async (_, blank) => {
    const cso = tokens.get(Role.CSO)!;
    const admin = tokens.get(Role.ADMIN)!;
    expect(answered(await client.call(POST, { input: { subjectType: 'COMMITMENT', subjectId: commitmentId, body: blank } }, { token: cso }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'body must not be empty: blank and invisible characters do not count',
    });
    const meeting = { title: blank, startsAt: '2030-01-01T06:00:00Z', endsAt: '2030-01-01T08:00:00Z' };
    expect(answered(await client.call('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', { input: meeting }, { token: admin })).message).toMatch(/^title must not be empty/);
    expect(errorCode(await client.call('mutation($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { id } }', { id: NO_SUCH_ID, reason: blank }, { token: admin }))).toBe('BAD_USER_INPUT');
  });
});

describe('dates', () => {
  const MEETING = 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id startsAt } }';
  const meeting = (startsAt: unknown, endsAt: unknown = startsAt) => ({ input: { title: 'Regular meeting', startsAt, endsAt } });

  it.each([
    ['in year 1', '0001-01-01T06:00:00Z', '0001-01-01 is not a day of the calendar between 2000 and 2100'],
    ['in 1999', '1999-12-31T06:00:00Z', '1999-12-31 is not a day of the calendar between 2000 and 2100'],
    ['after 2100', '2101-01-01T06:00:00Z', '2101-01-01 is not a day of the calendar between 2000 and 2100'],
    ['on 30 February', '2026-02-30T06:00:00Z', '2026-02-30 is not a day of the calendar between 2000 and 2100'],
    ['at 25 o\'clock', '2026-03-01T25:00:00Z', 'is not a date and time with its offset'],
    ['without an offset', '2026-03-01T06:00:00', 'is not a date and time with its offset'],
    ['as a number', 1, 'is not a date and time with its offset'],
  ])('refuses a meeting %s, naming the field', async (_, startsAt, reason) => {
    const answer = await client.call(MEETING, meeting(startsAt, '2030-01-01T08:00:00Z'), { token: tokens.get(Role.ADMIN) });
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toContain('input.startsAt');
    expect(answer.body.errors![0].message).toContain(reason);
  });

  it('refuses a date written into the query that is not a string', async () => {
    const answer = await client.call('mutation { createMeeting(input: { title: "Regular meeting", startsAt: 20300101, endsAt: "2030-01-01T08:00:00Z" }) { id } }', {}, { token: tokens.get(Role.ADMIN) });
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors![0].message).toContain('20300101 is not a date and time with its offset');
  });

  it('takes a meeting with any offset, to the minute', async () => {
    const answer = await client.call(MEETING, meeting('2030-01-01T15:00+09:00', '2030-01-01T17:00:00.000+09:00'), { token: tokens.get(Role.ADMIN) });
    expect(answer.body.data.createMeeting.startsAt).toBe('2030-01-01T06:00:00.000Z');
  });

  it('refuses impossible and far-off days in YYYY-MM-DD fields, saying so', async () => {
    const plan = (periodStart: string) => ({ input: { number: 9, title: 'Ninth plan', periodStart, periodEnd: '2031-08-31' } });
    const answer = await client.call('mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }', plan('2026-02-30'), { token: tokens.get(Role.ADMIN) });
    expect(answered(answer)).toEqual({ code: 'BAD_USER_INPUT', message: 'periodStart must be a day of the calendar between 2000 and 2100 as YYYY-MM-DD; 2026-02-30 is not' });
    const yearOne = await client.call('mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }', plan('0001-09-01'), { token: tokens.get(Role.ADMIN) });
    expect(answered(yearOne).message).toMatch(/^periodStart must be a day of the calendar/);
  });
});

describe('cursors', () => {
  const cursor = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

  it.each([
    ['notifications', (after: string) => `{ notifications(after: "${after}") { totalCount } }`, 'yesterday'],
    ['auditEvents', (after: string) => `{ auditEvents(after: "${after}") { totalCount } }`, 'yesterday'],
    ['comments', (after: string) => `{ comments(subjectType: COMMITMENT, subjectId: "${commitmentId}", after: "${after}") { totalCount } }`, 'seven'],
    ['meetings', (after: string) => `{ meetings(after: "${after}") { totalCount } }`, '2030-01-01T00:00:00.000Z|not-an-id'],
    ['members', (after: string) => `{ members(after: "${after}") { totalCount } }`, 'a\u0000'],
  ])('%s refuses a cursor it did not give out', async (_, query, value) => {
    expect(answered(await client.call(query(cursor(value)), {}, { token: tokens.get(Role.ADMIN) }))).toEqual({ code: 'BAD_USER_INPUT', message: 'after is not a cursor this api gave out' });
  });
});

describe('plain HTTP routes', () => {
  it.each([
    ['/calendar/meetings/not-an-id.ics', 404],
    ['/calendar/meetings/%00.ics', 404],
    ['/calendar/meetings/%E0%A4%A.ics', 400],
    ['/calendar/meetings.ics?series=not-an-id', 400],
    ['/calendar/meetings.ics?series=a&series=b', 400],
    ['/calendar/meetings.ics?series=%00', 400],
    ['/exports/reasoned-responses/not-an-id.csv', 404],
    ['/exports/reasoned-responses/%00.csv', 404],
  ])('GET %s answers %i', async (path, status) => {
    expect((await request(server.url).get(path)).status).toBe(status);
  });
});
