import { Ajv } from 'ajv';
import { strFromU8, unzipSync } from 'fflate';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { nextSeq } from '../discussion/thread-log.js';
import { csvFile, schemaFile, type OpenDataRow } from './open-data.files.js';
import { OPEN_DATA_TABLES } from './open-data.tables.js';

/**
 * `npm run import`: loads a whole-forum open-data archive (GET /open-data/ogp-forum.zip) into an empty installation.
 * The archive is checked completely before anything is written — every file present, every JSON file valid against
 * this version's schema.json, every CSV the same as its JSON, references between tables that the database cannot check
 * (comments' and documents' subjects) — and then written in one transaction: all or nothing.
 */

/** Why an import was refused; the CLI turns each kind into its exit code. */
export type ImportRefusalKind = 'ARCHIVE_INVALID' | 'DATABASE_NOT_EMPTY';

export class ImportRefusal extends Error {
  constructor(
    readonly kind: ImportRefusalKind,
    message: string,
  ) {
    super(message);
  }
}

const invalid = (message: string) => new ImportRefusal('ARCHIVE_INVALID', message);

export type ImportTables = Record<string, OpenDataRow[]>;

export interface CheckedArchive {
  sha256: string;
  tables: ImportTables;
}

const WHOLE_FORUM_HEADING = '# OGP Forum open data: the whole forum';

/** Unzips and checks an archive; throws ImportRefusal('ARCHIVE_INVALID') naming the first problem found. */
export function checkArchive(zip: Uint8Array): CheckedArchive {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (error) {
    throw invalid(`not a zip archive (${(error as Error).message})`);
  }
  const text = (name: string) => {
    const bytes = entries[name];
    if (!bytes) throw invalid(`${name} is missing`);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  };
  const expected = new Set(['README.md', 'LICENSE.md', 'schema.json', ...OPEN_DATA_TABLES.flatMap((t) => [`${t.name}.csv`, `${t.name}.json`])]);
  for (const name of expected) text(name);
  const unexpected = Object.keys(entries).filter((name) => !expected.has(name));
  if (unexpected.length) throw invalid(`unexpected file ${unexpected[0]}: this is not an archive of this version of ogp-forum`);
  if (!text('README.md').startsWith(`${WHOLE_FORUM_HEADING}\n`)) {
    throw invalid('this is the archive of one plan; import the archive of the whole forum (GET /open-data/ogp-forum.zip)');
  }
  const schema = schemaFile();
  if (text('schema.json') !== schema) throw invalid('schema.json differs from this version\'s: the archive was made by another version of ogp-forum, or changed');

  const tables: ImportTables = {};
  for (const table of OPEN_DATA_TABLES) {
    try {
      tables[table.name] = JSON.parse(text(`${table.name}.json`)) as OpenDataRow[];
    } catch (error) {
      throw invalid(`${table.name}.json is not valid JSON (${(error as Error).message})`);
    }
  }
  const ajv = new Ajv({ allErrors: false });
  const validate = ajv.compile(JSON.parse(schema));
  const files = Object.fromEntries(OPEN_DATA_TABLES.map((t) => [`${t.name}.json`, tables[t.name]]));
  if (!validate(files)) {
    const [error] = validate.errors!;
    throw invalid(`${error.instancePath.replace(/^\//, '').replace(/~1/g, '/')} ${error.message} (schema.json)`);
  }
  // The JSON files are the exact values; each CSV must say the same, or the archive was changed or damaged.
  for (const table of OPEN_DATA_TABLES) {
    if (text(`${table.name}.csv`) !== csvFile(table, tables[table.name])) {
      throw invalid(`${table.name}.csv does not match ${table.name}.json: the archive was changed or damaged`);
    }
  }
  checkSubjects(tables);
  return { sha256: createHash('sha256').update(zip).digest('hex'), tables };
}

/** Comments and documents name their subject by type and id, without a foreign key: the import checks them. */
function checkSubjects(tables: ImportTables): void {
  const ids = (table: string) => new Set(tables[table].map((row) => row.id as string));
  const subjects: Record<string, Set<string>> = {
    PLAN: ids('plans'),
    COMMITMENT: ids('commitments'),
    IRM_RECOMMENDATION: ids('irm_recommendations'),
    PROPOSAL: ids('proposals'),
    MEETING: ids('meetings'),
    AGENDA_ITEM: ids('agenda_items'),
    REPORT: ids('report_consultations'),
  };
  for (const table of ['public_comments', 'documents']) {
    for (const row of tables[table]) {
      if (!subjects[row.subject_type as string]?.has(row.subject_id as string)) {
        throw invalid(`${table}.json: row ${row.id} is on ${row.subject_type} ${row.subject_id}, which is not in the archive`);
      }
    }
  }
  for (const r of tables.reasoned_responses) {
    if (!tables.proposals.some((p) => p.id === r.proposal_id && p.status === r.outcome)) throw invalid(`reasoned_responses.json: proposal ${r.proposal_id} is not a ${r.outcome} proposal of proposals.json`);
  }
  for (const row of tables.documents) {
    if (row.url !== `/attachments/${row.id}`) throw invalid(`documents.json: row ${row.id} has the url ${row.url}, not /attachments/${row.id}`);
  }
}

