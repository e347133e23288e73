import { hash } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ARGON2_OPTIONS } from '../users/password.js';
import { commentText, paragraph, personName, Random, title } from './generated-text.js';

/**
 * A forum after ten years, for benchmarks and for search over real-looking text: plans, commitments with milestones and
 * progress, a long public discussion in Korean and English, members, proposals and meetings. Loaded with COPY into the
 * real tables (defaults and triggers apply) after the migrations and seeds, beside the seeded 3rd NAP, in a minute or two.
 *
 * The threads are numbered as the api numbers them (thread-log.ts): one `seq` per subject shared by its comments, its
 * progress updates and its moderation events, each with its thread event, and `subject_sequences` holding the last one,
 * so that live replay and new posts carry on where the generated history ends.
 */
export interface ForumSize {
  plans: number;
  /** Spread over six themes per plan. */
  commitmentsPerPlan: number;
  milestonesPerCommitment: number;
  progressUpdates: number;
  comments: number;
  users: number;
  proposals: number;
  meetings: number;
}

export const TEN_YEARS: ForumSize = {
  plans: 10,
  commitmentsPerPlan: 60,
  milestonesPerCommitment: 10,
  progressUpdates: 20_000,
  comments: 500_000,
  users: 5_000,
  proposals: 2_000,
  meetings: 200,
};

/** Every generated member signs in with this password (one hash, so that generating stays fast). */
export const GENERATED_PASSWORD = 'generated-password-1';

/** member1@generated.example.org is an ADMIN, then GOVERNMENT, CSO and CITIZEN members. */
export const generatedEmail = (index: number) => `member${index}@generated.example.org`;

export interface GenerateOptions {
  size?: Partial<ForumSize>;
  /** The same seed gives the same forum (ids aside). */
  seed?: number;
  /** The day the history ends; the last plan is being implemented on it. Default: today. */
  until?: Date;
  log?: (line: string) => void;
}

export interface GeneratedForum {
  size: ForumSize;
  /** Rows written per table. */
  rows: Record<string, number>;
  /** The plan being implemented, and its busiest commitment (the longest thread). */
  currentPlanId: string;
  busiestCommitmentId: string;
  ms: number;
}

const DAY = 86_400_000;
const THEMES: [string, string][] = [
  ['Proactive disclosure of public information', '공공정보의 사전적 공개'],
  ['Citizen participation in policy making', '정책 결정의 시민 참여'],
  ['Open budgets and public finance', '열린 예산과 공공 재정'],
  ['Integrity and anti-corruption', '청렴과 부패 방지'],
  ['Open data and digital government', '공공데이터와 디지털 정부'],
  ['Local open government', '지역 열린정부'],
];
const MINISTRY_AREAS: [string, string][] = [
  ['the Interior and Safety', '행정안전'], ['Economy and Finance', '기획재정'], ['Justice', '법무'], ['Education', '교육'],
  ['Science and ICT', '과학기술정보통신'], ['Health and Welfare', '보건복지'], ['Environment', '환경'], ['Employment and Labor', '고용노동'],
  ['Land, Infrastructure and Transport', '국토교통'], ['Culture, Sports and Tourism', '문화체육관광'], ['Gender Equality and Family', '여성가족'],
  ['Oceans and Fisheries', '해양수산'], ['SMEs and Startups', '중소벤처기업'], ['Agriculture, Food and Rural Affairs', '농림축산식품'],
  ['Trade, Industry and Energy', '산업통상자원'], ['Personnel Management', '인사혁신'], ['Government Legislation', '법제'], ['Statistics', '통계'],
];
const CSO_WORDS: [string, string][] = [
  ['Open Budget', '열린예산'], ['Transparency', '투명사회'], ['Civic Data', '시민데이터'], ['Right to Know', '알권리'], ['Good Governance', '좋은정부'],
  ['Participation', '참여'], ['Integrity', '청렴'], ['Digital Rights', '디지털권리'], ['Local Democracy', '풀뿌리민주주의'], ['Public Records', '기록'],
];
const COMPLETIONS = ['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETED', 'WITHDRAWN'] as const;
type Completion = (typeof COMPLETIONS)[number];

