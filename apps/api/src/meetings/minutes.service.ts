import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { canCompleteActionItem, isActionItemOverdue, MeetingStatus, MEMBER_ROLES, MinutesStatus, SubjectType } from '@ogp-forum/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { THREAD_EVENT, type ThreadEventsCommitted } from '../discussion/thread-events.js';
import { appendThreadEvent } from '../discussion/thread-log.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { User } from '../users/user.entity.js';
import { AddActionItemInput, AddDecisionInput, AmendMinutesInput, SaveMinutesInput } from './dto/meeting.inputs.js';
import { AgendaItem, Meeting } from './meeting.entity.js';
import { MeetingsService } from './meetings.service.js';
import { ActionItem, Decision, MinutesAmendment } from './minutes.entity.js';

/**
 * The minutes of a meeting: a members-only draft (a summary, notes per agenda item, decisions and action items) until the
 * chair publishes it; from then on it is public and unchangeable, and corrections are amendments shown beside it.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly db: DataSource,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: EventEmitter2,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Saves the draft of the summary or of one item's notes. Two people editing the same text: the second save, based on
   * the version before the first, is a CONFLICT carrying the text now saved, to merge by hand; nothing is overwritten.
   */
  async save(editor: User, input: SaveMinutesInput): Promise<Meeting> {
    const { meeting, eventId } = await this.db.transaction(async (tx) => {
      const meeting = await this.draftMeeting(tx, input.meetingId);
      const target = input.agendaItemId ? await this.itemOf(tx, meeting, input.agendaItemId) : null;
      const [current, version] = target ? [target.notes, target.notesVersion] : [meeting.minutesSummary, meeting.minutesVersion];
      if (input.baseVersion !== version) {
        throw new ConflictError('Someone saved these minutes after you started editing; merge your text with theirs', { currentVersion: version, currentText: current });
      }
      if (target) await tx.update(AgendaItem, target.id, { notes: input.text, notesVersion: version + 1, notesEditedById: editor.id });
      else {
        Object.assign(meeting, { minutesSummary: input.text, minutesVersion: version + 1, minutesEditedById: editor.id });
        await tx.save(meeting);
      }
      const event = await appendThreadEvent(tx, { subjectType: SubjectType.MEETING, subjectId: meeting.id, type: 'meeting:minutes', agendaItemId: target?.id ?? null });
      return { meeting, eventId: event.id };
    });
    this.events.emit(THREAD_EVENT, { eventIds: [eventId] } satisfies ThreadEventsCommitted);
    return meeting;
  }

  async addDecision(chair: User, input: AddDecisionInput): Promise<Decision> {
    return this.db.transaction(async (tx) => {
      const meeting = await this.draftMeeting(tx, input.meetingId);
      if (input.agendaItemId) await this.itemOf(tx, meeting, input.agendaItemId);
      const decision = await tx.save(tx.create(Decision, { meetingId: meeting.id, agendaItemId: input.agendaItemId ?? null, text: input.text }));
      await this.audit.record(tx, { actorId: chair.id, action: 'minutes.decision_recorded', entityType: 'Meeting', entityId: meeting.id, after: { decisionId: decision.id, text: decision.text } });
      return decision;
    });
  }

  async removeDecision(chair: User, id: string): Promise<Meeting> {
    return this.db.transaction(async (tx) => {
      const decision = await tx.findOneBy(Decision, { id });
      if (!decision) throw new NotFoundError('Decision', id);
      const meeting = await this.draftMeeting(tx, decision.meetingId);
      await tx.delete(Decision, id);
      await this.audit.record(tx, { actorId: chair.id, action: 'minutes.decision_removed', entityType: 'Meeting', entityId: meeting.id, before: { decisionId: id, text: decision.text } });
      return meeting;
    });
  }

  /** An action item for a member, who is told about it; it follows them until done. */
  async addActionItem(chair: User, input: AddActionItemInput): Promise<ActionItem> {
    const { item, notified } = await this.db.transaction(async (tx) => {
      const meeting = await this.draftMeeting(tx, input.meetingId);
      if (input.agendaItemId) await this.itemOf(tx, meeting, input.agendaItemId);
      const assignee = await tx.findOneBy(User, { id: input.assigneeId });
      if (!assignee) throw new NotFoundError('User', input.assigneeId);
      if (!MEMBER_ROLES.includes(assignee.role)) throw new BadUserInputError('Action items go to forum members', { field: 'assigneeId' });
      if (input.commitmentId && !(await tx.existsBy(Commitment, { id: input.commitmentId }))) throw new NotFoundError('Commitment', input.commitmentId);
      if (Number.isNaN(Date.parse(input.dueDate))) throw new BadUserInputError('dueDate is not a date', { field: 'dueDate' });
      const item = await tx.save(
        tx.create(ActionItem, {
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId ?? null,
          title: input.title,
          assigneeId: input.assigneeId,
          dueDate: input.dueDate,
          commitmentId: input.commitmentId ?? null,
        }),
      );
      await this.audit.record(tx, { actorId: chair.id, action: 'minutes.action_item_assigned', entityType: 'Meeting', entityId: meeting.id, after: { actionItemId: item.id, title: item.title, assigneeId: item.assigneeId, dueDate: item.dueDate } });
      const notified = await this.notifications.create(tx, [input.assigneeId], {
        subjectType: SubjectType.MEETING,
        subjectId: meeting.id,
        kind: NotificationKind.ACTION_ITEM_ASSIGNED,
        actorId: chair.id,
        text: `${item.title} (${item.dueDate})`,
      });
      return { item, notified };
    });
    this.notifications.announce(notified);
    return item;
  }

  async removeActionItem(chair: User, id: string): Promise<Meeting> {
    return this.db.transaction(async (tx) => {
      const item = await tx.findOneBy(ActionItem, { id });
      if (!item) throw new NotFoundError('ActionItem', id);
      const meeting = await this.draftMeeting(tx, item.meetingId);
      await tx.delete(ActionItem, id);
      await this.audit.record(tx, { actorId: chair.id, action: 'minutes.action_item_removed', entityType: 'Meeting', entityId: meeting.id, before: { actionItemId: id, title: item.title } });
      return meeting;
    });
  }

  /** Done (or reopened) by its assignee or the secretariat; this stays possible after the minutes are published. */
  async completeActionItem(user: User, id: string, done: boolean): Promise<ActionItem> {
    return this.db.transaction(async (tx) => {
      const item = await tx.findOneBy(ActionItem, { id });
      if (!item) throw new NotFoundError('ActionItem', id);
      if (!canCompleteActionItem(user, item)) throw new ForbiddenError('Only the assignee or the secretariat closes an action item');
      const before = { doneAt: item.doneAt };
      Object.assign(item, done ? { doneAt: item.doneAt ?? new Date(), doneById: item.doneById ?? user.id } : { doneAt: null, doneById: null });
      await tx.save(item);
      await this.audit.record(tx, { actorId: user.id, action: done ? 'minutes.action_item_done' : 'minutes.action_item_reopened', entityType: 'ActionItem', entityId: id, before, after: { doneAt: item.doneAt } });
      return item;
    });
  }

  /** Publishing makes the minutes public, and final: from then on they change only by amendment. */
  async publish(chair: User, meetingId: string): Promise<Meeting> {
    return this.db.transaction(async (tx) => {
      const meeting = await this.draftMeeting(tx, meetingId);
      if (meeting.status !== MeetingStatus.HELD) throw new ConflictError('Minutes are published once the meeting has been held', { status: meeting.status });
      Object.assign(meeting, { minutesStatus: MinutesStatus.PUBLISHED, minutesPublishedAt: new Date() });
      await tx.save(meeting);
      await this.audit.record(tx, { actorId: chair.id, action: 'minutes.published', entityType: 'Meeting', entityId: meetingId, before: { minutesStatus: MinutesStatus.DRAFT }, after: { minutesStatus: MinutesStatus.PUBLISHED } });
      return meeting;
    });
  }

  async amend(chair: User, input: AmendMinutesInput): Promise<MinutesAmendment> {
    return this.db.transaction(async (tx) => {
      const meeting = await this.meetings.lockMeeting(tx, input.meetingId);
      if (meeting.minutesStatus !== MinutesStatus.PUBLISHED) throw new ConflictError('Draft minutes are edited, not amended');
      const amendment = await tx.save(tx.create(MinutesAmendment, { meetingId: meeting.id, body: input.body, reason: input.reason, authorId: chair.id }));
      await this.audit.record(tx, { actorId: chair.id, action: 'minutes.amended', entityType: 'Meeting', entityId: meeting.id, after: { amendmentId: amendment.id, reason: input.reason } });
      return amendment;
    });
  }

  decisions(meetingId: string): Promise<Decision[]> {
    return this.db.getRepository(Decision).find({ where: { meetingId }, order: { createdAt: 'ASC' } });
  }

  actionItems(meetingId: string): Promise<ActionItem[]> {
    return this.db.getRepository(ActionItem).find({ where: { meetingId }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
  }

  amendments(meetingId: string): Promise<MinutesAmendment[]> {
    return this.db.getRepository(MinutesAmendment).find({ where: { meetingId }, order: { createdAt: 'ASC' } });
  }

  /** A member's action items: open ones by due date, then (when asked) the done ones. */
  myActionItems(user: User, includeDone: boolean): Promise<ActionItem[]> {
    return this.db.getRepository(ActionItem).find({
      where: { assigneeId: user.id, ...(includeDone ? {} : { doneAt: IsNull() }) },
      order: { doneAt: { direction: 'DESC', nulls: 'FIRST' }, dueDate: 'ASC' },
    });
  }

  isOverdue(item: ActionItem): boolean {
    return isActionItemOverdue(item, new Date(), this.config.timeZone);
  }

  /** The meeting, locked, if its minutes are still a draft; published minutes change only by amendment. */
  private async draftMeeting(tx: EntityManager, meetingId: string): Promise<Meeting> {
    const meeting = await this.meetings.lockMeeting(tx, meetingId);
    if (meeting.minutesStatus === MinutesStatus.PUBLISHED) {
      throw new ConflictError('These minutes are published and can no longer be edited; add an amendment instead', { minutesStatus: MinutesStatus.PUBLISHED });
    }
    if (meeting.status === MeetingStatus.CANCELLED) throw new ConflictError('A cancelled meeting has no minutes');
    return meeting;
  }

  private async itemOf(tx: EntityManager, meeting: Meeting, agendaItemId: string): Promise<AgendaItem> {
    const item = await tx.findOneBy(AgendaItem, { id: agendaItemId });
    if (!item || item.meetingId !== meeting.id) throw new NotFoundError('AgendaItem', agendaItemId);
    return item;
  }
}
