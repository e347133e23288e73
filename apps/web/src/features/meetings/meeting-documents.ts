import type { AgendaSuggestionReason, MeetingKind, MeetingStatus, MinutesStatus, RsvpAnswer } from '@ogp-forum/domain';
import { gql } from 'urql';

// --- Types, written by hand like the rest of the app -----------------------------------------------------------------

export interface Person {
  id: string;
  displayName: string;
}

export interface MeetingSummary {
  id: string;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  status: MeetingStatus;
  sample: boolean;
  seriesId: string | null;
  rsvpCounts: { yes: number; no: number; maybe: number };
}

/** A meeting in the past list: who came, by sector, and whether its minutes are public. */
export interface PastMeetingSummary extends MeetingSummary {
  attendance: { bySector: { government: number; civilSociety: number; other: number; secretariat: number; total: number } };
  minutes: { status: MinutesStatus } | null;
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  commitmentId: string | null;
  commitment: { id: string; code: string; title: string } | null;
  proposalId: string | null;
  proposal: { id: string; title: string } | null;
  presenter: Person | null;
  minutesAllotted: number | null;
  notes: string | null;
  notesVersion: number;
  commentCount: number;
}

export interface ActionItem {
  id: string;
  title: string;
  dueDate: string;
  doneAt: string | null;
  overdue: boolean;
  assignee: Person | null;
  commitment: { id: string; code: string } | null;
}

export interface Minutes {
  status: MinutesStatus;
  summary: string;
  version: number;
  publishedAt: string | null;
  decisions: { id: string; text: string; agendaItemId: string | null }[];
  actionItems: ActionItem[];
  amendments: { id: string; body: string; reason: string; createdAt: string }[];
}

export interface MeetingDetail extends MeetingSummary {
  description: string;
  onlineUrl: string | null;
  cancellationReason: string | null;
  currentAgendaItemId: string | null;
  createdAt: string;
  agenda: AgendaItem[];
  myRsvp: RsvpAnswer | null;
  rsvps: { answer: RsvpAnswer; answeredAt: string; user: Person }[] | null;
  attendance: {
    bySector: { government: number; civilSociety: number; other: number; secretariat: number; total: number };
    attendees: Person[] | null;
  };
  minutes: Minutes | null;
}

export interface AgendaSuggestion {
  reason: AgendaSuggestionReason;
  title: string;
  commitmentId: string | null;
  proposalId: string | null;
  actionItemId: string | null;
  milestoneTitle: string | null;
  days: number;
}

export interface MeetingCompliance {
  lastHeldAt: string | null;
  daysSinceLastHeld: number | null;
  nextDueBy: string | null;
  compliant: boolean;
}

// --- Reading ---------------------------------------------------------------------------------------------------------

const SUMMARY_FIELDS = 'id kind title startsAt endsAt place status sample seriesId rsvpCounts { yes no maybe }';

export const MeetingsQuery = gql`
  query Meetings($when: MeetingTimeFilter!, $after: String) {
    meetings(when: $when, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${SUMMARY_FIELDS} } }
    }
  }
`;

export const PastMeetingsQuery = gql`
  query PastMeetings($after: String) {
    meetings(when: PAST, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ${SUMMARY_FIELDS} attendance { bySector { government civilSociety other secretariat total } } minutes { status } } }
    }
  }
`;

export const MeetingComplianceQuery = gql`
  query MeetingCompliance { meetingCompliance { lastHeldAt daysSinceLastHeld nextDueBy compliant } }
`;

export const MeetingQuery = gql`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ${SUMMARY_FIELDS}
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
`;

export const SuggestAgendaQuery = gql`
  query SuggestAgenda($meetingId: ID!) {
    suggestAgenda(meetingId: $meetingId) { reason title commitmentId proposalId actionItemId milestoneTitle days }
  }
`;

/** The commitments an agenda item or action item can be linked to. */
export const CommitmentChoicesQuery = gql`
  query CommitmentChoices { actionPlans { id themes { id commitments { id code title } } } }
`;

export interface CommitmentChoices {
  actionPlans: { id: string; themes: { id: string; commitments: { id: string; code: string; title: string }[] }[] }[];
}

/** Members to pick as presenter, assignee or attendee (ADMIN only, as is everything that picks them). */
export const MemberChoicesQuery = gql`
  query MemberChoices { members(first: 100) { edges { node { id displayName role status } } } }
`;

export interface MemberChoices {
  members: { edges: { node: Person & { role: string; status: string } }[] };
}

export const MyActionItemsQuery = gql`
  query MyActionItems($includeDone: Boolean!) {
    myActionItems(includeDone: $includeDone) {
      id title dueDate doneAt overdue assignee { id displayName } commitment { id code } meeting { id title startsAt }
    }
  }
`;

// --- Changing --------------------------------------------------------------------------------------------------------

export const CreateMeetingMutation = gql`
  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }
`;
export const CreateMeetingSeriesMutation = gql`
  mutation CreateMeetingSeries($input: CreateMeetingInput!, $count: Int!) { createMeetingSeries(input: $input, count: $count) { id } }
`;
export const UpdateMeetingMutation = gql`
  mutation UpdateMeeting($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { id } }
`;
export const CancelMeetingMutation = gql`
  mutation CancelMeeting($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { id status } }
`;
export const RsvpMutation = gql`
  mutation Rsvp($meetingId: ID!, $answer: RsvpAnswer!) { rsvp(meetingId: $meetingId, answer: $answer) { answer } }
`;
export const AddAgendaItemMutation = gql`
  mutation AddAgendaItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }
`;
export const RemoveAgendaItemMutation = gql`
  mutation RemoveAgendaItem($id: ID!) { removeAgendaItem(id: $id) { id } }
`;
export const MoveAgendaItemMutation = gql`
  mutation MoveAgendaItem($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position } }
`;
export const StartMeetingMutation = gql`
  mutation StartMeeting($id: ID!) { startMeeting(id: $id) { id status currentAgendaItemId } }
`;
export const OpenAgendaItemMutation = gql`
  mutation OpenAgendaItem($meetingId: ID!, $agendaItemId: ID!) {
    openAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) { id status currentAgendaItemId }
  }
`;
export const EndMeetingMutation = gql`
  mutation EndMeeting($id: ID!) { endMeeting(id: $id) { id status currentAgendaItemId } }
`;
export const RecordAttendanceMutation = gql`
  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {
    recordAttendance(meetingId: $meetingId, userId: $userId, present: $present) { id }
  }
`;
export const SaveMinutesMutation = gql`
  mutation SaveMinutes($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }
`;
export const AddDecisionMutation = gql`
  mutation AddDecision($input: AddDecisionInput!) { addDecision(input: $input) { id } }
`;
export const RemoveDecisionMutation = gql`
  mutation RemoveDecision($id: ID!) { removeDecision(id: $id) { id } }
`;
export const AddActionItemMutation = gql`
  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id } }
`;
export const RemoveActionItemMutation = gql`
  mutation RemoveActionItem($id: ID!) { removeActionItem(id: $id) { id } }
`;
export const CompleteActionItemMutation = gql`
  mutation CompleteActionItem($id: ID!, $done: Boolean!) { completeActionItem(id: $id, done: $done) { id doneAt overdue } }
`;
export const PublishMinutesMutation = gql`
  mutation PublishMinutes($meetingId: ID!) { publishMinutes(meetingId: $meetingId) { id } }
`;
export const AmendMinutesMutation = gql`
  mutation AmendMinutes($input: AmendMinutesInput!) { amendMinutes(input: $input) { id } }
`;
