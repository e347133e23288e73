import { isMilestoneDelayed, latestOverdueEnd, NEVER_DELAYED, type Completion } from '@ogp-forum/domain';
import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { ActionPlan } from '../../action-plans/action-plan.entity.js';
import { Attachment } from '../../attachments/attachment.entity.js';
import { Theme } from '../../action-plans/theme.entity.js';
import { Commitment } from '../../commitments/commitment.entity.js';
import { Milestone } from '../../commitments/milestone.entity.js';
import { ProgressUpdate } from '../../commitments/progress-update.entity.js';
import { Comment } from '../../discussion/comment.entity.js';
import { IrmRecommendation } from '../../irm/irm-recommendation.entity.js';
import { AgendaItem, Meeting } from '../../meetings/meeting.entity.js';
import { Attendance, Rsvp } from '../../meetings/participation.entity.js';
import { notificationSubjectLoader } from '../../notifications/notification-subjects.js';
import { Organization } from '../../organizations/organization.entity.js';
import { Evaluation } from '../../proposals/evaluation.entity.js';
import { Proposal } from '../../proposals/proposal.entity.js';
import { WorkingGroup } from '../../proposals/working-group.entity.js';
import { User } from '../../users/user.entity.js';

type Key<T> = keyof T & string;

/** One statement for all the ids a request asks for; answers in the order of the ids, null where missing. */
function byId<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** One statement for the children of all the parents a request asks for, each list in the given order. */
function manyBy<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  parentKey: Key<T>,
  order: Partial<Record<Key<T>, 'ASC' | 'DESC'>>,
) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await db.getRepository(entity).find({ where: { [parentKey]: In([...parentIds]) } as never, order: order as never });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row[parentKey] as string)?.push(row);
    return parentIds.map((id) => groups.get(id)!);
  });
}

/** A commitment's OGP-template texts: long, shown on its own page, never in lists. */
export const COMMITMENT_TEMPLATE_FIELDS = ['summary', 'contact', 'publicProblem', 'description', 'howItSolves', 'ogpValueRelevance', 'additionalInfo', 'nextSteps', 'involvedActors'] as const;

/** The columns of a commitment in a list: all but its template texts. */
function commitmentListColumns(db: DataSource) {
  const template = new Set<string>(COMMITMENT_TEMPLATE_FIELDS);
  return db.getMetadata(Commitment).columns.filter((column) => !template.has(column.propertyName));
}

/**
 * For the commitment `c` of a list: how many of its milestones are delayed (ending on or before the latest overdue end,
 * `latestOverdueEnd` in libs/domain, the rule of isMilestoneDelayed, and not done), given the SQL parameters holding that
 * day and NEVER_DELAYED; and when it was last reported on.
 */
const delayedCountSql = (latestOverdue: string, neverDelayed: string) =>
  `(SELECT count(*)::int FROM milestones m WHERE m.commitment_id = c.id AND m."end" <= ${latestOverdue} AND m.completion <> ALL(${neverDelayed}::completion[]))`;
const LAST_UPDATE_SQL = '(SELECT max(u.posted_at) FROM progress_updates u WHERE u.commitment_id = c.id)';

/**
 * The commitments of each theme without their template texts, for the lists that do not show them; with each one's
 * delayed milestones and last update counted in the same statement, handed to those two loaders.
 */
function commitmentListByTheme(db: DataSource, latestOverdue: string, delayed: DataLoader<string, number>, lastUpdate: DataLoader<string, Date | null>) {
  const repository = db.getRepository(Commitment);
  const columns = commitmentListColumns(db).map((column) => `c.${column.propertyName}`);
  return new DataLoader<string, Commitment[]>(async (themeIds) => {
    const { entities, raw } = await repository
      .createQueryBuilder('c')
      .select(columns)
      .addSelect(delayedCountSql(':latestOverdue', ':neverDelayed'), 'delayed_count')
      .addSelect(LAST_UPDATE_SQL, 'last_update_at')
      .where('c.theme_id IN (:...themeIds)', { themeIds, latestOverdue, neverDelayed: NEVER_DELAYED })
      .orderBy('c.code', 'ASC')
      .getRawAndEntities<{ delayed_count: number; last_update_at: Date | null }>();
    const groups = new Map<string, Commitment[]>(themeIds.map((id) => [id, []]));
    entities.forEach((commitment, index) => {
      groups.get(commitment.themeId)?.push(commitment);
      delayed.prime(commitment.id, raw[index].delayed_count);
      lastUpdate.prime(commitment.id, raw[index].last_update_at);
    });
    return themeIds.map((id) => groups.get(id)!);
  });
}