/** Every table of the schema with its number of rows, for the tables that have any. */
export async function nonEmptyTables(db: DataSource | EntityManager): Promise<Record<string, number>> {
  const connection = 'connection' in db ? db.connection : db;
  const names = [...new Set(connection.entityMetadatas.map((metadata) => metadata.tableName))].sort();
  const counts: Record<string, number> = {};
  for (const name of names) {
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM "${name}"`);
    if (count > 0) counts[name] = count;
  }
  return counts;
}

export function notEmptyMessage(counts: Record<string, number>): string {
  const listed = Object.entries(counts).map(([table, count]) => `${table} ${count}`).join(', ');
  return `the database is not empty (${listed}); import only into a new installation: an empty DATA_DIR, or an empty database in DATABASE_URL`;
}

type Row = OpenDataRow;
const str = (value: unknown) => value as string | null;

/**
 * Writes the archive's rows inside the caller's transaction, in the order their references need. Rows the archive does
 * not carry are not invented: no people (authors, contacts, uploaders stay empty), no online links or attendance.
 */
export async function writeArchive(tx: EntityManager, tables: ImportTables): Promise<Record<string, number>> {
  const insert = async (table: string, values: Record<string, unknown>) => {
    const columns = Object.keys(values);
    await tx.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(values));
  };
  // Rows whose order in the export rests on a time the archive does not carry get increasing times in file order.
  const base = Date.now();
  const inFileOrder = (index: number) => new Date(base + index);

  for (const o of tables.organizations) await insert('organizations', { id: o.id, key: o.key, name: o['name/en'], name_ko: o['name/ko'], kind: o.kind });

  const rulesByLanguage = new Map<string, Row[]>();
  for (const v of tables.forum_rules) rulesByLanguage.set(v.language as string, [...(rulesByLanguage.get(v.language as string) ?? []), v]);
  for (const [language, versions] of rulesByLanguage) {
    const current = versions.reduce((a, b) => ((a.version as number) > (b.version as number) ? a : b));
    const [{ id }] = await tx.query(`INSERT INTO forum_rules (locale, text, version, updated_at, seeded) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      language, current.text, current.version, current.saved_at, current.seeded,
    ]);
    for (const v of versions) await insert('forum_rules_versions', { id: v.id, rules_id: id, version: v.version, text: v.text, created_at: v.saved_at, seeded: v.seeded });
  }

  for (const p of tables.plans) {
    await insert('action_plans', {
      id: p.id, number: p.number, title: p['title/en'], title_ko: p['title/ko'], period_start: p.period_start, period_end: p.period_end, status: p.status,
      call_opens_on: p.call_opens_on, call_closes_on: p.call_closes_on, review_closes_on: p.review_closes_on, drafting_closes_on: p.drafting_closes_on,
      due_on: p.due_on, adopted_at: p.adopted_at, closed_at: p.closed_at,
    });
  }
  for (const t of tables.themes) await insert('themes', { id: t.id, plan_id: t.plan_id, position: t.position, title: t['title/en'], title_ko: t['title/ko'] });
  for (const c of tables.commitments) {
    await insert('commitments', {
      id: c.id, plan_id: c.plan_id, theme_id: c.theme_id, code: c.code, title: c['title/en'], title_ko: c['title/ko'], summary: c.summary, start: c.start, end: c.end,
      lead_organization_id: c.lead_organization_id, contact: c.contact, public_problem: c.public_problem, description: c.description, how_it_solves: c.how_it_solves,
      ogp_values: c.ogp_values, ogp_value_relevance: c.ogp_value_relevance, additional_info: c.additional_info, next_steps: c.next_steps,
      involved_actors: c.involved_actors, completion: c.completion,
    });
  }
  // A commitment may be incorporated into one listed after it: the links go in once all exist.
  for (const c of tables.commitments.filter((row) => row.incorporated_into_id)) await tx.query(`UPDATE commitments SET incorporated_into_id = $2 WHERE id = $1`, [c.id, c.incorporated_into_id]);
  for (const m of tables.milestones) {
    await insert('milestones', { id: m.id, commitment_id: m.commitment_id, position: m.position, title: m['title/en'], title_ko: m['title/ko'], start: m.start, end: m.end, completion: m.completion });
  }
  for (const u of tables.progress_updates) {
    await insert('progress_updates', { id: u.id, commitment_id: u.commitment_id, body: u.body, completion: u.completion, evidence_links: u.evidence_links, posted_at: u.posted_at });
  }
  for (const r of tables.irm_recommendations) {
    await insert('irm_recommendations', { id: r.id, plan_id: r.plan_id, number: r.number, text: r['text/en'], text_ko: r['text/ko'], government_response: r.government_response, status: r.status });
    for (const commitmentId of r.commitment_ids as string[]) await insert('irm_recommendation_commitments', { irm_recommendations_id: r.id, commitments_id: commitmentId });
  }

  for (const m of tables.meetings) {
    await insert('meetings', {
      id: m.id, kind: m.kind, title: m.title, description: m.description, starts_at: m.starts_at, ends_at: m.ends_at, place: m.place, status: m.status,
      cancellation_reason: m.cancellation_reason, sample: m.sample,
      minutes_status: m.minutes_published_at ? 'PUBLISHED' : 'DRAFT', minutes_summary: m.minutes_summary, minutes_published_at: m.minutes_published_at,
    });
  }
  const reasons = new Map(tables.reasoned_responses.map((r) => [r.proposal_id as string, r]));
  for (const p of tables.proposals) {
    const response = reasons.get(p.id as string);
    await insert('proposals', {
      id: p.id, plan_id: p.plan_id, title: p.title, problem: p.problem, proposed_action: p.proposed_action, expected_results: p.expected_results,
      ogp_values: p.ogp_values, suggested_lead_agency: p.suggested_lead_agency, organization_id: p.organization_id, co_sponsor_organization_ids: p.co_sponsor_ids,
      status: p.status, submitted_at: p.submitted_at, commitment_id: p.commitment_id, rationale: response?.rationale ?? null, decided_at: response?.decided_at ?? null,
    });
  }
  for (const p of tables.proposals.filter((row) => row.merged_into_id)) await tx.query(`UPDATE proposals SET merged_into_id = $2 WHERE id = $1`, [p.id, p.merged_into_id]);
  for (const a of tables.agenda_items) {
    await insert('agenda_items', { id: a.id, meeting_id: a.meeting_id, position: a.position, title: a.title, commitment_id: a.commitment_id, proposal_id: a.proposal_id, minutes_allotted: a.minutes_allotted, notes: a.notes });
  }
  for (const [index, d] of tables.decisions.entries()) await insert('meeting_decisions', { id: d.id, meeting_id: d.meeting_id, agenda_item_id: d.agenda_item_id, text: d.text, created_at: inFileOrder(index) });
  for (const a of tables.action_items) {
    await insert('action_items', { id: a.id, meeting_id: a.meeting_id, agenda_item_id: a.agenda_item_id, title: a.title, due_date: a.due_date, commitment_id: a.commitment_id, done_at: a.done_at });
  }

  for (const c of tables.report_consultations) await insert('report_consultations', { id: c.id, plan_id: c.plan_id, kind: c.kind, opens_on: c.opens_on, closes_on: c.closes_on });
  for (const s of tables.report_sections) {
    await insert('report_narratives', { id: s.id, plan_id: s.plan_id, kind: s.kind, key: s.section, locale: s.language, text: s.text, version: s.version, updated_at: s.updated_at });
    // Only the last version travels: it is kept under its own number.
    await insert('report_narrative_versions', { narrative_id: s.id, version: s.version, text: s.text, created_at: s.updated_at });
  }

  // Each subject's thread log: progress updates and comments in the order they were posted, numbered from 1.
  const thread = [
    ...tables.progress_updates.map((u) => ({ at: str(u.posted_at)!, id: u.id as string, subjectType: 'COMMITMENT', subjectId: u.commitment_id as string, comment: null as Row | null })),
    ...tables.public_comments.map((c) => ({ at: str(c.created_at)!, id: c.id as string, subjectType: c.subject_type as string, subjectId: c.subject_id as string, comment: c as Row | null })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const parents: Row[] = [];
  for (const item of thread) {
    const subject = { subjectType: item.subjectType as never, subjectId: item.subjectId };
    const seq = await nextSeq(tx, subject);
    if (item.comment) {
      const c = item.comment;
      // Replies go in once every comment exists: a parent may have been posted in the same millisecond.
      await insert('comments', { id: c.id, subject_type: c.subject_type, subject_id: c.subject_id, seq, body: c.body, created_at: c.created_at, edited_at: c.edited_at });
      if (c.parent_id) parents.push(c);
      await insert('thread_events', { subject_type: c.subject_type, subject_id: c.subject_id, seq, type: 'comment:created', comment_id: c.id, created_at: c.created_at });
    } else {
      await insert('thread_events', { subject_type: 'COMMITMENT', subject_id: item.subjectId, seq, type: 'update:posted', progress_update_id: item.id, created_at: item.at });
    }
  }
  for (const c of parents) await tx.query(`UPDATE comments SET parent_id = $2 WHERE id = $1`, [c.id, c.parent_id]);

  for (const d of tables.documents) {
    await insert('attachments', { id: d.id, subject_type: d.subject_type, subject_id: d.subject_id, name: d.name, size: d.size, content_type: d.content_type, sha256: d.sha256, created_at: d.uploaded_at });
  }
  return Object.fromEntries(OPEN_DATA_TABLES.map((t) => [t.name, tables[t.name].length]));
}
