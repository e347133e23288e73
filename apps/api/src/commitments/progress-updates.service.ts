import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ActionPlanStatus, canPostProgressUpdate, SubjectType } from '@ogp-forum/domain';
import { DataSource, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { THREAD_EVENT, type ThreadEventsCommitted } from '../discussion/thread-events.js';
import { appendThreadEvent } from '../discussion/thread-log.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { User } from '../users/user.entity.js';
import { Commitment } from './commitment.entity.js';
import { PostProgressUpdateInput } from './dto/progress-update.input.js';
import { Milestone } from './milestone.entity.js';
import { ProgressUpdate, type MilestoneChange } from './progress-update.entity.js';

/**
 * A ministry contact reports on their commitment: the update, the new completion level and milestone changes are one
 * transaction with its audit event and thread event; followers hear of it after the commit.
 */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
  ) {}

  async post(author: User, input: PostProgressUpdateInput): Promise<ProgressUpdate> {
    const subject = { subjectType: SubjectType.COMMITMENT, subjectId: input.commitmentId };
    const followers = await this.notifications.followers(subject);
    const { update, eventId, notified } = await this.db.transaction(async (tx) => {
      const commitment = await tx.findOne(Commitment, { where: { id: input.commitmentId }, lock: { mode: 'pessimistic_write' } });
      if (!commitment) throw new NotFoundError('Commitment', input.commitmentId);
      if (!canPostProgressUpdate(author, commitment)) {
        throw new ForbiddenError('Only the ministry that leads this commitment, or its point of contact, reports on it');
      }
      // A closed plan's completion levels are its final record: a ministry may still report, but not re-grade.
      const closed = (await tx.findOneBy(ActionPlan, { id: commitment.planId }))?.status === ActionPlanStatus.CLOSED;
      if (closed && input.completion !== commitment.completion) {
        throw new ConflictError('The plan\'s term is closed: its completion levels are final', { completion: commitment.completion });
      }
      const milestoneChanges = await this.applyMilestones(tx.getRepository(Milestone), commitment.id, input);
      if (closed && milestoneChanges.length) throw new ConflictError('The plan\'s term is closed: its milestones are final');
      const before = { completion: commitment.completion };
      await tx.update(Commitment, commitment.id, { completion: input.completion });
      const update = await tx.save(
        tx.create(ProgressUpdate, {
          commitmentId: commitment.id,
          authorId: author.id,
          body: input.body,
          completion: input.completion,
          evidenceLinks: input.evidenceLinks,
          milestoneChanges,
          postedAt: this.clock.now(),
        }),
      );
      await this.audit.record(tx, {
        actorId: author.id,
        action: 'commitment.progress_reported',
        entityType: 'Commitment',
        entityId: commitment.id,
        before: { ...before, milestones: milestoneChanges.map((change) => ({ id: change.milestoneId, completion: change.from })) },
        after: { completion: input.completion, milestones: milestoneChanges.map((change) => ({ id: change.milestoneId, completion: change.to })) },
      });
      const event = await appendThreadEvent(tx, { ...subject, type: 'update:posted', progressUpdateId: update.id });
      const notified = await this.notifications.create(tx, followers, {
        ...subject,
        kind: NotificationKind.FOLLOWED_UPDATE,
        actorId: author.id,
        // The commitment's code and title are read in the reader's language when the notice is shown.
        text: input.body,
      });
      return { update, eventId: event.id, notified };
    });
    this.events.emit(THREAD_EVENT, { eventIds: [eventId] } satisfies ThreadEventsCommitted);
    this.notifications.announce(notified);
    return update;
  }

  private async applyMilestones(milestones: Repository<Milestone>, commitmentId: string, input: PostProgressUpdateInput): Promise<MilestoneChange[]> {
    if (!input.milestones.length) return [];
    const rows = await milestones.findBy({ id: In(input.milestones.map((m) => m.milestoneId)), commitmentId });
    if (rows.length !== new Set(input.milestones.map((m) => m.milestoneId)).size) {
      throw new BadUserInputError('A milestone given is not one of this commitment\'s', { field: 'milestones' });
    }
    const changes: MilestoneChange[] = [];
    for (const change of input.milestones) {
      const milestone = rows.find((row) => row.id === change.milestoneId)!;
      if (milestone.completion === change.completion) continue;
      changes.push({ milestoneId: milestone.id, title: milestone.title, from: milestone.completion, to: change.completion });
      await milestones.update(milestone.id, { completion: change.completion });
    }
    return changes;
  }
}
