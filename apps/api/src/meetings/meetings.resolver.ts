import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, can, countBySector, MinutesStatus, RsvpAnswer } from '@ogp-forum/domain';
import { Commitment } from '../commitments/commitment.entity.js';
import { idArg } from '../common/graphql/id-args.js';
import { intArg } from '../common/graphql/int-args.js';
import { Allow, CurrentUser } from '../common/guards/allow.decorator.js';
import type { GraphqlContext } from '../common/graphql/context.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { User } from '../users/user.entity.js';
import {
  AddActionItemInput,
  AddAgendaItemInput,
  AddDecisionInput,
  AgendaItemInput,
  AmendMinutesInput,
  CreateMeetingInput,
  MeetingDetailsInput,
  MeetingTimeFilter,
  SaveMinutesInput,
} from './dto/meeting.inputs.js';
import { AgendaItem, Meeting } from './meeting.entity.js';
import { AgendaSuggestion, MeetingAttendance, MeetingCompliance, MeetingConnection, Minutes, RsvpCounts, toSectorCounts } from './meeting.types.js';
import { MAX_SERIES_LENGTH, MeetingsService } from './meetings.service.js';
import { ActionItem, Decision, MinutesAmendment } from './minutes.entity.js';
import { MinutesService } from './minutes.service.js';
import { Rsvp } from './participation.entity.js';