/** A row PostgreSQL turned into JSON (row_to_json, json_agg) as the entity TypeORM would have made of it. */
export function fromJson<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, json: Record<string, unknown>): T {
  const metadata = db.getMetadata(entity);
  const row = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    if (!(column.databaseName in json)) continue;
    const value = json[column.databaseName];
    row[column.propertyName] = value !== null && column.type === 'timestamptz' ? new Date(value as string) : value;
  }
  return row as T;
}

/**
 * The DataLoaders of one GraphQL request. Field resolvers use them so that a page costs a fixed number of
 * statements however many commitments it lists; a fresh set per request keeps one user's cache from another's.
 */
export function createLoaders(db: DataSource, now: Date) {
  const commitment = byId(db, Commitment);
  const latestOverdue = latestOverdueEnd(now);

  /**
   * How many of each commitment's milestones are delayed, counted by the database: those ending on or before
   * `latestOverdueEnd` (libs/domain, the rule of isMilestoneDelayed) and not done.
   */
  const delayedMilestoneCount = new DataLoader<string, number>(async (commitmentIds) => {
    const rows: { commitment_id: string; count: number }[] = await db.query(
      `SELECT commitment_id, count(*)::int AS count FROM milestones
        WHERE commitment_id = ANY($1) AND "end" <= $2 AND completion <> ALL($3::completion[]) GROUP BY commitment_id`,
      [[...commitmentIds], latestOverdue, NEVER_DELAYED],
    );
    const counts = new Map(rows.map((row) => [row.commitment_id, row.count]));
    return commitmentIds.map((id) => counts.get(id) ?? 0);
  });

  /** When each commitment was last reported on, without loading the reports. */
  const lastUpdateAt = new DataLoader<string, Date | null>(async (commitmentIds) => {
    const rows: { commitment_id: string; last: Date }[] = await db.query(
      'SELECT commitment_id, max(posted_at) AS last FROM progress_updates WHERE commitment_id = ANY($1) GROUP BY commitment_id',
      [[...commitmentIds]],
    );
    const last = new Map(rows.map((row) => [row.commitment_id, row.last]));
    return commitmentIds.map((id) => last.get(id) ?? null);
  });

  const loaders = {
    organization: byId(db, Organization),
    user: byId(db, User),
    plan: byId(db, ActionPlan),
    theme: byId(db, Theme),
    commitment,
    themesByPlan: manyBy(db, Theme, 'planId', { position: 'ASC' }),
    commitmentsByTheme: manyBy(db, Commitment, 'themeId', { code: 'ASC' }),
    commitmentListByTheme: commitmentListByTheme(db, latestOverdue, delayedMilestoneCount, lastUpdateAt),
    delayedMilestoneCount,
    lastUpdateAt,

    /** What the completion counts of each plan need of its commitments, and nothing more. */
    completionsByPlan: new DataLoader<string, { completion: Completion; incorporatedIntoId: string | null }[]>(async (planIds) => {
      const rows: { plan_id: string; completion: Completion; incorporated_into_id: string | null }[] = await db.query(
        'SELECT plan_id, completion, incorporated_into_id FROM commitments WHERE plan_id = ANY($1)',
        [[...planIds]],
      );
      const groups = new Map<string, { completion: Completion; incorporatedIntoId: string | null }[]>(planIds.map((id) => [id, []]));
      for (const row of rows) groups.get(row.plan_id)!.push({ completion: row.completion, incorporatedIntoId: row.incorporated_into_id });
      return planIds.map((id) => groups.get(id)!);
    }),

    milestonesByCommitment: manyBy(db, Milestone, 'commitmentId', { position: 'ASC' }),
    progressUpdatesByCommitment: manyBy(db, ProgressUpdate, 'commitmentId', { postedAt: 'DESC' }),
    irmRecommendationsByPlan: manyBy(db, IrmRecommendation, 'planId', { number: 'ASC' }),
    meeting: byId(db, Meeting),
    comment: byId(db, Comment),
    notificationSubject: notificationSubjectLoader(db),
    proposal: byId(db, Proposal),
    workingGroup: byId(db, WorkingGroup),
    evaluationsByProposal: manyBy(db, Evaluation, 'proposalId', { createdAt: 'ASC' }),
    agendaByMeeting: manyBy(db, AgendaItem, 'meetingId', { position: 'ASC' }),
    rsvpsByMeeting: manyBy(db, Rsvp, 'meetingId', { answeredAt: 'ASC' }),
    /** How many answered yes, no and maybe to each meeting, counted by the database. */
    rsvpCountsByMeeting: new DataLoader<string, Record<'YES' | 'NO' | 'MAYBE', number>>(async (meetingIds) => {
      const rows: { meeting_id: string; answer: 'YES' | 'NO' | 'MAYBE'; count: number }[] = await db.query(
        'SELECT meeting_id, answer, count(*)::int AS count FROM meeting_rsvps WHERE meeting_id = ANY($1) GROUP BY meeting_id, answer',
        [[...meetingIds]],
      );
      const counts = new Map(meetingIds.map((id) => [id, { YES: 0, NO: 0, MAYBE: 0 }]));
      for (const row of rows) counts.get(row.meeting_id)![row.answer] = row.count;
      return meetingIds.map((id) => counts.get(id)!);
    }),
    /** Who attended each meeting: the past meetings' list counts them by sector. */
    attendanceByMeeting: manyBy(db, Attendance, 'meetingId', { userId: 'ASC' }),
    /** Subjects' ids are UUIDs, unique across plans, commitments, meetings and proposals. */
    attachmentsBySubject: manyBy(db, Attachment, 'subjectId', { createdAt: 'ASC' }),


    /** How many comments each agenda item's thread holds (replies and hidden ones too, as the thread shows them). */
    commentCountByAgendaItem: new DataLoader<string, number>(async (agendaItemIds) => {
      const rows: { subject_id: string; count: number }[] = await db.query(
        `SELECT subject_id, count(*)::int AS count FROM comments WHERE subject_type = 'AGENDA_ITEM' AND subject_id = ANY($1) GROUP BY subject_id`,
        [[...agendaItemIds]],
      );
      const counts = new Map(rows.map((row) => [row.subject_id, row.count]));
      return agendaItemIds.map((id) => counts.get(id) ?? 0);
    }),

    /** The commitments each IRM recommendation is linked to. */
    commitmentsByIrmRecommendation: new DataLoader<string, Commitment[]>(async (recommendationIds) => {
      const links: { recommendation_id: string; commitment_id: string }[] = await db.query(
        `SELECT irm_recommendations_id AS recommendation_id, commitments_id AS commitment_id
           FROM irm_recommendation_commitments WHERE irm_recommendations_id = ANY($1)`,
        [[...recommendationIds]],
      );
      const commitments = await commitment.loadMany(links.map((link) => link.commitment_id));
      const groups = new Map<string, Commitment[]>(recommendationIds.map((id) => [id, []]));
      links.forEach((link, index) => {
        const found = commitments[index];
        if (found && !(found instanceof Error)) groups.get(link.recommendation_id)!.push(found);
      });
      return recommendationIds.map((id) => groups.get(id)!.sort((a, b) => a.code.localeCompare(b.code)));
    }),
  };
  return {
    ...loaders,
    preloadPlanPage: (planId: string) => preloadPlanPage(db, loaders, planId, latestOverdue),
    preloadCommitmentPage: (commitmentId: string) => preloadCommitmentPage(db, loaders, commitmentId, now),
  };
}

