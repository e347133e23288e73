/**
 * The open-data export, defined once: every file's name, columns, their types and meanings, and the SQL that reads only
 * what an anonymous visitor may read (DESIGN.md §3). The CSV and JSON files, schema.json and README.md are all generated
 * from this list. `$1` is the plan's id (null for the whole forum), `$2` the forum's time zone.
 */
import { heldInPeriodSql } from '../meetings/held-in-period.sql.js';
import { publicProposalSql } from '../proposals/readable-proposals.sql.js';

export type ColumnType = 'id' | 'string' | 'integer' | 'boolean' | 'date' | 'datetime' | 'list';

export interface OpenDataColumn {
  name: string;
  type: ColumnType;
  nullable?: boolean;
  description: string;
}

export interface OpenDataTable {
  name: string;
  description: string;
  columns: OpenDataColumn[];
  sql: string;
}

const id = (name: string, description: string, nullable = false): OpenDataColumn => ({ name, type: 'id', nullable, description });
const text = (name: string, description: string, nullable = false): OpenDataColumn => ({ name, type: 'string', nullable, description });
const bilingual = (name: string, what: string): OpenDataColumn[] => [
  text(`${name}/en`, `${what}, in English (the original).`),
  text(`${name}/ko`, `${what}, in Korean, where it was translated.`, true),
];

/** Proposals that reached the forum: a draft, or a draft withdrawn before submission, stays private. */
const SUBMITTED = publicProposalSql('pr');
const IN_PLAN = (column: string) => `($1::uuid IS NULL OR ${column} = $1)`;
const MEETING_IN_SCOPE = `($1::uuid IS NULL OR EXISTS (SELECT 1 FROM action_plans p WHERE p.id = $1 AND ${heldInPeriodSql('m.starts_at', '$2', 'p.period_start', 'p.period_end')}))`;

/** Comments a visitor reads: on the subjects of public threads within the scope, never those a moderator hid. */
const PUBLIC_COMMENT_SUBJECTS = `(
  (cm.subject_type = 'COMMITMENT' AND cm.subject_id IN (SELECT c.id FROM commitments c WHERE ${IN_PLAN('c.plan_id')}))
  OR (cm.subject_type = 'IRM_RECOMMENDATION' AND cm.subject_id IN (SELECT r.id FROM irm_recommendations r WHERE ${IN_PLAN('r.plan_id')}))
  OR (cm.subject_type = 'PROPOSAL' AND cm.subject_id IN (SELECT pr.id FROM proposals pr WHERE ${SUBMITTED} AND ${IN_PLAN('pr.plan_id')}))
  OR (cm.subject_type = 'MEETING' AND cm.subject_id IN (SELECT m.id FROM meetings m WHERE ${MEETING_IN_SCOPE}))
  OR (cm.subject_type = 'AGENDA_ITEM' AND cm.subject_id IN (SELECT a.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE ${MEETING_IN_SCOPE}))
  OR (cm.subject_type = 'REPORT' AND cm.subject_id IN (SELECT rc.id FROM report_consultations rc WHERE ${IN_PLAN('rc.plan_id')})))`;

/**
 * Documents a visitor may download (GET /attachments/:id without a token): those of plans, commitments and meetings,
 * and of proposals that reached the forum; a draft proposal's stay with its authors.
 */
const PUBLIC_DOCUMENTS = `(
  (d.subject_type = 'PLAN' AND d.subject_id IN (SELECT p.id FROM action_plans p WHERE ${IN_PLAN('p.id')}))
  OR (d.subject_type = 'COMMITMENT' AND d.subject_id IN (SELECT c.id FROM commitments c WHERE ${IN_PLAN('c.plan_id')}))
  OR (d.subject_type = 'MEETING' AND d.subject_id IN (SELECT m.id FROM meetings m WHERE ${MEETING_IN_SCOPE}))
  OR (d.subject_type = 'PROPOSAL' AND d.subject_id IN (SELECT pr.id FROM proposals pr WHERE ${SUBMITTED} AND ${IN_PLAN('pr.plan_id')})))`;