const isMember = (user: User | null) => can(user, Action.READ_MEMBER_CONTENT);
/** Draft minutes are for forum members; published ones for everyone (DESIGN.md §3). */
const mayReadMinutes = (user: User | null, meeting: Meeting) => meeting.minutesStatus === MinutesStatus.PUBLISHED || isMember(user);
@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly minutesService: MinutesService,
  ) {}

  // --- Reading ---------------------------------------------------------------------------------------------------------

  @Allow(Action.READ_PUBLIC)
  @Query(() => MeetingConnection, { description: 'The forum\'s calendar: upcoming meetings soonest first, past ones latest first.' })
  meetings(
    @Args('when', { type: () => MeetingTimeFilter, defaultValue: MeetingTimeFilter.UPCOMING }) when: MeetingTimeFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.meetingsService.list(when, first, after);
  }

  @Allow(Action.READ_PUBLIC)
  @Query(() => Meeting)
  meeting(@Args(...idArg('id')) id: string) {
    return this.meetingsService.findById(id);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Query(() => [AgendaSuggestion], { description: 'Items the agenda could take up, each with the reason it is suggested.' })
  suggestAgenda(@Args(...idArg('meetingId')) meetingId: string) {
    return this.meetingsService.suggestAgenda(meetingId);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Query(() => MeetingCompliance, { description: 'How long since the last meeting held, against OGP\'s six-month rule.' })
  meetingCompliance() {
    return this.meetingsService.compliance();
  }

  @Allow(Action.COMPLETE_ACTION_ITEM)
  @Query(() => [ActionItem], { description: 'Your action items: open ones by due date, then done ones if asked.' })
  myActionItems(@CurrentUser() user: User, @Args('includeDone', { defaultValue: false }) includeDone: boolean) {
    return this.minutesService.myActionItems(user, includeDone);
  }

  @ResolveField(() => String, { nullable: true, description: 'The video call link: forum members only.' })
  onlineUrl(@Parent() meeting: Meeting, @CurrentUser() user: User | null) {
    return isMember(user) ? meeting.onlineUrl : null;
  }

  @ResolveField(() => [AgendaItem])
  agenda(@Parent() meeting: Meeting, @Context() { loaders }: GraphqlContext) {
    return loaders.agendaByMeeting.load(meeting.id);
  }

  @ResolveField(() => RsvpAnswer, { nullable: true, description: 'Your answer, if you gave one.' })
  async myRsvp(@Parent() meeting: Meeting, @CurrentUser() user: User | null, @Context() { loaders }: GraphqlContext) {
    if (!user) return null;
    return (await loaders.rsvpsByMeeting.load(meeting.id)).find((rsvp) => rsvp.userId === user.id)?.answer ?? null;
  }

  @ResolveField(() => RsvpCounts)
  async rsvpCounts(@Parent() meeting: Meeting, @Context() { loaders }: GraphqlContext): Promise<RsvpCounts> {
    const counts = await loaders.rsvpCountsByMeeting.load(meeting.id);
    return { yes: counts[RsvpAnswer.YES], no: counts[RsvpAnswer.NO], maybe: counts[RsvpAnswer.MAYBE] };
  }

  @ResolveField(() => [Rsvp], { nullable: true, description: 'Who answered what: forum members only.' })
  rsvps(@Parent() meeting: Meeting, @CurrentUser() user: User | null, @Context() { loaders }: GraphqlContext) {
    return isMember(user) ? loaders.rsvpsByMeeting.load(meeting.id) : null;
  }

  @ResolveField(() => MeetingAttendance, { description: 'Counts by sector for everyone; the names for members.' })
  async attendance(@Parent() meeting: Meeting, @CurrentUser() user: User | null, @Context() { loaders }: GraphqlContext): Promise<MeetingAttendance> {
    const rows = await loaders.attendanceByMeeting.load(meeting.id);
    const attendees = (await loaders.user.loadMany(rows.map((row) => row.userId)))
      .filter((person): person is User => person instanceof User)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const organizations = await Promise.all(attendees.map((a) => (a.organizationId ? loaders.organization.load(a.organizationId) : null)));
    const counts = countBySector(organizations.map((organization) => organization?.kind ?? null));
    return {
      bySector: toSectorCounts(counts, attendees.length),
      attendees: isMember(user) ? attendees : null,
    };
  }

  @ResolveField(() => Minutes, { nullable: true, description: 'Null while the minutes are a draft and you are not a forum member.' })
  minutes(@Parent() meeting: Meeting, @CurrentUser() user: User | null): Minutes | null {
    if (!mayReadMinutes(user, meeting)) return null;
    return { meetingId: meeting.id, status: meeting.minutesStatus, summary: meeting.minutesSummary, version: meeting.minutesVersion, publishedAt: meeting.minutesPublishedAt };
  }

  // --- Scheduling -------------------------------------------------------------------------------------------------------

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting)
  createMeeting(@CurrentUser() chair: User, @Args('input') input: CreateMeetingInput) {
    return this.meetingsService.create(chair, input);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => [Meeting], { description: 'A monthly series: the same day and local time each month, `count` meetings.' })
  createMeetingSeries(@CurrentUser() chair: User, @Args('input') input: CreateMeetingInput, @Args(...intArg('count', { min: 1, max: MAX_SERIES_LENGTH })) count: number) {
    return this.meetingsService.createSeries(chair, input, count);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting, { description: 'Changes the details; a new time or place is announced to all members.' })
  updateMeeting(@CurrentUser() chair: User, @Args(...idArg('id')) id: string, @Args('input') input: MeetingDetailsInput) {
    return this.meetingsService.update(chair, id, input);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting, { description: 'Cancels a meeting that has not started; all members are told why.' })
  cancelMeeting(@CurrentUser() chair: User, @Args(...idArg('id')) id: string, @Args('reason') reason: string) {
    return this.meetingsService.cancel(chair, id, reason);
  }

  @Allow(Action.RSVP)
  @Mutation(() => Rsvp)
  rsvp(@CurrentUser() member: User, @Args(...idArg('meetingId')) meetingId: string, @Args('answer', { type: () => RsvpAnswer }) answer: RsvpAnswer) {
    return this.meetingsService.rsvp(member, meetingId, answer);
  }

  // --- Agenda -------------------------------------------------------------------------------------------------------

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => AgendaItem)
  addAgendaItem(@CurrentUser() chair: User, @Args('input') input: AddAgendaItemInput) {
    return this.meetingsService.addAgendaItem(chair, input);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => AgendaItem)
  updateAgendaItem(@CurrentUser() chair: User, @Args(...idArg('id')) id: string, @Args('input') input: AgendaItemInput) {
    return this.meetingsService.updateAgendaItem(chair, id, input);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting)
  removeAgendaItem(@CurrentUser() chair: User, @Args(...idArg('id')) id: string) {
    return this.meetingsService.removeAgendaItem(chair, id);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => [AgendaItem], { description: 'Moves an item to a position (from 1); returns the agenda in its new order.' })
  moveAgendaItem(@CurrentUser() chair: User, @Args(...idArg('id')) id: string, @Args(...intArg('position', { min: 1 })) position: number) {
    return this.meetingsService.moveAgendaItem(chair, id, position);
  }

  // --- At the meeting -----------------------------------------------------------------------------------------------

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting, { description: 'Opens the meeting on its first agenda item; viewers follow live.' })
  startMeeting(@CurrentUser() chair: User, @Args(...idArg('id')) id: string) {
    return this.meetingsService.start(chair, id);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting, { description: 'Moves the meeting to an agenda item; viewers see it change.' })
  openAgendaItem(@CurrentUser() chair: User, @Args(...idArg('meetingId')) meetingId: string, @Args(...idArg('agendaItemId')) agendaItemId: string) {
    return this.meetingsService.openAgendaItem(chair, meetingId, agendaItemId);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting, { description: 'Closes the meeting: it is HELD.' })
  endMeeting(@CurrentUser() chair: User, @Args(...idArg('id')) id: string) {
    return this.meetingsService.end(chair, id);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting)
  recordAttendance(
    @CurrentUser() chair: User,
    @Args(...idArg('meetingId')) meetingId: string,
    @Args(...idArg('userId')) userId: string,
    @Args('present') present: boolean,
  ) {
    return this.meetingsService.recordAttendance(chair, meetingId, userId, present);
  }

  // --- Minutes ------------------------------------------------------------------------------------------------------

  @Allow(Action.DRAFT_MINUTES)
  @Mutation(() => Meeting, { description: 'Saves the draft summary, or one agenda item\'s notes; CONFLICT if someone saved in between.' })
  saveMinutes(@CurrentUser() editor: User, @Args('input') input: SaveMinutesInput) {
    return this.minutesService.save(editor, input);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Decision)
  addDecision(@CurrentUser() chair: User, @Args('input') input: AddDecisionInput) {
    return this.minutesService.addDecision(chair, input);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting)
  removeDecision(@CurrentUser() chair: User, @Args(...idArg('id')) id: string) {
    return this.minutesService.removeDecision(chair, id);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => ActionItem)
  addActionItem(@CurrentUser() chair: User, @Args('input') input: AddActionItemInput) {
    return this.minutesService.addActionItem(chair, input);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting)
  removeActionItem(@CurrentUser() chair: User, @Args(...idArg('id')) id: string) {
    return this.minutesService.removeActionItem(chair, id);
  }

  @Allow(Action.COMPLETE_ACTION_ITEM)
  @Mutation(() => ActionItem, { description: 'Marks your action item done (or open again); the secretariat may do it for anyone.' })
  completeActionItem(@CurrentUser() user: User, @Args(...idArg('id')) id: string, @Args('done', { defaultValue: true }) done: boolean) {
    return this.minutesService.completeActionItem(user, id, done);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => Meeting, { description: 'Publishes the minutes of a held meeting: public from now on, and changed only by amendment.' })
  publishMinutes(@CurrentUser() chair: User, @Args(...idArg('meetingId')) meetingId: string) {
    return this.minutesService.publish(chair, meetingId);
  }

  @Allow(Action.MANAGE_MEETINGS)
  @Mutation(() => MinutesAmendment, { description: 'A visible correction to published minutes.' })
  amendMinutes(@CurrentUser() chair: User, @Args('input') input: AmendMinutesInput) {
    return this.minutesService.amend(chair, input);
  }
}

