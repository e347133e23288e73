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

/**
 * The DataLoaders of one GraphQL request. Field resolvers use them so that a page costs a fixed number of
 * statements however many commitments it lists; a fresh set per request keeps one user's cache from another's.
 */
export function createLoaders(db: DataSource) {
  const commitment = byId(db, Commitment);
  return {
    organization: byId(db, Organization),
    user: byId(db, User),
    plan: byId(db, ActionPlan),
    theme: byId(db, Theme),
    commitment,
    themesByPlan: manyBy(db, Theme, 'planId', { position: 'ASC' }),
    commitmentsByPlan: manyBy(db, Commitment, 'planId', { code: 'ASC' }),
    commitmentsByTheme: manyBy(db, Commitment, 'themeId', { code: 'ASC' }),
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
    /** Who attended each meeting: the past meetings' list counts them by sector. */
    attendanceByMeeting: manyBy(db, Attendance, 'meetingId', { userId: 'ASC' }),
    /** Subjects' ids are UUIDs, unique across plans, commitments, meetings and proposals. */
    attachmentsBySubject: manyBy(db, Attachment, 'subjectId', { createdAt: 'ASC' }),

    /** When each commitment was last reported on, without loading the reports. */
    lastUpdateAt: new DataLoader<string, Date | null>(async (commitmentIds) => {
      const rows: { commitment_id: string; last: Date }[] = await db.query(
        'SELECT commitment_id, max(posted_at) AS last FROM progress_updates WHERE commitment_id = ANY($1) GROUP BY commitment_id',
        [[...commitmentIds]],
      );
      const last = new Map(rows.map((row) => [row.commitment_id, row.last]));
      return commitmentIds.map((id) => last.get(id) ?? null);
    }),

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
}

export type Loaders = ReturnType<typeof createLoaders>;
