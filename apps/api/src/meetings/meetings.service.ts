import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  ActionPlanStatus,
  AgendaSuggestionReason,
  canChangeMeetingStatus,
  hasVisibleText,
  meetingCompliance,
  MeetingStatus,
  MinutesStatus,
  MEMBER_ROLES,
  monthlySeries,
  RsvpAnswer,
  SubjectType,
  suggestAgenda,
  wasSubmitted,
  type AgendaSuggestion,
  type MeetingCompliance,
} from '@ogp-forum/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, MoreThan, Not } from 'typeorm';
import { ActionPlan } from '../action-plans/action-plan.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { Milestone } from '../commitments/milestone.entity.js';
import { ProgressUpdate } from '../commitments/progress-update.entity.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { checkPageSize, Connection, decodeCursor, toConnection } from '../common/graphql/connection.js';
import { UUID } from '../common/graphql/id-args.js';
import { APP_CONFIG } from '../config/app-config.token.js';
import type { AppConfig } from '../config/config.js';
import { THREAD_EVENT, type ThreadEventsCommitted } from '../discussion/thread-events.js';
import { appendThreadEvent } from '../discussion/thread-log.js';
import { MailQueue } from '../mail/mail-queue.service.js';
import { NotificationMailService } from '../notifications/notification-mail.service.js';
import { NotificationTopic } from '../notifications/notification-preference.entity.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { User } from '../users/user.entity.js';
import { AddAgendaItemInput, AgendaItemInput, CreateMeetingInput, MeetingDetailsInput, MeetingTimeFilter } from './dto/meeting.inputs.js';
import { meetingChangeMail } from './meeting-change-mail.js';
import { AgendaItem, Meeting } from './meeting.entity.js';
import { ActionItem } from './minutes.entity.js';
import { Attendance, Rsvp } from './participation.entity.js';

/** Longest monthly series created in one step: two years of meetings. */
export const MAX_SERIES_LENGTH = 24;