/** Fills the database at `databaseUrl` (migrated and seeded) with a forum of the given size; refuses to do it twice. */
export async function generateForum(databaseUrl: string, options: GenerateOptions = {}): Promise<GeneratedForum> {
  const started = Date.now();
  const size = { ...TEN_YEARS, ...options.size };
  const random = new Random(options.seed ?? 20_161_001);
  const until = startOfDay(options.until ?? new Date());
  const log = options.log ?? (() => undefined);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const rows: Record<string, number> = {};
  const copy = async (table: string, columns: string[], lines: Iterable<unknown[]>) => {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
    let count = 0;
    await pipeline(Readable.from(batched(lines, (n) => (count += n))), stream);
    rows[table] = (rows[table] ?? 0) + count;
    log(`${table}: ${count} rows`);
  };

  try {
    const [{ exists }] = (await client.query(`SELECT EXISTS (SELECT 1 FROM organizations WHERE key LIKE 'generated-%') AS exists`)).rows;
    if (exists) throw new Error('This database already holds a generated forum; generate into a fresh one');
    await client.query('BEGIN');

    // Organisations: ministries lead commitments; civil society proposes, co-sponsors and comments.
    const ministries = MINISTRY_AREAS.map(([en, ko], index) => ({ id: randomUUID(), key: `generated-ministry-${index + 1}`, name: `Ministry of ${en}`, nameKo: `${ko}부`, kind: 'GOVERNMENT' }));
    const csos = Array.from({ length: 60 }, (_, index) => {
      const [en, ko] = CSO_WORDS[index % CSO_WORDS.length];
      const place = ['Seoul', 'Busan', 'Daegu', 'Incheon', 'Gwangju', 'Daejeon'][Math.floor(index / CSO_WORDS.length)];
      const placeKo = ['서울', '부산', '대구', '인천', '광주', '대전'][Math.floor(index / CSO_WORDS.length)];
      return { id: randomUUID(), key: `generated-cso-${index + 1}`, name: `${place} ${en} Network`, nameKo: `${placeKo}${ko}네트워크`, kind: 'CIVIL_SOCIETY' };
    });
    const academia = Array.from({ length: 6 }, (_, index) => ({ id: randomUUID(), key: `generated-academia-${index + 1}`, name: `Institute for Public Policy ${index + 1}`, nameKo: `공공정책연구소 ${index + 1}`, kind: 'ACADEMIA' }));
    await copy('organizations', ['id', 'key', 'name', 'name_ko', 'kind'], [...ministries, ...csos, ...academia].map((o) => [o.id, o.key, o.name, o.nameKo, o.kind]));

    // Members: a few secretariat admins, ministry contacts, CSO members, and many registered citizens.
    const passwordHash = await hash(GENERATED_PASSWORD, ARGON2_OPTIONS);
    const admins = Math.max(1, Math.round(size.users * 0.002));
    const government = Math.max(1, Math.round(size.users * 0.12));
    const civilSociety = Math.max(1, Math.round(size.users * 0.28));
    const users = Array.from({ length: size.users }, (_, index) => {
      const role = index < admins ? 'ADMIN' : index < admins + government ? 'GOVERNMENT' : index < admins + government + civilSociety ? 'CSO' : 'CITIZEN';
      const organizationId = role === 'GOVERNMENT' ? ministries[index % ministries.length].id : role === 'CSO' ? csos[index % csos.length].id : role === 'ADMIN' ? csos[0].id : null;
      const createdAt = new Date(until.getTime() - random.int(0, 3650) * DAY);
      return { id: randomUUID(), email: generatedEmail(index + 1), name: personName(random), role, organizationId, locale: random.chance(0.8) ? 'ko' : 'en', createdAt };
    });
    await copy('users', ['id', 'email', 'display_name', 'role', 'organization_id', 'locale', 'password_hash', 'created_at'],
      users.map((u) => [u.id, u.email, u.name, u.role, u.organizationId, u.locale, passwordHash, u.createdAt]));
    const admin = users[0];
    const contactsByMinistry = new Map<string, typeof users>();
    for (const user of users) if (user.role === 'GOVERNMENT') contactsByMinistry.set(user.organizationId!, [...(contactsByMinistry.get(user.organizationId!) ?? []), user]);
    const members = users.filter((u) => u.role !== 'CITIZEN');
    const proposers = users.filter((u) => u.role === 'CSO' || u.role === 'CITIZEN');
    // Who talks: a shuffled order in which the first members write far more than the rest.
    const talkers = shuffle(random, users.slice());

    // Plans: one a year, the last one being implemented today; six themes each.
    const [{ max }] = (await client.query('SELECT coalesce(max(number), 0) AS max FROM action_plans')).rows;
    const lastStart = monthStart(new Date(until.getTime() - 150 * DAY));
    const plans = Array.from({ length: size.plans }, (_, index) => {
      const start = addYears(lastStart, index - size.plans + 1);
      const end = new Date(addYears(start, 1).getTime() - DAY);
      const number = Number(max) + index + 1;
      const current = index === size.plans - 1;
      return { id: randomUUID(), number, start, end, status: current ? 'IMPLEMENTATION' : 'CLOSED', closedAt: current ? null : new Date(end.getTime() + DAY) };
    });
    await copy('action_plans', ['id', 'number', 'title', 'title_ko', 'period_start', 'period_end', 'status', 'adopted_at', 'closed_at', 'created_at'],
      plans.map((p) => [p.id, p.number, `${ordinal(p.number)} National Action Plan (${p.start.getUTCFullYear()}–${p.end.getUTCFullYear()})`, `제${p.number}차 국가행동계획`, day(p.start), day(p.end), p.status, p.start, p.closedAt, new Date(p.start.getTime() - 300 * DAY)]));
    const themes = plans.flatMap((plan) => THEMES.map(([en, ko], index) => ({ id: randomUUID(), planId: plan.id, position: index + 1, title: `${index + 1}. ${en}`, titleKo: `${index + 1}. ${ko}` })));
    await copy('themes', ['id', 'plan_id', 'position', 'title', 'title_ko'], themes.map((t) => [t.id, t.planId, t.position, t.title, t.titleKo]));

    // Commitments, ten letters per theme, led by a ministry with one of its members as point of contact.
    const commitments = plans.flatMap((plan) =>
      Array.from({ length: size.commitmentsPerPlan }, (_, index) => {
        const theme = themes.find((t) => t.planId === plan.id && t.position === (index % THEMES.length) + 1)!;
        const letterIndex = Math.floor(index / THEMES.length);
        const ministry = random.pick(ministries);
        const contact = random.pick(contactsByMinistry.get(ministry.id) ?? [admin]);
        const start = new Date(plan.start.getTime() + random.int(0, 60) * DAY);
        const end = new Date(plan.end.getTime() - random.int(0, 60) * DAY);
        const completion: Completion = plan.status === 'CLOSED'
          ? weighted(random, [['COMPLETED', 45], ['SUBSTANTIAL', 25], ['LIMITED', 20], ['NOT_STARTED', 5], ['WITHDRAWN', 5]])
          : weighted(random, [['NOT_STARTED', 30], ['LIMITED', 50], ['SUBSTANTIAL', 15], ['COMPLETED', 5]]);
        return { id: randomUUID(), plan, themeId: theme.id, code: `${theme.position}-${letters(letterIndex)}`, ministry, contact, start, end, completion, incorporatedIntoId: null as string | null };
      }),
    );
    for (const commitment of commitments) {
      if (commitment.plan.status !== 'CLOSED' || !random.chance(0.01)) continue;
      const into = random.pick(commitments.filter((c) => c.plan === commitment.plan && c !== commitment && !c.incorporatedIntoId));
      commitment.incorporatedIntoId = into.id;
    }
    await copy('commitments',
      ['id', 'plan_id', 'theme_id', 'code', 'title', 'title_ko', 'summary', 'start', 'end', 'lead_organization_id', 'point_of_contact_id', 'contact', 'public_problem', 'description', 'how_it_solves', 'ogp_values', 'ogp_value_relevance', 'additional_info', 'next_steps', 'involved_actors', 'completion', 'incorporated_into_id', 'created_at'],
      commitments.map((c) => [c.id, c.plan.id, c.themeId, c.code, title(random, 'en'), title(random, 'ko'), paragraph(random, 2, 'en'), day(c.start), day(c.end), c.ministry.id, c.contact.id,
        `${c.contact.name}, ${c.ministry.name}`, paragraph(random, 4, 'en'), paragraph(random, 5, 'en'), paragraph(random, 3, 'en'),
        random.chance(0.5) ? ['ACCESS_TO_INFORMATION', 'PUBLIC_ACCOUNTABILITY'] : [random.pick(['ACCESS_TO_INFORMATION', 'CIVIC_PARTICIPATION', 'PUBLIC_ACCOUNTABILITY', 'TECHNOLOGY_AND_INNOVATION'])],
        paragraph(random, 2, 'en'), paragraph(random, 2, 'ko'), paragraph(random, 2, 'en'), `${c.ministry.name}; ${random.pick(csos).name}`, c.completion, c.incorporatedIntoId, c.plan.start]));

    // Milestones: the commitment's period cut in consecutive steps; past ones mostly done, some late (delayed).
    await copy('milestones', ['id', 'commitment_id', 'position', 'title', 'title_ko', 'start', 'end', 'completion'],
      (function* () {
        for (const c of commitments) {
          const step = (c.end.getTime() - c.start.getTime()) / size.milestonesPerCommitment;
          for (let position = 1; position <= size.milestonesPerCommitment; position += 1) {
            const start = new Date(c.start.getTime() + Math.floor((position - 1) * step / DAY) * DAY);
            const end = new Date(c.start.getTime() + Math.floor((position * step) / DAY) * DAY);
            const completion: Completion = c.completion === 'COMPLETED' ? 'COMPLETED'
              : end < until ? weighted(random, [['COMPLETED', 65], ['SUBSTANTIAL', 15], ['LIMITED', 15], ['NOT_STARTED', 5]])
              : weighted(random, [['NOT_STARTED', 70], ['LIMITED', 30]]);
            yield [randomUUID(), c.id, position, title(random, 'en'), title(random, 'ko'), day(start), day(end), completion];
          }
        }
      })());

    // Progress updates by each commitment's contact, over its period up to today; the last one gives its completion.
    const updateCounts = spread(random, size.progressUpdates, commitments.length, 0.6);
    const updatesByCommitment = new Map<string, { id: string; at: Date; authorId: string }[]>();
    await copy('progress_updates', ['id', 'commitment_id', 'author_id', 'body', 'completion', 'evidence_links', 'posted_at', 'created_at'],
      (function* () {
        for (const [index, c] of commitments.entries()) {
          const times = sortedTimes(random, updateCounts[index], c.start, minDate(new Date(c.end.getTime() + 60 * DAY), until));
          const updates = times.map((at) => ({ id: randomUUID(), at, authorId: c.contact.id }));
          updatesByCommitment.set(c.id, updates);
          for (const [n, update] of updates.entries()) {
            const completion = n === updates.length - 1 ? c.completion : COMPLETIONS[Math.min(3, Math.floor((n / updates.length) * 3))];
            const links = random.chance(0.3) ? [`https://www.open.go.kr/evidence/${c.code}/${n + 1}`] : [];
            yield [update.id, c.id, update.authorId, paragraph(random, random.int(2, 6), random.chance(0.6) ? 'ko' : 'en'), completion, links, update.at, update.at];
          }
        }
      })());

    // Proposals of each plan's co-creation: decided, with their reasoned responses; parked ones in the plan's working group.
    const workingGroups = plans.map((plan) => ({ id: randomUUID(), planId: plan.id }));
    await copy('working_groups', ['id', 'plan_id', 'name', 'description'], workingGroups.map((g, index) => [g.id, g.planId, `Working group of plan ${plans[index].number}`, paragraph(random, 2, 'ko')]));
    const proposals: { id: string; createdAt: Date }[] = [];
    await copy('proposals',
      ['id', 'plan_id', 'title', 'problem', 'proposed_action', 'expected_results', 'ogp_values', 'proposer_id', 'organization_id', 'co_sponsor_organization_ids', 'status', 'submitted_at', 'rationale', 'decided_at', 'decided_by_id', 'merged_into_id', 'working_group_id', 'commitment_id', 'suggested_lead_agency', 'created_at', 'updated_at'],
      (function* () {
        for (const [planIndex, plan] of plans.entries()) {
          const count = Math.floor(size.proposals / plans.length) + (planIndex < size.proposals % plans.length ? 1 : 0);
          const planCommitments = commitments.filter((c) => c.plan === plan);
          const selected: string[] = [];
          for (let n = 0; n < count; n += 1) {
            const proposer = random.pick(proposers);
            const createdAt = new Date(plan.start.getTime() - random.int(120, 300) * DAY);
            const submittedAt = new Date(createdAt.getTime() + random.int(1, 20) * DAY);
            const status = n === 0 ? 'SELECTED' : weighted(random, [['SELECTED', 15], ['MERGED', 10], ['PARKED', 15], ['DECLINED', 50], ['WITHDRAWN', 10]]);
            const id = randomUUID();
            const decided = status !== 'WITHDRAWN';
            if (status === 'SELECTED') selected.push(id);
            proposals.push({ id, createdAt });
            yield [id, plan.id, title(random, random.chance(0.6) ? 'ko' : 'en'), paragraph(random, 3, 'ko'), paragraph(random, 3, 'en'), paragraph(random, 2, 'ko'),
              [random.pick(['ACCESS_TO_INFORMATION', 'CIVIC_PARTICIPATION', 'PUBLIC_ACCOUNTABILITY', 'TECHNOLOGY_AND_INNOVATION'])],
              proposer.id, proposer.organizationId, random.chance(0.4) ? [random.pick(csos).id] : [], status, submittedAt,
              decided ? paragraph(random, 2, random.chance(0.5) ? 'ko' : 'en') : null, decided ? new Date(submittedAt.getTime() + 60 * DAY) : null, decided ? admin.id : null,
              status === 'MERGED' ? random.pick(selected) : null, status === 'PARKED' ? workingGroups[planIndex].id : null,
              status === 'SELECTED' && selected.length <= planCommitments.length ? planCommitments[selected.length - 1].id : null,
              random.pick(ministries).name, createdAt, submittedAt];
          }
        }
      })());

    // Meetings about every eighteen days over the ten years, a few still to come; held ones with published minutes.
    const first = new Date(until.getTime() - 3650 * DAY);
    const stride = (until.getTime() + 45 * DAY - first.getTime()) / size.meetings;
    const meetings = Array.from({ length: size.meetings }, (_, index) => {
      const startsAt = new Date(startOfDay(new Date(first.getTime() + index * stride)).getTime() + 5 * 3_600_000);
      const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
      const status = startsAt > until ? 'SCHEDULED' : random.chance(0.05) ? 'CANCELLED' : 'HELD';
      const published = status === 'HELD' && endsAt.getTime() + 10 * DAY < until.getTime();
      return { id: randomUUID(), number: index + 1, startsAt, endsAt, status, published, kind: weighted(random, [['REGULAR', 80], ['WORKSHOP', 15], ['SPECIAL', 5]]) };
    });
    await copy('meetings',
      ['id', 'kind', 'title', 'description', 'starts_at', 'ends_at', 'place', 'online_url', 'status', 'cancellation_reason', 'minutes_status', 'minutes_summary', 'minutes_version', 'minutes_edited_by_id', 'minutes_published_at', 'created_by_id', 'created_at'],
      meetings.map((m) => [m.id, m.kind, m.kind === 'REGULAR' ? `제${m.number}차 정기회의` : m.kind === 'WORKSHOP' ? `Workshop: ${title(random, 'en')}` : `임시회의: ${title(random, 'ko')}`,
        paragraph(random, 2, 'ko'), m.startsAt, m.endsAt, random.chance(0.7) ? '정부서울청사 별관 3층 대회의실' : 'Seoul Global Center, 2F', random.chance(0.5) ? 'https://meet.example.org/ogp-forum' : null,
        m.status, m.status === 'CANCELLED' ? '정족수 부족으로 연기합니다.' : null, m.published ? 'PUBLISHED' : 'DRAFT', m.status === 'HELD' ? paragraph(random, 4, 'ko') : '',
        m.published ? random.int(1, 4) : 1, m.status === 'HELD' ? admin.id : null, m.published ? new Date(m.endsAt.getTime() + 7 * DAY) : null, admin.id, new Date(m.startsAt.getTime() - 30 * DAY)]));
    const activeCommitments = (at: Date) => commitments.filter((c) => c.start <= at && at <= c.end);
    const agendaItems = meetings.flatMap((m) => {
      const active = activeCommitments(m.startsAt);
      return Array.from({ length: 5 }, (_, index) => ({ id: randomUUID(), meeting: m, position: index + 1, commitment: active.length && random.chance(0.6) ? random.pick(active) : null }));
    });
    await copy('agenda_items', ['id', 'meeting_id', 'position', 'title', 'commitment_id', 'presenter_id', 'minutes_allotted', 'notes', 'notes_version'],
      agendaItems.map((a) => [a.id, a.meeting.id, a.position, a.commitment ? `${a.commitment.code} 이행 점검` : title(random, 'ko'), a.commitment?.id ?? null,
        a.commitment?.contact.id ?? random.pick(members).id, random.pick([10, 15, 20, 30]), a.meeting.status === 'HELD' ? paragraph(random, 3, 'ko') : '', 1]));
    const held = agendaItems.filter((a) => a.meeting.status === 'HELD' && a.position <= 2);
    await copy('meeting_decisions', ['id', 'meeting_id', 'agenda_item_id', 'text', 'created_at'], held.map((a) => [randomUUID(), a.meeting.id, a.id, paragraph(random, 1, 'ko'), a.meeting.endsAt]));
    await copy('action_items', ['id', 'meeting_id', 'agenda_item_id', 'title', 'assignee_id', 'due_date', 'commitment_id', 'done_at', 'done_by_id', 'created_at'],
      held.map((a) => {
        const due = new Date(a.meeting.startsAt.getTime() + 30 * DAY);
        const done = due.getTime() < until.getTime() - 30 * DAY && random.chance(0.85);
        const assignee = a.commitment?.contact ?? random.pick(members);
        return [randomUUID(), a.meeting.id, a.id, title(random, 'ko'), assignee.id, day(due), a.commitment?.id ?? null, done ? due : null, done ? assignee.id : null, a.meeting.endsAt];
      }));
    await copy('meeting_rsvps', ['meeting_id', 'user_id', 'answer', 'answered_at'],
      meetings.flatMap((m) => sample(random, members, 20).map((u) => [m.id, u.id, weighted(random, [['YES', 70], ['NO', 15], ['MAYBE', 15]]), new Date(m.startsAt.getTime() - random.int(1, 14) * DAY)])));
    await copy('meeting_attendance', ['meeting_id', 'user_id', 'recorded_by_id', 'recorded_at'],
      meetings.filter((m) => m.status === 'HELD').flatMap((m) => sample(random, members, 25).map((u) => [m.id, u.id, admin.id, m.endsAt])));

    // The discussion: most of it on commitments, then proposals, meetings and their agenda items; a few threads are long.
    type Subject = { type: string; id: string; from: Date; to: Date; updates?: { id: string; at: Date }[] };
    const subjects: { kind: Subject[]; share: number }[] = [
      { share: 0.6, kind: commitments.map((c) => ({ type: 'COMMITMENT', id: c.id, from: c.start, to: minDate(new Date(c.plan.end.getTime() + 90 * DAY), until), updates: updatesByCommitment.get(c.id) })) },
      { share: 0.25, kind: proposals.map((p) => ({ type: 'PROPOSAL', id: p.id, from: p.createdAt, to: minDate(new Date(p.createdAt.getTime() + 120 * DAY), until) })) },
      { share: 0.1, kind: meetings.map((m) => ({ type: 'MEETING', id: m.id, from: new Date(m.startsAt.getTime() - 14 * DAY), to: minDate(new Date(m.endsAt.getTime() + 30 * DAY), until) })) },
      { share: 0.05, kind: agendaItems.map((a) => ({ type: 'AGENDA_ITEM', id: a.id, from: new Date(a.meeting.startsAt.getTime() - 7 * DAY), to: minDate(new Date(a.meeting.endsAt.getTime() + 14 * DAY), until) })) },
    ];
    const threads: { subject: Subject; comments: number }[] = [];
    let assigned = 0;
    for (const [index, { kind, share }] of subjects.entries()) {
      const total = index === subjects.length - 1 ? size.comments - assigned : Math.round(size.comments * share);
      assigned += total;
      const order = shuffle(random, kind.slice());
      spread(random, total, order.length, 2.2).forEach((count, n) => threads.push({ subject: order[n], comments: count }));
    }
    const busiest = threads.filter((t) => t.subject.type === 'COMMITMENT' && commitments.find((c) => c.id === t.subject.id)!.plan.status === 'IMPLEMENTATION')
      .sort((a, b) => b.comments - a.comments)[0] ?? threads.find((t) => t.subject.type === 'COMMITMENT')!;

    const events: unknown[][] = [];
    const lastSeq: unknown[][] = [];
    await copy('comments', ['id', 'subject_type', 'subject_id', 'seq', 'parent_id', 'author_id', 'body', 'created_at', 'hidden_at', 'hidden_reason', 'hidden_by_id'],
      (function* () {
        for (const { subject, comments: count } of threads) {
          type Entry = { at: Date; kind: 'comment' | 'update' | 'hidden'; id: string };
          const entries: Entry[] = (subject.updates ?? []).map((u) => ({ at: u.at, kind: 'update' as const, id: u.id }));
          const comments = sortedTimes(random, count, subject.from, subject.to > subject.from ? subject.to : new Date(subject.from.getTime() + DAY))
            .map((at) => ({ at, kind: 'comment' as const, id: randomUUID(), hidden: random.chance(0.003) }));
          for (const comment of comments) {
            entries.push(comment);
            if (comment.hidden) entries.push({ at: new Date(comment.at.getTime() + DAY / 2), kind: 'hidden', id: comment.id });
          }
          entries.sort((a, b) => a.at.getTime() - b.at.getTime());
          const topLevel: string[] = [];
          const hiddenAt = new Map(entries.filter((e) => e.kind === 'hidden').map((e) => [e.id, e.at]));
          for (const [index, entry] of entries.entries()) {
            const seq = index + 1;
            if (entry.kind === 'update') {
              events.push([subject.type, subject.id, seq, 'update:posted', null, entry.id, entry.at]);
              continue;
            }
            events.push([subject.type, subject.id, seq, entry.kind === 'hidden' ? 'comment:hidden' : 'comment:created', entry.id, null, entry.at]);
            if (entry.kind === 'hidden') continue;
            const reply = topLevel.length > 0 && random.chance(0.3);
            const parentId = reply ? topLevel[Math.max(0, topLevel.length - 1 - random.int(0, 19))] : null;
            if (!reply) topLevel.push(entry.id);
            const hidden = hiddenAt.get(entry.id);
            yield [entry.id, subject.type, subject.id, seq, parentId, talkers[random.skewed(talkers.length, 2.5)].id, commentText(random), entry.at,
              hidden ?? null, hidden ? '커뮤니티 가이드라인 위반 (personal attack)' : null, hidden ? admin.id : null];
          }
          if (entries.length) lastSeq.push([subject.type, subject.id, entries.length]);
        }
      })());
    // Commitments with updates but no comments still have a thread.
    const counted = new Set(lastSeq.map((row) => row[1]));
    for (const c of commitments) {
      const updates = updatesByCommitment.get(c.id)!;
      if (counted.has(c.id) || !updates.length) continue;
      updates.forEach((u, index) => events.push(['COMMITMENT', c.id, index + 1, 'update:posted', null, u.id, u.at]));
      lastSeq.push(['COMMITMENT', c.id, updates.length]);
    }
    await copy('thread_events', ['subject_type', 'subject_id', 'seq', 'type', 'comment_id', 'progress_update_id', 'created_at'], events);
    await copy('subject_sequences', ['subject_type', 'subject_id', 'last_seq'], lastSeq);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { size, rows, currentPlanId: plans[plans.length - 1].id, busiestCommitmentId: busiest.subject.id, ms: Date.now() - started };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** COPY's text format: tab-separated, \N for null, arrays as PostgreSQL array literals, objects as JSON. */
function copyLine(values: unknown[]): string {
  return values.map(copyValue).join('\t') + '\n';
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeCopy(`{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  if (typeof value === 'object') return escapeCopy(JSON.stringify(value));
  return escapeCopy(String(value));
}

function escapeCopy(text: string): string {
  return text.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/** Lines for COPY in chunks of a few hundred rows, counting them. */
function* batched(rows: Iterable<unknown[]>, count: (n: number) => void): Generator<string> {
  let chunk = '';
  let n = 0;
  for (const row of rows) {
    chunk += copyLine(row);
    n += 1;
    if (n % 500 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
  count(n);
}

/** `total` things over `n` buckets, skewed towards the first buckets by `exponent` (1 is even, higher is steeper). */
function spread(random: Random, total: number, n: number, exponent: number): number[] {
  const counts = new Array<number>(n).fill(0);
  if (!n) return counts;
  for (let index = 0; index < total; index += 1) counts[random.skewed(n, exponent)] += 1;
  return counts;
}

function sortedTimes(random: Random, count: number, from: Date, to: Date): Date[] {
  const span = Math.max(0, to.getTime() - from.getTime());
  return Array.from({ length: count }, () => from.getTime() + Math.floor(random.next() * span)).sort((a, b) => a - b).map((ms) => new Date(ms));
}

function weighted<T extends string>(random: Random, choices: [T, number][]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random.next() * total;
  for (const [choice, weight] of choices) if ((at -= weight) < 0) return choice;
  return choices[choices.length - 1][0];
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

function sample<T>(random: Random, items: T[], count: number): T[] {
  return shuffle(random, items.slice()).slice(0, Math.min(count, items.length));
}

function letters(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : letters(Math.floor(index / 26) - 1) + String.fromCharCode(97 + (index % 26));
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const startOfDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
const monthStart = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
const addYears = (date: Date, years: number) => new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const day = (date: Date) => date.toISOString().slice(0, 10);
