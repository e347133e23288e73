import { SearchKind } from '@ogp-forum/domain';
import { readableProposalSql } from '../proposals/readable-proposals.sql.js';
import { heldInPeriodSql } from '../meetings/held-in-period.sql.js';

/**
 * The SQL of the search, one part per kind, with the visibility rules of the rest of the api (DESIGN.md §3): hidden
 * comments for nobody; drafts of proposals (and their threads and documents) for the author and the author's and
 * co-sponsoring organisations (readableProposalSql, held to canReadProposal); draft minutes and working-group threads
 * for forum members. The parameters are always these, numbered as below.
 */
export const PARAMS = {
  query: '$1::tsquery',
  readerId: '$2',
  readerOrganizationId: '$3',
  member: '$4::boolean',
  planId: '$5::uuid',
  from: '$6::date',
  to: '$7::date',
  timeZone: '$8::text',
} as const;

/** How many of the newest matches of each kind are ranked: a word in most of 500,000 comments stays fast. */
export const RANKED_PER_KIND = 1000;

const Q = PARAMS.query;
const readable = (alias: string) =>
  readableProposalSql(alias, { id: PARAMS.readerId, organizationId: PARAMS.readerOrganizationId, member: PARAMS.member });
const meetingInPlan = (alias: string) =>
  `EXISTS (SELECT 1 FROM action_plans p WHERE p.id = ${PARAMS.planId} AND ${heldInPeriodSql(`${alias}.starts_at`, PARAMS.timeZone, 'p.period_start', 'p.period_end')})`;
const inPlan = (condition: string) => `(${PARAMS.planId} IS NULL OR ${condition})`;
/** From and to are days in the forum's time zone, both included. */
const inDates = (column: string) =>
  `(${PARAMS.from} IS NULL OR ${column} >= (${PARAMS.from}::timestamp AT TIME ZONE ${PARAMS.timeZone}))
   AND (${PARAMS.to} IS NULL OR ${column} < ((${PARAMS.to} + 1)::timestamp AT TIME ZONE ${PARAMS.timeZone}))`;

const commentInPlan = `CASE c.subject_type
    WHEN 'COMMITMENT' THEN EXISTS (SELECT 1 FROM commitments x WHERE x.id = c.subject_id AND x.plan_id = ${PARAMS.planId})
    WHEN 'PROPOSAL' THEN EXISTS (SELECT 1 FROM proposals x WHERE x.id = c.subject_id AND x.plan_id = ${PARAMS.planId})
    WHEN 'IRM_RECOMMENDATION' THEN EXISTS (SELECT 1 FROM irm_recommendations x WHERE x.id = c.subject_id AND x.plan_id = ${PARAMS.planId})
    WHEN 'WORKING_GROUP' THEN EXISTS (SELECT 1 FROM working_groups x WHERE x.id = c.subject_id AND x.plan_id = ${PARAMS.planId})
    WHEN 'REPORT' THEN EXISTS (SELECT 1 FROM report_consultations x WHERE x.id = c.subject_id AND x.plan_id = ${PARAMS.planId})
    WHEN 'DRAFT_SECTION' THEN EXISTS (SELECT 1 FROM draft_sections s JOIN draft_commitments d ON d.id = s.draft_commitment_id WHERE s.id = c.subject_id AND d.plan_id = ${PARAMS.planId})
    WHEN 'MEETING' THEN EXISTS (SELECT 1 FROM meetings m WHERE m.id = c.subject_id AND ${meetingInPlan('m')})
    WHEN 'AGENDA_ITEM' THEN EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = c.subject_id AND ${meetingInPlan('m')})
    ELSE false END`;