/**
 * Meetings from scheduling to the end of the meeting: the calendar, the agenda and its suggestions, RSVPs, attendance and
 * the chair's live mode. Minutes, decisions and action items are in MinutesService.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: EventEmitter2,
    private readonly mail: MailQueue,
    private readonly notificationMail: NotificationMailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async findById(id: string, tx: EntityManager = this.db.manager): Promise<Meeting> {
    const meeting = await tx.findOneBy(Meeting, { id });
    if (!meeting) throw new NotFoundError('Meeting', id);
    return meeting;
  }

  /**
   * Upcoming meetings soonest first, or past ones latest first. The cursor is the start time and id of the last one seen,
   * so meetings that start at the same time are neither skipped nor repeated at a page boundary.
   */
  async list(when: MeetingTimeFilter, first: number, after?: string | null): Promise<Connection<Meeting>> {
    checkPageSize(first);
    const now = this.clock.now();
    const upcoming = when === MeetingTimeFilter.UPCOMING;
    const query = this.db.getRepository(Meeting).createQueryBuilder('m');
    const parameters = { now, inProgress: MeetingStatus.IN_PROGRESS, held: MeetingStatus.HELD, published: MinutesStatus.PUBLISHED };
    query.where(upcoming ? UPCOMING_SQL : `NOT ${UPCOMING_SQL}`, parameters);
    const totalCount = await query.getCount();
    if (after) {
      const [startsAt, id] = decodeCursor(after).split('|');
      if (!UUID.test(id ?? '') || Number.isNaN(Date.parse(startsAt))) throw new BadUserInputError('after is not a cursor this api gave out', { field: 'after' });
      query.andWhere(`(m.starts_at, m.id) ${upcoming ? '>' : '<'} (:startsAt, :id)`, { startsAt: new Date(startsAt), id });
    }
    const direction = upcoming ? 'ASC' : 'DESC';
    const rows = await query.orderBy('m.starts_at', direction).addOrderBy('m.id', direction).take(first + 1).getMany();
    return toConnection(rows, first, totalCount, (meeting) => `${meeting.startsAt.toISOString()}|${meeting.id}`);
  }

  async create(chair: User, input: CreateMeetingInput): Promise<Meeting> {
    const [meeting] = await this.createSeries(chair, input, 1);
    return meeting;
  }

  /** A monthly series in one step: same day of the month, same local time in the forum's time zone. */
  async createSeries(chair: User, input: CreateMeetingInput, count: number): Promise<Meeting[]> {
    checkTimes(input);
    if (!Number.isInteger(count) || count < 1 || count > MAX_SERIES_LENGTH) {
      throw new BadUserInputError(`A series has from 1 to ${MAX_SERIES_LENGTH} meetings`, { field: 'count' });
    }
    const seriesId = count > 1 ? randomUUID() : null;
    return this.db.transaction(async (tx) => {
      const meetings: Meeting[] = [];
      for (const times of monthlySeries(input, count, this.config.timeZone)) {
        const meeting = await tx.save(tx.create(Meeting, { ...input, ...times, place: input.place ?? null, onlineUrl: input.onlineUrl ?? null, seriesId, createdById: chair.id }));
        await this.audit.record(tx, { actorId: chair.id, action: 'meeting.scheduled', entityType: 'Meeting', entityId: meeting.id, after: { title: meeting.title, startsAt: meeting.startsAt } });
        meetings.push(meeting);
      }
      return meetings;
    });
  }

  /** Changes a meeting's details; a new time or place is announced to the forum's members. */
  async update(chair: User, id: string, input: MeetingDetailsInput): Promise<Meeting> {
    checkTimes(input);
    const { meeting, notified } = await this.db.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, id);
      if (meeting.status === MeetingStatus.CANCELLED || meeting.status === MeetingStatus.HELD) {
        throw new ConflictError(`A ${meeting.status.toLowerCase()} meeting cannot be changed`);
      }
      const before = { startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place, onlineUrl: meeting.onlineUrl };
      const moved =
        before.startsAt.getTime() !== input.startsAt.getTime() || before.endsAt.getTime() !== input.endsAt.getTime() || (input.place ?? null) !== before.place || (input.onlineUrl ?? null) !== before.onlineUrl;
      Object.assign(meeting, { ...input, place: input.place ?? null, onlineUrl: input.onlineUrl ?? null, scheduleVersion: meeting.scheduleVersion + (moved ? 1 : 0) });
      await tx.save(meeting);
      await this.audit.record(tx, { actorId: chair.id, action: 'meeting.updated', entityType: 'Meeting', entityId: id, before, after: { startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.place } });
      const notified = moved ? await this.notifyMembers(tx, chair, meeting, NotificationKind.MEETING_RESCHEDULED, '') : [];
      await this.mailMembers(tx, notified, meeting, 'rescheduled');
      return { meeting, notified };
    });
    this.notifications.announce(notified);
    return meeting;
  }

  async cancel(chair: User, id: string, reason: string): Promise<Meeting> {
    if (!hasVisibleText(reason)) throw new BadUserInputError('Say why the meeting is cancelled', { field: 'reason' });
    const { meeting, notified } = await this.db.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, id);
      this.checkTransition(meeting, MeetingStatus.CANCELLED);
      Object.assign(meeting, { status: MeetingStatus.CANCELLED, cancellationReason: reason.trim(), scheduleVersion: meeting.scheduleVersion + 1 });
      await tx.save(meeting);
      await this.audit.record(tx, { actorId: chair.id, action: 'meeting.cancelled', entityType: 'Meeting', entityId: id, before: { status: MeetingStatus.SCHEDULED }, after: { status: MeetingStatus.CANCELLED, reason } });
      const notified = await this.notifyMembers(tx, chair, meeting, NotificationKind.MEETING_CANCELLED, reason);
      await this.mailMembers(tx, notified, meeting, 'cancelled');
      return { meeting, notified };
    });
    this.notifications.announce(notified);
    return meeting;
  }

  // --- Agenda -------------------------------------------------------------------------------------------------------

  agenda(meetingId: string): Promise<AgendaItem[]> {
    return this.db.getRepository(AgendaItem).find({ where: { meetingId }, order: { position: 'ASC' } });
  }

  async addAgendaItem(chair: User, input: AddAgendaItemInput): Promise<AgendaItem> {
    return this.db.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, input.meetingId);
      this.checkAgendaOpen(meeting);
      await this.checkLinks(tx, input);
      const { count } = await tx.createQueryBuilder(AgendaItem, 'a').select('count(*)::int', 'count').where('a.meeting_id = :id', { id: meeting.id }).getRawOne();
      const { meetingId, ...fields } = input;
      const item = await tx.save(tx.create(AgendaItem, { ...linkFields(fields), meetingId, position: count + 1 }));
      await this.audit.record(tx, { actorId: chair.id, action: 'meeting.agenda_item_added', entityType: 'Meeting', entityId: meeting.id, after: { agendaItemId: item.id, title: item.title } });
      return item;
    });
  }

  async updateAgendaItem(chair: User, id: string, input: AgendaItemInput): Promise<AgendaItem> {
    return this.db.transaction(async (tx) => {
      const item = await this.findItem(tx, id);
      this.checkAgendaOpen(await this.lockMeeting(tx, item.meetingId));
      await this.checkLinks(tx, input);
      const before = linkFields(item);
      Object.assign(item, linkFields(input));
      await this.audit.record(tx, { actorId: chair.id, action: 'meeting.agenda_item_updated', entityType: 'Meeting', entityId: item.meetingId, before: { agendaItemId: id, ...before }, after: linkFields(item) });
      return tx.save(item);
    });
  }

  /** Takes an item off the agenda and closes the gap in the numbering. */
  async removeAgendaItem(chair: User, id: string): Promise<Meeting> {
    return this.db.transaction(async (tx) => {
      const item = await this.findItem(tx, id);
      const meeting = await this.lockMeeting(tx, item.meetingId);
      this.checkAgendaOpen(meeting);
      if (meeting.currentAgendaItemId === id) throw new ConflictError('The chair has this item open; move on first');
      await tx.delete(AgendaItem, id);
      await tx.decrement(AgendaItem, { meetingId: meeting.id, position: MoreThan(item.position) }, 'position', 1);
      await this.audit.record(tx, { actorId: chair.id, action: 'meeting.agenda_item_removed', entityType: 'Meeting', entityId: meeting.id, before: { agendaItemId: id, title: item.title } });
      return meeting;
    });
  }

  /** Moves an item to a position (from 1); the items between shift by one. */
  async moveAgendaItem(chair: User, id: string, position: number): Promise<AgendaItem[]> {
    return this.db.transaction(async (tx) => {
      const item = await this.findItem(tx, id);
      const meeting = await this.lockMeeting(tx, item.meetingId);
      this.checkAgendaOpen(meeting);
      const items = await tx.find(AgendaItem, { where: { meetingId: meeting.id }, order: { position: 'ASC' } });
      if (!Number.isInteger(position) || position < 1 || position > items.length) {
        throw new BadUserInputError(`position must be from 1 to ${items.length}`, { field: 'position' });
      }
      const reordered = items.filter((other) => other.id !== id);
      reordered.splice(position - 1, 0, item);
      for (const [index, each] of reordered.entries()) {
        if (each.position !== index + 1) await tx.update(AgendaItem, each.id, { position: index + 1 });
        each.position = index + 1;
      }
      await this.audit.record(tx, { actorId: chair.id, action: 'meeting.agenda_reordered', entityType: 'Meeting', entityId: meeting.id, after: { order: reordered.map((each) => each.id) } });
      return reordered;
    });
  }

  /**
   * What the agenda could take up, from the data (DESIGN.md §4.2): open action items from earlier meetings, commitments of
   * plans being implemented with delayed milestones or no recent update, proposals of plans in co-creation waiting for
   * review. What is already on this meeting's agenda is left out.
   */
  async suggestAgenda(meetingId: string): Promise<AgendaSuggestion[]> {
    const meeting = await this.findById(meetingId);
    const db = this.db.manager;
    const [commitments, proposals, actionItems, agenda] = await Promise.all([
      db
        .createQueryBuilder(Commitment, 'c')
        .innerJoin(ActionPlan, 'p', 'p.id = c.plan_id')
        .where('p.status = :status', { status: ActionPlanStatus.IMPLEMENTATION })
        .getMany(),
      db
        .createQueryBuilder(Proposal, 'pr')
        .innerJoin(ActionPlan, 'p', 'p.id = pr.plan_id')
        .where('p.status = :status', { status: ActionPlanStatus.CO_CREATION })
        .getMany(),
      db
        .createQueryBuilder(ActionItem, 'ai')
        .innerJoin(Meeting, 'm', 'm.id = ai.meeting_id')
        .where('ai.done_at IS NULL AND m.starts_at < :startsAt AND m.id <> :id', { startsAt: meeting.startsAt, id: meeting.id })
        .getMany(),
      this.agenda(meetingId),
    ]);
    const commitmentIds = commitments.map((c) => c.id);
    const [milestones, lastUpdates] = commitmentIds.length
      ? await Promise.all([
          db.find(Milestone, { where: { commitmentId: In(commitmentIds) } }),
          db
            .createQueryBuilder(ProgressUpdate, 'u')
            .select('u.commitment_id', 'commitmentId')
            .addSelect('max(u.posted_at)', 'lastUpdateAt')
            .where('u.commitment_id IN (:...ids)', { ids: commitmentIds })
            .groupBy('u.commitment_id')
            .getRawMany<{ commitmentId: string; lastUpdateAt: Date }>(),
        ])
      : [[], []];
    const lastUpdateOf = new Map(lastUpdates.map((row) => [row.commitmentId, new Date(row.lastUpdateAt)]));
    const suggestions = suggestAgenda(
      {
        commitments: commitments.map((c) => ({
          ...c,
          lastUpdateAt: lastUpdateOf.get(c.id) ?? null,
          milestones: milestones.filter((m) => m.commitmentId === c.id),
        })),
        proposals,
        actionItems,
      },
      this.clock.now(),
      this.config.timeZone,
    );
    const onAgenda = new Set(agenda.flatMap((item) => [item.commitmentId, item.proposalId, item.actionItemId]).filter(Boolean));
    // An action item is judged by itself (its commitment may be on the agenda for another reason), the rest by subject.
    const subjectOf = (s: AgendaSuggestion) => (s.reason === AgendaSuggestionReason.OPEN_ACTION_ITEM ? s.actionItemId : (s.commitmentId ?? s.proposalId));
    return suggestions.filter((s) => !onAgenda.has(subjectOf(s)));
  }

  // --- RSVP and attendance --------------------------------------------------------------------------------------------

  async rsvp(member: User, meetingId: string, answer: RsvpAnswer): Promise<Rsvp> {
    const meeting = await this.findById(meetingId);
    if (meeting.status !== MeetingStatus.SCHEDULED) throw new ConflictError(`The meeting is ${meeting.status.toLowerCase()}; RSVPs are closed`);
    await this.db.getRepository(Rsvp).upsert({ meetingId, userId: member.id, answer }, ['meetingId', 'userId']);
    return this.db.getRepository(Rsvp).findOneByOrFail({ meetingId, userId: member.id });
  }

  /** The chair ticks who is there; a meeting that has not started yet or was cancelled has no attendance; published minutes lock it. */
  async recordAttendance(chair: User, meetingId: string, userId: string, present: boolean): Promise<Meeting> {
    return this.db.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, meetingId);
      if (meeting.status !== MeetingStatus.IN_PROGRESS && meeting.status !== MeetingStatus.HELD) {
        throw new ConflictError('Attendance is taken once the meeting has started');
      }
      // The attendance is part of the record the published minutes are: it changes no more than they do.
      if (meeting.minutesStatus === MinutesStatus.PUBLISHED) {
        throw new ConflictError('The minutes are published: their attendance no longer changes', { minutesStatus: MinutesStatus.PUBLISHED });
      }
      if (!(await tx.existsBy(User, { id: userId }))) throw new NotFoundError('User', userId);
      if (present) await tx.upsert(Attendance, { meetingId, userId, recordedById: chair.id }, ['meetingId', 'userId']);
      else await tx.delete(Attendance, { meetingId, userId });
      await this.audit.record(tx, { actorId: chair.id, action: present ? 'meeting.attendance_recorded' : 'meeting.attendance_removed', entityType: 'Meeting', entityId: meetingId, after: { userId } });
      return meeting;
    });
  }

  // --- Live meeting mode ---------------------------------------------------------------------------------------------

  /** The chair opens the meeting, on the first agenda item. */
  start(chair: User, meetingId: string): Promise<Meeting> {
    return this.moveLive(chair, meetingId, async (tx, meeting) => {
      this.checkTransition(meeting, MeetingStatus.IN_PROGRESS);
      const first = await tx.findOne(AgendaItem, { where: { meetingId }, order: { position: 'ASC' } });
      return { status: MeetingStatus.IN_PROGRESS, currentAgendaItemId: first?.id ?? null };
    });
  }

  /** The chair moves to an agenda item; everyone viewing the meeting sees it change. */
  openAgendaItem(chair: User, meetingId: string, agendaItemId: string): Promise<Meeting> {
    return this.moveLive(chair, meetingId, async (tx, meeting) => {
      if (meeting.status !== MeetingStatus.IN_PROGRESS) throw new ConflictError('Start the meeting first');
      const item = await this.findItem(tx, agendaItemId);
      if (item.meetingId !== meetingId) throw new BadUserInputError('That item is on another meeting\'s agenda', { field: 'agendaItemId' });
      return { currentAgendaItemId: item.id };
    });
  }

  /** The chair closes the meeting: it is HELD, and counts for the six-month rule. */
  end(chair: User, meetingId: string): Promise<Meeting> {
    return this.moveLive(chair, meetingId, async (_tx, meeting) => {
      this.checkTransition(meeting, MeetingStatus.HELD);
      return { status: MeetingStatus.HELD, currentAgendaItemId: null };
    });
  }

  /** The time since the last HELD meeting against OGP's rule of at least one every six months. */
  async compliance(): Promise<MeetingCompliance> {
    const now = this.clock.now();
    const last = await this.db.getRepository(Meeting).findOne({ where: { status: MeetingStatus.HELD, startsAt: LessThanOrEqual(now) }, order: { startsAt: 'DESC' } });
    return meetingCompliance(last?.startsAt ?? null, now, this.config.timeZone);
  }

  // --- Helpers -------------------------------------------------------------------------------------------------------

  private async moveLive(chair: User, meetingId: string, change: (tx: EntityManager, meeting: Meeting) => Promise<Partial<Meeting>>): Promise<Meeting> {
    const { meeting, eventId } = await this.db.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, meetingId);
      const before = { status: meeting.status, currentAgendaItemId: meeting.currentAgendaItemId };
      Object.assign(meeting, await change(tx, meeting));
      await tx.save(meeting);
      await this.audit.record(tx, { actorId: chair.id, action: 'meeting.live', entityType: 'Meeting', entityId: meetingId, before, after: { status: meeting.status, currentAgendaItemId: meeting.currentAgendaItemId } });
      const event = await appendThreadEvent(tx, { subjectType: SubjectType.MEETING, subjectId: meetingId, type: 'meeting:agenda-item', agendaItemId: meeting.currentAgendaItemId });
      return { meeting, eventId: event.id };
    });
    this.events.emit(THREAD_EVENT, { eventIds: [eventId] } satisfies ThreadEventsCommitted);
    return meeting;
  }

  /** Reads the meeting under a row lock, so that changes to it and its agenda are made one at a time. */
  async lockMeeting(tx: EntityManager, id: string): Promise<Meeting> {
    const meeting = await tx.findOne(Meeting, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!meeting) throw new NotFoundError('Meeting', id);
    return meeting;
  }

  private async findItem(tx: EntityManager, id: string): Promise<AgendaItem> {
    const item = await tx.findOneBy(AgendaItem, { id });
    if (!item) throw new NotFoundError('AgendaItem', id);
    return item;
  }

  private checkTransition(meeting: Meeting, to: MeetingStatus): void {
    if (!canChangeMeetingStatus(meeting.status, to)) throw new ConflictError(`A ${meeting.status} meeting cannot become ${to}`, { status: meeting.status });
  }

  private checkAgendaOpen(meeting: Meeting): void {
    if (meeting.status === MeetingStatus.HELD || meeting.status === MeetingStatus.CANCELLED) {
      throw new ConflictError(`The agenda of a ${meeting.status.toLowerCase()} meeting is closed`);
    }
  }

  private async checkLinks(tx: EntityManager, input: AgendaItemInput): Promise<void> {
    if (input.commitmentId && !(await tx.existsBy(Commitment, { id: input.commitmentId }))) throw new NotFoundError('Commitment', input.commitmentId);
    if (input.presenterId && !(await tx.existsBy(User, { id: input.presenterId }))) throw new NotFoundError('User', input.presenterId);
    if (input.actionItemId && !(await tx.existsBy(ActionItem, { id: input.actionItemId }))) throw new NotFoundError('ActionItem', input.actionItemId);
    if (input.proposalId) {
      // Only proposals the whole forum may read can be put on an agenda: a draft is its organisation's business.
      const proposal = await tx.findOneBy(Proposal, { id: input.proposalId });
      if (!proposal || !wasSubmitted(proposal)) throw new NotFoundError('Proposal', input.proposalId);
    }
  }

  /**
   * E-mail to those who want meeting news at once (the others see it in the app or their digest): the forum's members
   * still live in their inboxes. Queued in the change's transaction (the queue retries a failed delivery), so the
   * e-mails exist exactly when the change does.
   */
  private async mailMembers(tx: EntityManager, userIds: string[], meeting: Meeting, change: 'rescheduled' | 'cancelled'): Promise<void> {
    if (!userIds.length) return;
    const link = `${this.config.publicUrl ?? `http://localhost:${this.config.port}`}/meetings/${meeting.id}`;
    const wanted = await this.notificationMail.wantEmailNow(tx, userIds, NotificationTopic.MEETINGS);
    for (const member of wanted.length ? await tx.findBy(User, { id: In(wanted) }) : []) {
      const mail = meetingChangeMail(member, meeting, change, link, this.config.timeZone);
      await this.mail.send({ ...mail, headers: this.notificationMail.unsubscribeHeaders(member.id, NotificationTopic.MEETINGS) }, tx);
    }
  }

  /** In-app notifications to every forum member but the one who made the change. */
  private async notifyMembers(tx: EntityManager, actor: User, meeting: Meeting, kind: NotificationKind, text: string): Promise<string[]> {
    const members = await tx.find(User, { select: { id: true }, where: { role: In([...MEMBER_ROLES]), passwordHash: Not(IsNull()) } });
    return this.notifications.create(
      tx,
      members.map((member) => member.id),
      { subjectType: SubjectType.MEETING, subjectId: meeting.id, kind, actorId: actor.id, text },
    );
  }
}

/**
 * A meeting is upcoming while it is under way, or until its scheduled end unless it has been held already: closed by the
 * chair, or its minutes begun (the summary or an item's notes saved) or published. Everything else is past.
 */
const UPCOMING_SQL = `(m.status = :inProgress OR (m.ends_at >= :now AND m.status <> :held AND m.minutes_status <> :published AND m.minutes_version = 1
  AND NOT EXISTS (SELECT 1 FROM agenda_items ai WHERE ai.meeting_id = m.id AND ai.notes_version > 1)))`;

function checkTimes(input: { startsAt: Date; endsAt: Date }): void {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) throw new BadUserInputError('A meeting ends after it starts', { field: 'endsAt' });
  if (input.endsAt.getTime() - input.startsAt.getTime() > 7 * 86_400_000) throw new BadUserInputError('A meeting lasts at most a week', { field: 'endsAt' });
}

function linkFields(input: AgendaItemInput | AgendaItem) {
  return {
    title: input.title,
    commitmentId: input.commitmentId ?? null,
    proposalId: input.proposalId ?? null,
    presenterId: input.presenterId ?? null,
    actionItemId: input.actionItemId ?? null,
    minutesAllotted: input.minutesAllotted ?? null,
  };
}