@Resolver(() => Minutes)
export class MinutesResolver {
  constructor(private readonly minutes: MinutesService) {}

  @ResolveField(() => [Decision])
  decisions(@Parent() minutes: Minutes) {
    return this.minutes.decisions(minutes.meetingId);
  }

  @ResolveField(() => [ActionItem])
  actionItems(@Parent() minutes: Minutes) {
    return this.minutes.actionItems(minutes.meetingId);
  }

  @ResolveField(() => [MinutesAmendment])
  amendments(@Parent() minutes: Minutes) {
    return this.minutes.amendments(minutes.meetingId);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @ResolveField(() => User, { nullable: true })
  presenter(@Parent() item: AgendaItem, @Context() { loaders }: GraphqlContext) {
    return item.presenterId ? loaders.user.load(item.presenterId) : null;
  }

  @ResolveField(() => Commitment, { nullable: true })
  commitment(@Parent() item: AgendaItem, @Context() { loaders }: GraphqlContext) {
    return item.commitmentId ? loaders.commitment.load(item.commitmentId) : null;
  }

  @ResolveField(() => Proposal, { nullable: true })
  proposal(@Parent() item: AgendaItem, @Context() { loaders }: GraphqlContext) {
    return item.proposalId ? loaders.proposal.load(item.proposalId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'This item\'s minutes (Markdown); null while a draft, for non-members.' })
  async notes(@Parent() item: AgendaItem, @CurrentUser() user: User | null, @Context() { loaders }: GraphqlContext) {
    const meeting = await loaders.meeting.load(item.meetingId);
    return meeting && mayReadMinutes(user, meeting) ? item.notes : null;
  }

  @ResolveField(() => Int, { description: 'Give it back as baseVersion when saving the notes.' })
  notesVersion(@Parent() item: AgendaItem) {
    return item.notesVersion;
  }

  // An agenda item's thread is as public as its meeting (SubjectAccessService), so its size is too.
  @ResolveField(() => Int, { description: 'How many comments the item\'s discussion holds, replies included.' })
  commentCount(@Parent() item: AgendaItem, @Context() { loaders }: GraphqlContext) {
    return loaders.commentCountByAgendaItem.load(item.id);
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  constructor(private readonly minutes: MinutesService) {}

  @ResolveField(() => User, { nullable: true })
  assignee(@Parent() item: ActionItem, @Context() { loaders }: GraphqlContext) {
    return item.assigneeId ? loaders.user.load(item.assigneeId) : null;
  }

  @ResolveField(() => Meeting)
  meeting(@Parent() item: ActionItem, @Context() { loaders }: GraphqlContext) {
    return loaders.meeting.load(item.meetingId);
  }

  @ResolveField(() => Commitment, { nullable: true })
  commitment(@Parent() item: ActionItem, @Context() { loaders }: GraphqlContext) {
    return item.commitmentId ? loaders.commitment.load(item.commitmentId) : null;
  }

  @ResolveField({ description: 'Past its due date in the forum\'s time zone and not done.' })
  overdue(@Parent() item: ActionItem): boolean {
    return this.minutes.isOverdue(item);
  }
}

@Resolver(() => Rsvp)
export class RsvpResolver {
  @ResolveField(() => User)
  user(@Parent() rsvp: Rsvp, @Context() { loaders }: GraphqlContext) {
    return loaders.user.load(rsvp.userId);
  }
}