const documentInPlan = `CASE d.subject_type
    WHEN 'PLAN' THEN d.subject_id = ${PARAMS.planId}
    WHEN 'COMMITMENT' THEN EXISTS (SELECT 1 FROM commitments x WHERE x.id = d.subject_id AND x.plan_id = ${PARAMS.planId})
    WHEN 'PROPOSAL' THEN EXISTS (SELECT 1 FROM proposals x WHERE x.id = d.subject_id AND x.plan_id = ${PARAMS.planId})
    WHEN 'MEETING' THEN EXISTS (SELECT 1 FROM meetings m WHERE m.id = d.subject_id AND ${meetingInPlan('m')})
    ELSE false END`;

/** ts_rank: titles (weight A) count 2.5 times the rest (B); rounded, so that cursors compare exactly. */
const rank = (vector: string) => `round(ts_rank(${vector}, ${Q})::numeric, 6)`;

/**
 * The newest RANKED_PER_KIND of `matches` (which select `id`, `at` and `vector`, newest first), then their rank. Ranked
 * after the limit, a vector is read only for the rows kept: ranked before it, every match's vector was read, 20,000 for a
 * common word in 500,000 comments (96 ms against 18 ms on this machine).
 */
const newestRanked = (matches: string) => `SELECT id, at, ${rank('vector')} AS score FROM (${matches} LIMIT ${RANKED_PER_KIND}) newest`;

/**
 * Each kind's matches: `id`, `at` (its date: newest first on equal rank, and the date filter) and `score`. The inner
 * query takes the newest RANKED_PER_KIND matches readable by the reader; PostgreSQL picks the GIN index for rare words
 * and walks the newest rows for common ones, as its statistics on the vectors tell it.
 */
export const MATCHES: Record<SearchKind, string> = {
  [SearchKind.COMMITMENT]: newestRanked(`
    SELECT c.id, c.created_at AS at, c.search_vector AS vector FROM commitments c
    WHERE c.search_vector @@ ${Q} AND ${inPlan(`c.plan_id = ${PARAMS.planId}`)} AND ${inDates('c.created_at')}
    ORDER BY c.created_at DESC`),
  [SearchKind.PROGRESS_UPDATE]: newestRanked(`
    SELECT u.id, u.posted_at AS at, u.search_vector AS vector FROM progress_updates u
    WHERE u.search_vector @@ ${Q} AND ${inDates('u.posted_at')}
      AND ${inPlan(`EXISTS (SELECT 1 FROM commitments x WHERE x.id = u.commitment_id AND x.plan_id = ${PARAMS.planId})`)}
    ORDER BY u.posted_at DESC`),
  [SearchKind.COMMENT]: newestRanked(`
    SELECT c.id, c.created_at AS at, c.search_vector AS vector FROM comments c
    WHERE c.search_vector @@ ${Q} AND c.hidden_at IS NULL AND ${inDates('c.created_at')}
      AND (c.subject_type <> 'WORKING_GROUP' OR ${PARAMS.member})
      AND (c.subject_type <> 'PROPOSAL' OR EXISTS (SELECT 1 FROM proposals pr WHERE pr.id = c.subject_id AND ${readable('pr')}))
      AND ${inPlan(commentInPlan)}
    ORDER BY c.created_at DESC`),
  [SearchKind.IRM_RECOMMENDATION]: newestRanked(`
    SELECT r.id, p.period_start::timestamp AT TIME ZONE ${PARAMS.timeZone} AS at, r.search_vector AS vector
    FROM irm_recommendations r JOIN action_plans p ON p.id = r.plan_id
    WHERE r.search_vector @@ ${Q} AND ${inPlan(`r.plan_id = ${PARAMS.planId}`)} AND ${inDates(`p.period_start::timestamp AT TIME ZONE ${PARAMS.timeZone}`)}
    ORDER BY at DESC`),
  // The minutes: the summary, each agenda item's notes and the decisions, published (or drafts, for members).
  [SearchKind.MINUTES]: `
    SELECT m.id, coalesce(m.minutes_published_at, m.starts_at) AS at,
      greatest(
        CASE WHEN m.minutes_search_vector @@ ${Q} THEN ${rank('m.minutes_search_vector')} ELSE 0 END,
        (SELECT max(${rank('a.search_vector')}) FROM agenda_items a WHERE a.meeting_id = m.id AND a.search_vector @@ ${Q}),
        (SELECT max(${rank('d.search_vector')}) FROM meeting_decisions d WHERE d.meeting_id = m.id AND d.search_vector @@ ${Q})
      ) AS score
    FROM meetings m
    WHERE (m.minutes_status = 'PUBLISHED' OR ${PARAMS.member})
      AND (m.minutes_search_vector @@ ${Q}
        OR m.id IN (SELECT a.meeting_id FROM agenda_items a WHERE a.search_vector @@ ${Q})
        OR m.id IN (SELECT d.meeting_id FROM meeting_decisions d WHERE d.search_vector @@ ${Q}))
      AND ${inPlan(meetingInPlan('m'))} AND ${inDates('coalesce(m.minutes_published_at, m.starts_at)')}
    ORDER BY at DESC LIMIT ${RANKED_PER_KIND}`,
  [SearchKind.PROPOSAL]: newestRanked(`
    SELECT pr.id, coalesce(pr.submitted_at, pr.created_at) AS at, pr.search_vector AS vector FROM proposals pr
    WHERE pr.search_vector @@ ${Q} AND ${readable('pr')} AND ${inPlan(`pr.plan_id = ${PARAMS.planId}`)}
      AND ${inDates('coalesce(pr.submitted_at, pr.created_at)')}
    ORDER BY at DESC`),
  [SearchKind.MEETING]: newestRanked(`
    SELECT m.id, m.starts_at AS at, m.search_vector AS vector FROM meetings m
    WHERE m.search_vector @@ ${Q} AND ${inPlan(meetingInPlan('m'))} AND ${inDates('m.starts_at')}
    ORDER BY m.starts_at DESC`),
  // Documents are readable by whoever may read what they are attached to.
  [SearchKind.DOCUMENT]: newestRanked(`
    SELECT d.id, d.created_at AS at, d.search_vector AS vector FROM attachments d
    WHERE d.search_vector @@ ${Q} AND ${inDates('d.created_at')}
      AND (d.subject_type <> 'PROPOSAL' OR EXISTS (SELECT 1 FROM proposals pr WHERE pr.id = d.subject_id AND ${readable('pr')}))
      AND ${inPlan(documentInPlan)}
    ORDER BY d.created_at DESC`),
};