export const OPEN_DATA_TABLES: OpenDataTable[] = [
  {
    name: 'organizations',
    description: 'The ministries, civil-society organisations and other bodies taking part in the forum.',
    columns: [
      id('id', 'The organisation\'s identifier.'),
      text('key', 'A stable short name, e.g. mois or open-net.'),
      ...bilingual('name', 'Its name'),
      text('kind', 'GOVERNMENT, CIVIL_SOCIETY, ACADEMIA, PRIVATE_SECTOR, MULTILATERAL, LEGISLATURE or JUDICIARY.'),
    ],
    sql: `SELECT o.id, o.key, o.name AS "name/en", o.name_ko AS "name/ko", o.kind::text FROM organizations o ORDER BY o.key`,
  },
  {
    name: 'forum_rules',
    description: 'The forum\'s basic rules (OGP standard 1.1), every saved version in each language; the highest version of a language is the text its page shows.',
    columns: [
      id('id', 'The version\'s identifier.'),
      text('language', 'en or ko.'),
      { name: 'version', type: 'integer', description: 'Its number, from 1.' },
      text('text', 'The rules (Markdown).'),
      { name: 'saved_at', type: 'datetime', description: 'When it was saved.' },
      { name: 'seeded', type: 'boolean', description: 'true for a text loaded from a source document when the platform was installed, not written in the forum.' },
    ],
    sql: `SELECT v.id, r.locale::text AS language, v.version, v.text, v.created_at AS saved_at, v.seeded
          FROM forum_rules_versions v JOIN forum_rules r ON r.id = v.rules_id ORDER BY r.locale, v.version`,
  },
  {
    name: 'plans',
    description: 'National Action Plans, with their period, status and co-creation calendar.',
    columns: [
      id('id', 'The plan\'s identifier.'),
      { name: 'number', type: 'integer', description: '3 for the 3rd National Action Plan.' },
      ...bilingual('title', 'The plan\'s title'),
      { name: 'period_start', type: 'date', description: 'First day of the plan\'s term.' },
      { name: 'period_end', type: 'date', description: 'Last day of the plan\'s term.' },
      text('status', 'CO_CREATION, IMPLEMENTATION or CLOSED.'),
      { name: 'call_opens_on', type: 'date', nullable: true, description: 'The day the call for proposals opens.' },
      { name: 'call_closes_on', type: 'date', nullable: true, description: 'The last day of the call for proposals.' },
      { name: 'review_closes_on', type: 'date', nullable: true, description: 'The last day of the review of proposals.' },
      { name: 'drafting_closes_on', type: 'date', nullable: true, description: 'The last day of drafting the commitments.' },
      { name: 'due_on', type: 'date', nullable: true, description: 'OGP\'s due date for the plan.' },
      { name: 'adopted_at', type: 'datetime', nullable: true, description: 'When its commitments were adopted on the platform.' },
      { name: 'closed_at', type: 'datetime', nullable: true, description: 'When its term was closed on the platform.' },
    ],
    sql: `SELECT id, number, title AS "title/en", title_ko AS "title/ko", period_start::text, period_end::text, status::text,
            call_opens_on::text, call_closes_on::text, review_closes_on::text, drafting_closes_on::text, due_on::text, adopted_at, closed_at
          FROM action_plans WHERE ${IN_PLAN('id')} ORDER BY number`,
  },
  {
    name: 'themes',
    description: 'The categories of a plan\'s commitments.',
    columns: [id('id', 'The theme\'s identifier.'), id('plan_id', 'Its plan (plans.id).'), { name: 'position', type: 'integer', description: 'The number the plan gives the theme.' }, ...bilingual('title', 'The theme\'s title')],
    sql: `SELECT t.id, t.plan_id, t.position, t.title AS "title/en", t.title_ko AS "title/ko"
          FROM themes t JOIN action_plans p ON p.id = t.plan_id WHERE ${IN_PLAN('t.plan_id')} ORDER BY p.number, t.position`,
  },
  {
    name: 'commitments',
    description: 'The plans\' commitments in OGP\'s template.',
    columns: [
      id('id', 'The commitment\'s identifier.'),
      id('plan_id', 'Its plan (plans.id).'),
      id('theme_id', 'Its theme (themes.id).'),
      text('code', 'Its code in the plan, e.g. 1-a.'),
      ...bilingual('title', 'The commitment\'s title'),
      text('summary', 'A short summary.'),
      { name: 'start', type: 'date', description: 'Start of implementation.' },
      { name: 'end', type: 'date', description: 'End of implementation.' },
      text('lead_organization', 'The leading ministry or agency.'),
      id('lead_organization_id', 'The leading ministry or agency (organizations.id).'),
      text('contact', 'The point of contact as the plan names it.'),
      text('public_problem', 'The public problem it addresses (Markdown).'),
      text('description', 'The commitment (Markdown).'),
      text('how_it_solves', 'How it will contribute to solve the problem (Markdown).'),
      { name: 'ogp_values', type: 'list', description: 'OGP values it is relevant to: ACCESS_TO_INFORMATION, CIVIC_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION.' },
      text('ogp_value_relevance', 'Why it is relevant to those values.'),
      text('additional_info', 'Additional information (Markdown).'),
      text('next_steps', 'Next steps (Markdown).'),
      text('involved_actors', 'Other actors involved.'),
      text('completion', 'NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETED or WITHDRAWN.'),
      id('incorporated_into_id', 'The commitment it was incorporated into (commitments.id).', true),
    ],
    sql: `SELECT c.id, c.plan_id, c.theme_id, c.code, c.title AS "title/en", c.title_ko AS "title/ko", c.summary, c.start::text AS start, c."end"::text AS "end",
            o.name AS lead_organization, c.lead_organization_id, c.contact, c.public_problem, c.description, c.how_it_solves, c.ogp_values::text[] AS ogp_values,
            c.ogp_value_relevance, c.additional_info, c.next_steps, c.involved_actors, c.completion::text, c.incorporated_into_id
          FROM commitments c JOIN action_plans p ON p.id = c.plan_id JOIN organizations o ON o.id = c.lead_organization_id
          WHERE ${IN_PLAN('c.plan_id')} ORDER BY p.number, c.code`,
  },
  {
    name: 'milestones',
    description: 'The dated milestones of each commitment.',
    columns: [
      id('id', 'The milestone\'s identifier.'),
      id('commitment_id', 'Its commitment (commitments.id).'),
      { name: 'position', type: 'integer', description: 'Its order in the commitment, from 1.' },
      ...bilingual('title', 'The milestone'),
      { name: 'start', type: 'date', description: 'Start date.' },
      { name: 'end', type: 'date', description: 'End date.' },
      text('completion', 'NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETED or WITHDRAWN.'),
    ],
    sql: `SELECT ms.id, ms.commitment_id, ms.position, ms.title AS "title/en", ms.title_ko AS "title/ko", ms.start::text AS start, ms."end"::text AS "end", ms.completion::text
          FROM milestones ms JOIN commitments c ON c.id = ms.commitment_id JOIN action_plans p ON p.id = c.plan_id
          WHERE ${IN_PLAN('c.plan_id')} ORDER BY p.number, c.code, ms.position`,
  },
  {
    name: 'progress_updates',
    description: 'Progress reported by the ministries on their commitments.',
    columns: [
      id('id', 'The update\'s identifier.'),
      id('commitment_id', 'Its commitment (commitments.id).'),
      text('body', 'What was done (Markdown).'),
      text('completion', 'The completion level it reported.'),
      { name: 'evidence_links', type: 'list', description: 'Links to evidence.' },
      { name: 'posted_at', type: 'datetime', description: 'When it was reported.' },
    ],
    sql: `SELECT u.id, u.commitment_id, u.body, u.completion::text, u.evidence_links, u.posted_at
          FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id JOIN action_plans p ON p.id = c.plan_id
          WHERE ${IN_PLAN('c.plan_id')} ORDER BY p.number, c.code, u.posted_at, u.id`,
  },
  {
    name: 'irm_recommendations',
    description: 'The Independent Reporting Mechanism\'s recommendations and the government\'s responses.',
    columns: [
      id('id', 'The recommendation\'s identifier.'),
      id('plan_id', 'The plan it was made for (plans.id).'),
      { name: 'number', type: 'integer', description: 'Its number in the IRM report.' },
      ...bilingual('text', 'The recommendation'),
      text('government_response', 'The government\'s response.'),
      text('status', 'How far it was addressed.'),
      { name: 'commitment_ids', type: 'list', description: 'Commitments that respond to it (commitments.id).' },
    ],
    sql: `SELECT r.id, r.plan_id, r.number, r.text AS "text/en", r.text_ko AS "text/ko", r.government_response, r.status::text,
            COALESCE((SELECT array_agg(rc.commitments_id::text ORDER BY rc.commitments_id) FROM irm_recommendation_commitments rc WHERE rc.irm_recommendations_id = r.id), '{}') AS commitment_ids
          FROM irm_recommendations r JOIN action_plans p ON p.id = r.plan_id WHERE ${IN_PLAN('r.plan_id')} ORDER BY p.number, r.number`,
  },
  {
    name: 'meetings',
    description: 'The forum\'s meetings. For a plan, those held in its period. The online link and attendance are for members only and are left out; minutes are included once published.',
    columns: [
      id('id', 'The meeting\'s identifier.'),
      text('kind', 'REGULAR, WORKSHOP or SPECIAL.'),
      text('title', 'Its title.'),
      text('description', 'Purpose and preparation (Markdown).'),
      { name: 'starts_at', type: 'datetime', description: 'When it starts.' },
      { name: 'ends_at', type: 'datetime', description: 'When it ends.' },
      text('place', 'Where people meet in person.', true),
      text('status', 'SCHEDULED, IN_PROGRESS, HELD or CANCELLED.'),
      text('cancellation_reason', 'Why it was cancelled.', true),
      { name: 'sample', type: 'boolean', description: 'true for illustrative data loaded by the seeds, not the record of a real meeting.' },
      text('minutes_summary', 'The published minutes\' summary (Markdown); empty until published.'),
      { name: 'minutes_published_at', type: 'datetime', nullable: true, description: 'When the minutes were published.' },
    ],
    sql: `SELECT m.id, m.kind::text, m.title, m.description, m.starts_at, m.ends_at, m.place, m.status::text, m.cancellation_reason, m.sample,
            CASE WHEN m.minutes_status = 'PUBLISHED' THEN m.minutes_summary ELSE '' END AS minutes_summary,
            CASE WHEN m.minutes_status = 'PUBLISHED' THEN m.minutes_published_at END AS minutes_published_at
          FROM meetings m WHERE ${MEETING_IN_SCOPE} ORDER BY m.starts_at, m.id`,
  },
  {
    name: 'agenda_items',
    description: 'The items of each meeting\'s agenda, with their minutes once published.',
    columns: [
      id('id', 'The item\'s identifier.'),
      id('meeting_id', 'Its meeting (meetings.id).'),
      { name: 'position', type: 'integer', description: 'Its order on the agenda, from 1.' },
      text('title', 'The item.'),
      id('commitment_id', 'The commitment it is about (commitments.id).', true),
      id('proposal_id', 'The proposal it is about (proposals.id).', true),
      { name: 'minutes_allotted', type: 'integer', nullable: true, description: 'Minutes allotted.' },
      text('notes', 'Its minutes (Markdown); empty until the meeting\'s minutes are published.'),
    ],
    sql: `SELECT a.id, a.meeting_id, a.position, a.title, a.commitment_id,
            CASE WHEN EXISTS (SELECT 1 FROM proposals pr WHERE pr.id = a.proposal_id AND ${SUBMITTED}) THEN a.proposal_id END AS proposal_id,
            a.minutes_allotted, CASE WHEN m.minutes_status = 'PUBLISHED' THEN a.notes ELSE '' END AS notes
          FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE ${MEETING_IN_SCOPE} ORDER BY m.starts_at, m.id, a.position`,
  },
  {
    name: 'decisions',
    description: 'Decisions recorded in published minutes.',
    columns: [id('id', 'The decision\'s identifier.'), id('meeting_id', 'Its meeting (meetings.id).'), id('agenda_item_id', 'Its agenda item (agenda_items.id).', true), text('text', 'The decision.')],
    sql: `SELECT d.id, d.meeting_id, d.agenda_item_id, d.text FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id
          WHERE m.minutes_status = 'PUBLISHED' AND ${MEETING_IN_SCOPE} ORDER BY m.starts_at, m.id, d.created_at, d.id`,
  },
  {
    name: 'action_items',
    description: 'Action items recorded in published minutes (who they are assigned to is for members only).',
    columns: [
      id('id', 'The action item\'s identifier.'),
      id('meeting_id', 'Its meeting (meetings.id).'),
      id('agenda_item_id', 'Its agenda item (agenda_items.id).', true),
      text('title', 'What is to be done.'),
      { name: 'due_date', type: 'date', description: 'When it is due.' },
      id('commitment_id', 'The commitment it concerns (commitments.id).', true),
      { name: 'done_at', type: 'datetime', nullable: true, description: 'When it was done.' },
    ],
    sql: `SELECT ai.id, ai.meeting_id, ai.agenda_item_id, ai.title, ai.due_date::text AS due_date, ai.commitment_id, ai.done_at
          FROM action_items ai JOIN meetings m ON m.id = ai.meeting_id
          WHERE m.minutes_status = 'PUBLISHED' AND ${MEETING_IN_SCOPE} ORDER BY m.starts_at, m.id, ai.due_date, ai.id`,
  },
  {
    name: 'proposals',
    description: 'Proposals for a plan, from their submission on (drafts stay private).',
    columns: [
      id('id', 'The proposal\'s identifier.'),
      id('plan_id', 'The plan it was made for (plans.id).'),
      text('title', 'Its title.'),
      text('problem', 'The problem it addresses.'),
      text('proposed_action', 'What it proposes.'),
      text('expected_results', 'The results it expects.'),
      { name: 'ogp_values', type: 'list', description: 'OGP values it names.' },
      text('suggested_lead_agency', 'The agency it suggests to lead.', true),
      text('organization', 'The proposing organisation.', true),
      id('organization_id', 'The proposing organisation (organizations.id).', true),
      { name: 'co_sponsors', type: 'list', description: 'Co-sponsoring organisations.' },
      { name: 'co_sponsor_ids', type: 'list', description: 'Co-sponsoring organisations (organizations.id), in the order of co_sponsors.' },
      text('status', 'SUBMITTED, UNDER_REVIEW, SELECTED, MERGED, PARKED, DECLINED or WITHDRAWN.'),
      { name: 'submitted_at', type: 'datetime', nullable: true, description: 'When it was submitted (empty for proposals recorded from before the platform).' },
      id('merged_into_id', 'The proposal it was merged into (proposals.id).', true),
      id('commitment_id', 'The commitment it became (commitments.id).', true),
    ],
    sql: `SELECT pr.id, pr.plan_id, pr.title, pr.problem, pr.proposed_action, pr.expected_results, pr.ogp_values::text[] AS ogp_values, pr.suggested_lead_agency,
            o.name AS organization, pr.organization_id,
            COALESCE((SELECT array_agg(co.name ORDER BY co.name, co.id) FROM organizations co WHERE co.id = ANY (pr.co_sponsor_organization_ids)), '{}') AS co_sponsors,
            COALESCE((SELECT array_agg(co.id::text ORDER BY co.name, co.id) FROM organizations co WHERE co.id = ANY (pr.co_sponsor_organization_ids)), '{}') AS co_sponsor_ids,
            pr.status::text, pr.submitted_at, pr.merged_into_id, pr.commitment_id
          FROM proposals pr JOIN action_plans p ON p.id = pr.plan_id LEFT JOIN organizations o ON o.id = pr.organization_id
          WHERE ${SUBMITTED} AND ${IN_PLAN('pr.plan_id')} ORDER BY p.number, pr.title, pr.id`,
  },
  {
    name: 'reasoned_responses',
    description: 'The forum\'s decision on each proposal and the reasons for it (OGP 4.1).',
    columns: [
      id('proposal_id', 'The proposal (proposals.id).'),
      text('outcome', 'SELECTED, MERGED, PARKED or DECLINED.'),
      text('rationale', 'The reasoned response (Markdown).'),
      { name: 'decided_at', type: 'datetime', nullable: true, description: 'When it was decided (empty for decisions recorded from before the platform).' },
    ],
    sql: `SELECT pr.id AS proposal_id, pr.status::text AS outcome, pr.rationale, pr.decided_at
          FROM proposals pr JOIN action_plans p ON p.id = pr.plan_id
          WHERE pr.status IN ('SELECTED', 'MERGED', 'PARKED', 'DECLINED') AND ${IN_PLAN('pr.plan_id')} ORDER BY p.number, pr.title, pr.id`,
  },
  {
    name: 'report_consultations',
    description: 'Draft self-assessment reports opened for public comment, and the period comments were taken.',
    columns: [
      id('id', 'The consultation\'s identifier (the subject of its comments in public_comments).'),
      id('plan_id', 'The plan reported on (plans.id).'),
      text('kind', 'MID_TERM or END_OF_TERM.'),
      { name: 'opens_on', type: 'date', description: 'The first day comments were taken, in the forum\'s time zone.' },
      { name: 'closes_on', type: 'date', description: 'The last day comments were taken.' },
    ],
    sql: `SELECT rc.id, rc.plan_id, rc.kind::text, rc.opens_on::text, rc.closes_on::text
          FROM report_consultations rc JOIN action_plans p ON p.id = rc.plan_id WHERE ${IN_PLAN('rc.plan_id')} ORDER BY p.number, rc.kind`,
  },
  {
    name: 'report_sections',
    description: 'The sections of the self-assessment reports that people write (introduction, notes, conclusion), as last saved; the rest of a report is generated from the other tables.',
    columns: [
      id('id', 'The section\'s identifier.'),
      id('plan_id', 'The plan reported on (plans.id).'),
      text('kind', 'MID_TERM or END_OF_TERM.'),
      text('section', 'INTRODUCTION, PROCESS_NOTE, IRM_NOTE, IMPLEMENTATION_NOTE or CONCLUSION.'),
      text('language', 'en or ko.'),
      text('text', 'The section (Markdown).'),
      { name: 'version', type: 'integer', description: 'How many times it was saved.' },
      { name: 'updated_at', type: 'datetime', description: 'When it was last saved.' },
    ],
    sql: `SELECT n.id, n.plan_id, n.kind::text, n.key::text AS section, n.locale::text AS language, n.text, n.version, n.updated_at
          FROM report_narratives n JOIN action_plans p ON p.id = n.plan_id WHERE n.version > 0 AND ${IN_PLAN('n.plan_id')}
          ORDER BY p.number, n.kind, n.key, n.locale`,
  },
  {
    name: 'public_comments',
    description: 'Comments on commitments, IRM recommendations, submitted proposals, meetings, agenda items and draft reports open for comment. Comments hidden by a moderator are left out; a reply to one has no parent_id.',
    columns: [
      id('id', 'The comment\'s identifier.'),
      text('subject_type', 'COMMITMENT, IRM_RECOMMENDATION, PROPOSAL, MEETING, AGENDA_ITEM or REPORT.'),
      id('subject_id', 'The commitment, recommendation, proposal, meeting, agenda item or report consultation (report_consultations.id) it is on.'),
      id('parent_id', 'The comment it replies to (public_comments.id).', true),
      text('body', 'The comment (Markdown; a mention is written @[Name](member id)).'),
      { name: 'created_at', type: 'datetime', description: 'When it was posted.' },
      { name: 'edited_at', type: 'datetime', nullable: true, description: 'When it was last edited.' },
    ],
    sql: `SELECT cm.id, cm.subject_type::text, cm.subject_id,
            CASE WHEN EXISTS (SELECT 1 FROM comments parent WHERE parent.id = cm.parent_id AND parent.hidden_at IS NULL) THEN cm.parent_id END AS parent_id,
            cm.body, cm.created_at, cm.edited_at
          FROM comments cm
          WHERE cm.hidden_at IS NULL AND ${PUBLIC_COMMENT_SUBJECTS}
          ORDER BY cm.created_at, cm.id`,
  },
  {
    name: 'documents',
    description: 'Documents attached to plans (the plan, IRM reports), commitments (evidence), meetings (annexes to the minutes) and submitted proposals: their description; download each at its url on the forum\'s website.',
    columns: [
      id('id', 'The document\'s identifier.'),
      text('subject_type', 'PLAN, COMMITMENT, MEETING or PROPOSAL.'),
      id('subject_id', 'The plan, commitment, meeting or proposal it is attached to.'),
      id('plan_id', 'The plan it belongs to (plans.id); empty for a meeting\'s documents.', true),
      text('name', 'The file name.'),
      { name: 'size', type: 'integer', description: 'Its size in bytes.' },
      text('sha256', 'SHA-256 of its bytes (hex), to check a download.'),
      text('content_type', 'Its type, found from its bytes (e.g. application/pdf).'),
      { name: 'uploaded_at', type: 'datetime', description: 'When it was attached.' },
      text('url', 'Where to download it, relative to the forum\'s address: /attachments/<id>.'),
    ],
    sql: `SELECT d.id, d.subject_type::text, d.subject_id,
            CASE d.subject_type WHEN 'PLAN' THEN d.subject_id
              WHEN 'COMMITMENT' THEN (SELECT c.plan_id FROM commitments c WHERE c.id = d.subject_id)
              WHEN 'PROPOSAL' THEN (SELECT pr.plan_id FROM proposals pr WHERE pr.id = d.subject_id) END AS plan_id,
            d.name, d.size, d.sha256, d.content_type, d.created_at AS uploaded_at, '/attachments/' || d.id AS url
          FROM attachments d WHERE ${PUBLIC_DOCUMENTS} ORDER BY d.created_at, d.id`,
  },
];