/**
 * A plan page in one statement: the plan, its themes, its commitments without their template texts (each with its
 * delayed milestones and last update), their lead organisations and the IRM recommendations, handed to the loaders
 * its fields read. On a shared machine each statement's round trip costs more than the rows it brings.
 */
async function preloadPlanPage(db: DataSource, loaders: PageLoaders, planId: string, latestOverdue: string): Promise<ActionPlan | null> {
  const [row]: { plan: Record<string, unknown>; themes: Record<string, unknown>[]; commitments: Record<string, unknown>[]; organizations: Record<string, unknown>[]; irm: Record<string, unknown>[] }[] = await db.query(
    `SELECT row_to_json(p) AS plan,
       (SELECT coalesce(json_agg(t ORDER BY t.position), '[]') FROM themes t WHERE t.plan_id = p.id) AS themes,
       (SELECT coalesce(json_agg(c ORDER BY c.code), '[]') FROM (
          SELECT ${commitmentListColumns(db).map((column) => `c."${column.databaseName}"`).join(', ')},
            ${delayedCountSql('$2', '$3')} AS delayed_count,
            ${LAST_UPDATE_SQL} AS last_update_at
          FROM commitments c WHERE c.plan_id = p.id) c) AS commitments,
       (SELECT coalesce(json_agg(o), '[]') FROM organizations o WHERE o.id IN (SELECT lead_organization_id FROM commitments WHERE plan_id = p.id)) AS organizations,
       (SELECT coalesce(json_agg(r ORDER BY r.number), '[]') FROM irm_recommendations r WHERE r.plan_id = p.id) AS irm
     FROM action_plans p WHERE p.id = $1`,
    [planId, latestOverdue, NEVER_DELAYED],
  );
  if (!row) return null;
  const plan = fromJson(db, ActionPlan, row.plan);
  const themes = row.themes.map((json) => fromJson(db, Theme, json));
  const commitments = row.commitments.map((json) => fromJson(db, Commitment, json));
  loaders.plan.prime(plan.id, plan);
  loaders.themesByPlan.prime(plan.id, themes);
  for (const theme of themes) loaders.commitmentListByTheme.prime(theme.id, commitments.filter((commitment) => commitment.themeId === theme.id));
  loaders.completionsByPlan.prime(plan.id, commitments.map(({ completion, incorporatedIntoId }) => ({ completion, incorporatedIntoId })));
  row.commitments.forEach((json, index) => {
    loaders.delayedMilestoneCount.prime(commitments[index].id, json.delayed_count as number);
    loaders.lastUpdateAt.prime(commitments[index].id, json.last_update_at ? new Date(json.last_update_at as string) : null);
  });
  for (const json of row.organizations) {
    const organization = fromJson(db, Organization, json);
    loaders.organization.prime(organization.id, organization);
  }
  loaders.irmRecommendationsByPlan.prime(plan.id, row.irm.map((json) => fromJson(db, IrmRecommendation, json)));
  return plan;
}