/**
 * What a page of hits shows, by kind, for the ids in `$1`: a title (and its Korean where the data has one), the text the
 * snippet is cut from, and the path of the page in the web app.
 */
export const DETAILS: Record<SearchKind, string> = {
  [SearchKind.COMMITMENT]: `
    SELECT c.id, c.code || ' ' || c.title AS title, c.code || ' ' || c.title_ko AS title_ko,
      concat_ws(E'\\n', c.title_ko, c.summary, c.public_problem, c.description, c.how_it_solves, c.additional_info, c.next_steps, c.involved_actors) AS text,
      '/commitments/' || c.id AS url
    FROM commitments c WHERE c.id = ANY ($1::uuid[])`,
  [SearchKind.PROGRESS_UPDATE]: `
    SELECT u.id, c.code || ' ' || c.title AS title, c.code || ' ' || c.title_ko AS title_ko, u.body AS text, '/commitments/' || c.id AS url
    FROM progress_updates u JOIN commitments c ON c.id = u.commitment_id WHERE u.id = ANY ($1::uuid[])`,
  [SearchKind.COMMENT]: `
    SELECT c.id, s.title, s.title_ko, c.body AS text, s.url
    FROM comments c CROSS JOIN LATERAL (
      SELECT x.code || ' ' || x.title AS title, x.code || ' ' || x.title_ko AS title_ko, '/commitments/' || x.id AS url FROM commitments x WHERE c.subject_type = 'COMMITMENT' AND x.id = c.subject_id
      UNION ALL SELECT x.title, NULL, '/proposals/' || x.id FROM proposals x WHERE c.subject_type = 'PROPOSAL' AND x.id = c.subject_id
      UNION ALL SELECT x.title, NULL, '/meetings/' || x.id FROM meetings x WHERE c.subject_type = 'MEETING' AND x.id = c.subject_id
      UNION ALL SELECT m.title || ' · ' || a.title, NULL, '/meetings/' || m.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE c.subject_type = 'AGENDA_ITEM' AND a.id = c.subject_id
      UNION ALL SELECT 'IRM ' || x.number || ': ' || x.text, 'IRM ' || x.number || ': ' || x.text_ko, '/plans/' || x.plan_id || '#irm-heading' FROM irm_recommendations x WHERE c.subject_type = 'IRM_RECOMMENDATION' AND x.id = c.subject_id
      UNION ALL SELECT d.title, NULL, '/draft-commitments/' || d.id FROM draft_sections s JOIN draft_commitments d ON d.id = s.draft_commitment_id WHERE c.subject_type = 'DRAFT_SECTION' AND s.id = c.subject_id
      UNION ALL SELECT x.name, NULL, '/working-groups/' || x.id FROM working_groups x WHERE c.subject_type = 'WORKING_GROUP' AND x.id = c.subject_id
      UNION ALL SELECT p.title, p.title_ko, '/plans/' || p.id || '/report' FROM report_consultations x JOIN action_plans p ON p.id = x.plan_id WHERE c.subject_type = 'REPORT' AND x.id = c.subject_id
    ) s WHERE c.id = ANY ($1::uuid[])`,
  [SearchKind.IRM_RECOMMENDATION]: `
    SELECT r.id, 'IRM ' || r.number || ': ' || r.text AS title, 'IRM ' || r.number || ': ' || r.text_ko AS title_ko,
      concat_ws(E'\\n', r.text, r.text_ko, r.government_response) AS text, '/plans/' || r.plan_id || '#irm-heading' AS url
    FROM irm_recommendations r WHERE r.id = ANY ($1::uuid[])`,
  [SearchKind.MINUTES]: `
    SELECT m.id, m.title, NULL AS title_ko,
      concat_ws(E'\\n', m.minutes_summary,
        (SELECT string_agg(a.title || ': ' || a.notes, E'\\n' ORDER BY a.position) FROM agenda_items a WHERE a.meeting_id = m.id AND a.notes <> ''),
        (SELECT string_agg(d.text, E'\\n' ORDER BY d.created_at) FROM meeting_decisions d WHERE d.meeting_id = m.id)) AS text,
      '/meetings/' || m.id AS url
    FROM meetings m WHERE m.id = ANY ($1::uuid[])`,
  [SearchKind.PROPOSAL]: `
    SELECT pr.id, pr.title, NULL AS title_ko,
      concat_ws(E'\\n', pr.problem, pr.proposed_action, pr.expected_results, pr.suggested_lead_agency, pr.rationale) AS text,
      '/proposals/' || pr.id AS url
    FROM proposals pr WHERE pr.id = ANY ($1::uuid[])`,
  [SearchKind.MEETING]: `
    SELECT m.id, m.title, NULL AS title_ko, concat_ws(E'\\n', m.description, m.place) AS text, '/meetings/' || m.id AS url
    FROM meetings m WHERE m.id = ANY ($1::uuid[])`,
  [SearchKind.DOCUMENT]: `
    SELECT d.id, d.name AS title, NULL AS title_ko, d.name AS text,
      CASE d.subject_type WHEN 'PLAN' THEN '/plans/' || d.subject_id || '/repository' WHEN 'COMMITMENT' THEN '/commitments/' || d.subject_id
        WHEN 'MEETING' THEN '/meetings/' || d.subject_id ELSE '/proposals/' || d.subject_id END AS url
    FROM attachments d WHERE d.id = ANY ($1::uuid[])`,
};
