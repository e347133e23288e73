import { graphql } from '../../gql';
import type {
  MeetingQuery as MeetingData,
  PastMeetingsQuery as PastMeetingsData,
  SuggestAgendaQuery as SuggestAgendaData,
} from '../../gql/graphql';

// --- Types, from the generated types of the documents below ---------------------------------------------------------

/** A meeting in the past list: who came, by sector, and whether its minutes are public. */
export type PastMeetingSummary = PastMeetingsData['meetings']['edges'][number]['node'];
export type MeetingDetail = MeetingData['meeting'];
export type AgendaItem = MeetingDetail['agenda'][number];
export type Minutes = NonNullable<MeetingDetail['minutes']>;
export type ActionItem = Minutes['actionItems'][number];
export type AgendaSuggestion = SuggestAgendaData['suggestAgenda'][number];

// --- Reading ---------------------------------------------------------------------------------------------------------

export const MeetingSummaryFields = graphql(`
  fragment MeetingSummary on Meeting { id kind title startsAt endsAt place status sample seriesId rsvpCounts { yes no maybe } }
`);

export const MeetingsQuery = graphql(`
  query Meetings($when: MeetingTimeFilter!, $after: String) {
    meetings(when: $when, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...MeetingSummary } }
    }
  }
`);

export const PastMeetingsQuery = graphql(`
  query PastMeetings($after: String) {
    meetings(when: PAST, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...MeetingSummary attendance { bySector { government civilSociety other secretariat total } } minutes { status } } }
    }
  }
`);

export const MeetingComplianceQuery = graphql(`
  query MeetingCompliance { meetingCompliance { lastHeldAt daysSinceLastHeld nextDueBy compliant } }
`);

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingSummary
      description onlineUrl cancellationReason currentAgendaItemId createdAt myRsvp
      agenda {
        id position title commitmentId commitment { id code title } proposalId proposal { id title }
        presenter { id displayName } minutesAllotted notes notesVersion commentCount
      }
      rsvps { answer answeredAt user { id displayName } }
      attendance { bySector { government civilSociety other secretariat total } attendees { id displayName } }
      minutes {
        status summary version publishedAt
        decisions { id text agendaItemId }
        actionItems { id title dueDate doneAt overdue assignee { id displayName } commitment { id code } }
        amendments { id body reason createdAt }
      }
    }
  }
`);

export const SuggestAgendaQuery = graphql(`
  query SuggestAgenda($meetingId: ID!) {
    suggestAgenda(meetingId: $meetingId) { reason title commitmentId proposalId actionItemId milestoneTitle days }
  }
`);

/** The commitments an agenda item or action item can be linked to. */
export const CommitmentChoicesQuery = graphql(`
  query CommitmentChoices { actionPlans { id themes { id commitments { id code title } } } }
`);

/** Members to pick as presenter, assignee or attendee (ADMIN only, as is everything that picks them). */
export const MemberChoicesQuery = graphql(`
  query MemberChoices { members(first: 100) { edges { node { id displayName role status } } } }
`);

export const MyActionItemsQuery = graphql(`
  query MyActionItems($includeDone: Boolean!) {
    myActionItems(includeDone: $includeDone) {
      id title dueDate doneAt overdue assignee { id displayName } commitment { id code } meeting { id title startsAt }
    }
  }
`);

// --- Changing --------------------------------------------------------------------------------------------------------

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }
`);
export const CreateMeetingSeriesMutation = graphql(`
  mutation CreateMeetingSeries($input: CreateMeetingInput!, $count: Int!) { createMeetingSeries(input: $input, count: $count) { id } }
`);
export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { id } }
`);
export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { id status } }
`);
export const RsvpMutation = graphql(`
  mutation Rsvp($meetingId: ID!, $answer: RsvpAnswer!) { rsvp(meetingId: $meetingId, answer: $answer) { answer } }
`);
export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }
`);
export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($id: ID!) { removeAgendaItem(id: $id) { id } }
`);
export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position } }
`);
export const StartMeetingMutation = graphql(`
  mutation StartMeeting($id: ID!) { startMeeting(id: $id) { id status currentAgendaItemId } }
`);
export const OpenAgendaItemMutation = graphql(`
  mutation OpenAgendaItem($meetingId: ID!, $agendaItemId: ID!) {
    openAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) { id status currentAgendaItemId }
  }
`);
export const EndMeetingMutation = graphql(`
  mutation EndMeeting($id: ID!) { endMeeting(id: $id) { id status currentAgendaItemId } }
`);
export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {
    recordAttendance(meetingId: $meetingId, userId: $userId, present: $present) { id }
  }
`);
export const SaveMinutesMutation = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }
`);
export const AddDecisionMutation = graphql(`
  mutation AddDecision($input: AddDecisionInput!) { addDecision(input: $input) { id } }
`);
export const RemoveDecisionMutation = graphql(`
  mutation RemoveDecision($id: ID!) { removeDecision(id: $id) { id } }
`);
export const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id } }
`);
export const RemoveActionItemMutation = graphql(`
  mutation RemoveActionItem($id: ID!) { removeActionItem(id: $id) { id } }
`);
export const CompleteActionItemMutation = graphql(`
  mutation CompleteActionItem($id: ID!, $done: Boolean!) { completeActionItem(id: $id, done: $done) { id doneAt overdue } }
`);
export const PublishMinutesMutation = graphql(`
  mutation PublishMinutes($meetingId: ID!) { publishMinutes(meetingId: $meetingId) { id } }
`);
export const AmendMinutesMutation = graphql(`
  mutation AmendMinutes($input: AmendMinutesInput!) { amendMinutes(input: $input) { id } }
`);