/**
 * A commitment page in one statement: the commitment, its plan, theme and lead organisation, its milestones and its
 * progress updates, handed to the loaders its fields read.
 */
async function preloadCommitmentPage(db: DataSource, loaders: PageLoaders, commitmentId: string, now: Date): Promise<Commitment | null> {
  const [row]: Record<string, Record<string, unknown> & Record<string, unknown>[]>[] = await db.query(
    `SELECT row_to_json(c) AS commitment,
       (SELECT row_to_json(p) FROM action_plans p WHERE p.id = c.plan_id) AS plan,
       (SELECT row_to_json(t) FROM themes t WHERE t.id = c.theme_id) AS theme,
       (SELECT row_to_json(o) FROM organizations o WHERE o.id = c.lead_organization_id) AS organization,
       (SELECT coalesce(json_agg(m ORDER BY m.position), '[]') FROM milestones m WHERE m.commitment_id = c.id) AS milestones,
       (SELECT coalesce(json_agg(u ORDER BY u.posted_at DESC), '[]') FROM progress_updates u WHERE u.commitment_id = c.id) AS updates
     FROM commitments c WHERE c.id = $1`,
    [commitmentId],
  );
  if (!row) return null;
  const commitment = fromJson(db, Commitment, row.commitment);
  const plan = fromJson(db, ActionPlan, row.plan);
  const theme = fromJson(db, Theme, row.theme);
  const organization = fromJson(db, Organization, row.organization);
  const milestones = row.milestones.map((json) => fromJson(db, Milestone, json));
  const updates = row.updates.map((json) => fromJson(db, ProgressUpdate, json));
  loaders.commitment.prime(commitment.id, commitment);
  loaders.plan.prime(plan.id, plan);
  loaders.theme.prime(theme.id, theme);
  loaders.organization.prime(organization.id, organization);
  loaders.milestonesByCommitment.prime(commitment.id, milestones);
  loaders.progressUpdatesByCommitment.prime(commitment.id, updates);
  loaders.lastUpdateAt.prime(commitment.id, updates[0]?.postedAt ?? null);
  loaders.delayedMilestoneCount.prime(commitment.id, milestones.filter((milestone) => isMilestoneDelayed(milestone, now)).length);
  return commitment;
}

type PageLoaders = Omit<Loaders, 'preloadPlanPage' | 'preloadCommitmentPage'>;

export type Loaders = ReturnType<typeof createLoaders>;
