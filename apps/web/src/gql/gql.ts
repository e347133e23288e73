/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MySessions { mySessions { id userAgent ip createdAt lastUsedAt current } }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id displayName locale localeChosen } }\n": typeof types.UpdateMyAccountDocument,
    "\n  query MyCalendarFeed { myCalendarFeed { createdAt } }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RenewCalendarFeed { renewCalendarFeed { url createdAt } }\n": typeof types.RenewCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed { revokeCalendarFeed }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query MyNotificationPreferences { notificationPreferences { topic delivery } }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(topic: $topic, delivery: $delivery) { topic delivery }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query AuditEvents($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId before after createdAt actor { id displayName email } } }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email displayName role status organization { id name nameKo } } }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { expiresAt member { id email } } }\n": typeof types.InviteMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id role organization { id name nameKo } } }\n": typeof types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) { deactivateMember(id: $id) { id status } }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) { reactivateMember(id: $id) { id status } }\n": typeof types.ReactivateMemberDocument,
    "\n  query ModerationQueue($after: String, $locale: Locale) {\n    flaggedComments(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          url\n          subjectTitle(locale: $locale)\n          firstFlaggedAt\n          comment { id body createdAt author { id displayName } }\n          flags { id reason createdAt flaggedBy { id displayName } }\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation HideFlaggedComment($input: HideCommentInput!) { hideComment(input: $input) { id hidden } }\n": typeof types.HideFlaggedCommentDocument,
    "\n  mutation DismissCommentFlags($commentId: ID!) { dismissCommentFlags(commentId: $commentId) }\n": typeof types.DismissCommentFlagsDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id key name nameKo kind } }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id name nameKo kind } }\n": typeof types.UpdateOrganizationDocument,
    "\n  query Organizations { organizations { id key name nameKo kind } }\n": typeof types.OrganizationsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) { email displayName role expiresAt organization { id name nameKo } }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { ...SessionFields }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query SignUpOpen { signUpOpen }\n": typeof types.SignUpOpenDocument,
    "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) { verifyEmail(token: $token) { ...SessionFields } }\n": typeof types.VerifyEmailDocument,
    "\n  fragment CoCreationPlanFields on ActionPlan {\n    id number title titleKo status coCreationPhase callOpensOn callClosesOn reviewClosesOn draftingClosesOn dueOn\n  }\n": typeof types.CoCreationPlanFieldsFragmentDoc,
    "\n  fragment OrganizationRef on Organization { id name nameKo }\n": typeof types.OrganizationRefFragmentDoc,
    "\n  fragment ProposalCard on Proposal {\n    id title status organization { ...OrganizationRef } coSponsors { ...OrganizationRef } proposer { id displayName }\n    sampleAttribution specificity { score }\n  }\n": typeof types.ProposalCardFragmentDoc,
    "\n  fragment Scores on Evaluation { feasibility specificity urgency relevance }\n": typeof types.ScoresFragmentDoc,
    "\n  fragment ScoreAverages on ScoreAverages { evaluators feasibility specificity urgency relevance }\n": typeof types.ScoreAveragesFragmentDoc,
    "\n  query CoCreationPlans { actionPlans { ...CoCreationPlanFields } }\n": typeof types.CoCreationPlansDocument,
    "\n  query CoCreation($planId: ID!) {\n    actionPlan(id: $planId) { ...CoCreationPlanFields }\n    proposals(planId: $planId) { ...ProposalCard }\n    draftCommitments(planId: $planId) { id title frozen }\n    workingGroups(planId: $planId) { id name }\n  }\n": typeof types.CoCreationDocument,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalCard\n      problem proposedAction expectedResults milestones { title dueDate } suggestedLeadAgency ogpValues\n      submittedAt decidedAt rationale createdAt\n      plan { id number title titleKo status }\n      mergedInto { id title } workingGroup { id name } draftCommitment { id title } commitment { id code }\n      mayEvaluate myEvaluation { ...Scores note counts }\n      evaluations { ...Scores note updatedAt evaluator { id displayName } }\n      evaluationSummary { all { ...ScoreAverages } bySector { sector evaluators feasibility specificity urgency relevance } }\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  mutation AddLeadAgency($input: OrganizationInput!) { createOrganization(input: $input) { id name nameKo kind } }\n": typeof types.AddLeadAgencyDocument,
    "\n  query MergeTargets($planId: ID!) {\n    proposals(planId: $planId) { id title status }\n    workingGroups(planId: $planId) { id name }\n    organizations { id name nameKo kind }\n  }\n": typeof types.MergeTargetsDocument,
    "\n  query ReasonedResponses($planId: ID!) {\n    actionPlan(id: $planId) { id number title titleKo }\n    reasonedResponses(planId: $planId) {\n      id title status submittedAt decidedAt rationale organization { ...OrganizationRef } mergedInto { id title } workingGroup { id name } commitment { id code }\n    }\n  }\n": typeof types.ReasonedResponsesDocument,
    "\n  query DraftCommitment($id: ID!) {\n    draftCommitment(id: $id) {\n      id planId title frozen revision governmentSignedOffAt csoSignedOffAt mySignOffSide leftOutReason commitment { id code }\n      leadOrganization { ...OrganizationRef } coLeadOrganizations { ...OrganizationRef }\n      proposal { id title }\n      sections {\n        id key text version updatedAt updatedBy { id displayName }\n        history { version createdAt author { id displayName } }\n        milestones { milestones { title start end } problems }\n      }\n    }\n  }\n": typeof types.DraftCommitmentDocument,
    "\n  query DraftSectionDiff($sectionId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    draftSectionDiff(sectionId: $sectionId, fromVersion: $fromVersion, toVersion: $toVersion) { text change }\n  }\n": typeof types.DraftSectionDiffDocument,
    "\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id planId name description members { id displayName }\n      proposals { id title rationale organization { ...OrganizationRef } }\n    }\n  }\n": typeof types.WorkingGroupDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }\n": typeof types.CreateActionPlanDocument,
    "\n  mutation UpdateCoCreationCalendar($id: ID!, $input: CoCreationCalendarInput!) {\n    updateCoCreationCalendar(id: $id, input: $input) { ...CoCreationPlanFields }\n  }\n": typeof types.UpdateCoCreationCalendarDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) { createProposal(input: $input) { id } }\n": typeof types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: ProposalTextInput!) { updateProposal(id: $id, input: $input) { id } }\n": typeof types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($id: ID!) { submitProposal(id: $id) { id status } }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!) { withdrawProposal(id: $id) { id status } }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation CoSponsorProposal($id: ID!, $sponsoring: Boolean!) { coSponsorProposal(id: $id, sponsoring: $sponsoring) { id } }\n": typeof types.CoSponsorProposalDocument,
    "\n  mutation OpenProposalReview($id: ID!) { openProposalReview(id: $id) { id status } }\n": typeof types.OpenProposalReviewDocument,
    "\n  mutation EvaluateProposal($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { ...Scores note } }\n": typeof types.EvaluateProposalDocument,
    "\n  mutation DecideProposal($input: DecideProposalInput!) { decideProposal(input: $input) { id status } }\n": typeof types.DecideProposalDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id name } }\n": typeof types.CreateWorkingGroupDocument,
    "\n  mutation SetWorkingGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setWorkingGroupMember(groupId: $groupId, userId: $userId, member: $member) { id }\n  }\n": typeof types.SetWorkingGroupMemberDocument,
    "\n  mutation SaveDraftSection($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { id text version } }\n": typeof types.SaveDraftSectionDocument,
    "\n  mutation SaveDraftMilestones($input: SaveDraftMilestonesInput!) { saveDraftMilestones(input: $input) { id text version } }\n": typeof types.SaveDraftMilestonesDocument,
    "\n  mutation SignOffDraftCommitment($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { id frozen } }\n": typeof types.SignOffDraftCommitmentDocument,
    "\n  mutation Follow($id: ID!, $following: Boolean!) { follow(subjectType: COMMITMENT, subjectId: $id, following: $following) }\n": typeof types.FollowDocument,
    "\n  mutation PostProgressUpdate($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id completion } }\n": typeof types.PostProgressUpdateDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      code\n      title\n      titleKo\n      summary\n      start\n      end\n      contact\n      completion\n      ogpValues\n      publicProblem\n      description\n      howItSolves\n      ogpValueRelevance\n      additionalInfo\n      nextSteps\n      involvedActors\n      plan {\n        id\n        title\n        titleKo\n        status\n      }\n      theme {\n        id\n        position\n        title\n        titleKo\n      }\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      incorporatedInto {\n        id\n        code\n      }\n      milestones {\n        id\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      following\n      canPostProgressUpdate\n    }\n  }\n": typeof types.CommitmentDocument,
    "\n  query OgpCompliance($planId: ID!, $lang: Locale!) {\n    actionPlan(id: $planId) { id number title titleKo status }\n    ogpCompliance(planId: $planId) {\n      asOf\n      requirements {\n        code requirement status nextDueOn\n        title(lang: $lang) description(lang: $lang) explanation(lang: $lang)\n        evidence { kind label url date }\n      }\n    }\n  }\n": typeof types.OgpComplianceDocument,
    "\n  query Dashboard {\n    actionPlans {\n      id\n      title\n      titleKo\n      status\n      themes {\n        id\n        commitments {\n          id\n          code\n          title\n          titleKo\n          stale\n          lastUpdateAt\n          incorporatedInto { id }\n          milestones { id title titleKo end delayed daysDelayed }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment LevelCounts on CompletionCounts {\n    notStarted\n    limited\n    substantial\n    completed\n    withdrawn\n    incorporated\n    total\n  }\n": typeof types.LevelCountsFragmentDoc,
    "\n  query PlanDashboard($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      status\n    }\n    planDashboard(planId: $planId) {\n      asOf\n      completionByTheme {\n        theme {\n          id\n          position\n          title\n          titleKo\n        }\n        counts {\n          ...LevelCounts\n        }\n      }\n      completionHistory {\n        updateCount\n        points {\n          date\n          counts {\n            ...LevelCounts\n          }\n        }\n      }\n      milestones {\n        id\n        commitmentId\n        commitmentCode\n        position\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      freshness {\n        organization {\n          id\n          name\n          nameKo\n        }\n        commitments\n        lastUpdateAt\n        daysSinceLastUpdate\n        staleCommitments\n      }\n      attendance {\n        meeting {\n          id\n          title\n          startsAt\n          sample\n        }\n        bySector {\n          government\n          civilSociety\n          other\n          secretariat\n          total\n        }\n      }\n      proposalsByStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.PlanDashboardDocument,
    "\n  mutation PostComment($input: PostCommentInput!) { postComment(input: $input) { id seq } }\n": typeof types.PostCommentDocument,
    "\n  query Mentionable($search: String!) { mentionableMembers(search: $search) { id displayName } }\n": typeof types.MentionableDocument,
    "\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n": typeof types.FlagCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { id } }\n": typeof types.EditCommentDocument,
    "\n  query CommentHistory($id: ID!) { comment(id: $id) { id history { id body replacedAt } } }\n": typeof types.CommentHistoryDocument,
    "\n  mutation HideComment($input: HideCommentInput!) { hideComment(input: $input) { id } }\n": typeof types.HideCommentDocument,
    "\n  query LinkedCommentSubject($id: ID!) {\n    comment(id: $id) {\n      id\n      subjectType\n      subjectId\n    }\n  }\n": typeof types.LinkedCommentSubjectDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": typeof types.DeleteAttachmentDocument,
    "query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.PlanDocumentsDocument,
    "query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.CommitmentDocumentsDocument,
    "query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.MeetingDocumentsDocument,
    "query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.ProposalDocumentsDocument,
    "\n  fragment DocumentFields on Attachment { id name size contentType createdAt url uploadedBy { id displayName } }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  fragment ForumRulesFields on ForumRules { id locale text version updatedAt seeded updatedBy { id displayName } }\n": typeof types.ForumRulesFieldsFragmentDoc,
    "\n  query ForumRules {\n    forumRules { ...ForumRulesFields }\n  }\n": typeof types.ForumRulesDocument,
    "\n  query ForumRulesVersions($locale: Locale!) {\n    forumRulesVersions(locale: $locale) { id version text createdAt seeded author { id displayName } }\n  }\n": typeof types.ForumRulesVersionsDocument,
    "\n  mutation SaveForumRules($input: SaveForumRulesInput!) {\n    saveForumRules(input: $input) { ...ForumRulesFields }\n  }\n": typeof types.SaveForumRulesDocument,
    "\n  fragment MeetingSummary on Meeting { id kind title startsAt endsAt place status sample seriesId rsvpCounts { yes no maybe } }\n": typeof types.MeetingSummaryFragmentDoc,
    "\n  query Meetings($when: MeetingTimeFilter!, $after: String) {\n    meetings(when: $when, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary } }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query PastMeetings($after: String) {\n    meetings(when: PAST, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary attendance { bySector { government civilSociety other secretariat total } } minutes { status } } }\n    }\n  }\n": typeof types.PastMeetingsDocument,
    "\n  query MeetingCompliance { meetingCompliance { lastHeldAt daysSinceLastHeld nextDueBy compliant } }\n": typeof types.MeetingComplianceDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingSummary\n      description onlineUrl cancellationReason currentAgendaItemId createdAt myRsvp\n      agenda {\n        id position title commitmentId commitment { id code title } proposalId proposal { id title }\n        presenter { id displayName } minutesAllotted notes notesVersion commentCount\n      }\n      rsvps { answer answeredAt user { id displayName } }\n      attendance { bySector { government civilSociety other secretariat total } attendees { id displayName } }\n      minutes {\n        status summary version publishedAt\n        decisions { id text agendaItemId }\n        actionItems { id title dueDate doneAt overdue assignee { id displayName } commitment { id code } }\n        amendments { id body reason createdAt }\n      }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query SuggestAgenda($meetingId: ID!) {\n    suggestAgenda(meetingId: $meetingId) { reason title commitmentId proposalId actionItemId milestoneTitle days }\n  }\n": typeof types.SuggestAgendaDocument,
    "\n  query CommitmentChoices { actionPlans { id themes { id commitments { id code title } } } }\n": typeof types.CommitmentChoicesDocument,
    "\n  query MemberChoices { members(first: 100) { edges { node { id displayName role status } } } }\n": typeof types.MemberChoicesDocument,
    "\n  query MyActionItems($includeDone: Boolean!) {\n    myActionItems(includeDone: $includeDone) {\n      id title dueDate doneAt overdue assignee { id displayName } commitment { id code } meeting { id title startsAt }\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }\n": typeof types.CreateMeetingDocument,
    "\n  mutation CreateMeetingSeries($input: CreateMeetingInput!, $count: Int!) { createMeetingSeries(input: $input, count: $count) { id } }\n": typeof types.CreateMeetingSeriesDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { id } }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { id status } }\n": typeof types.CancelMeetingDocument,
    "\n  mutation Rsvp($meetingId: ID!, $answer: RsvpAnswer!) { rsvp(meetingId: $meetingId, answer: $answer) { answer } }\n": typeof types.RsvpDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) { removeAgendaItem(id: $id) { id } }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation MoveAgendaItem($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position } }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation StartMeeting($id: ID!) { startMeeting(id: $id) { id status currentAgendaItemId } }\n": typeof types.StartMeetingDocument,
    "\n  mutation OpenAgendaItem($meetingId: ID!, $agendaItemId: ID!) {\n    openAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) { id status currentAgendaItemId }\n  }\n": typeof types.OpenAgendaItemDocument,
    "\n  mutation EndMeeting($id: ID!) { endMeeting(id: $id) { id status currentAgendaItemId } }\n": typeof types.EndMeetingDocument,
    "\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, present: $present) { id }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }\n": typeof types.SaveMinutesDocument,
    "\n  mutation AddDecision($input: AddDecisionInput!) { addDecision(input: $input) { id } }\n": typeof types.AddDecisionDocument,
    "\n  mutation RemoveDecision($id: ID!) { removeDecision(id: $id) { id } }\n": typeof types.RemoveDecisionDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id } }\n": typeof types.AddActionItemDocument,
    "\n  mutation RemoveActionItem($id: ID!) { removeActionItem(id: $id) { id } }\n": typeof types.RemoveActionItemDocument,
    "\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) { completeActionItem(id: $id, done: $done) { id doneAt overdue } }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation PublishMinutes($meetingId: ID!) { publishMinutes(meetingId: $meetingId) { id } }\n": typeof types.PublishMinutesDocument,
    "\n  mutation AmendMinutes($input: AmendMinutesInput!) { amendMinutes(input: $input) { id } }\n": typeof types.AmendMinutesDocument,
    "\n  query Notifications($after: String, $locale: Locale) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind subjectType subjectId subjectTitle(locale: $locale) url excerpt commentHidden readAt createdAt actor { id displayName } } }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query UnreadNotifications { unreadNotificationCount }\n": typeof types.UnreadNotificationsDocument,
    "\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n": typeof types.OpenDataPlansDocument,
    "\n  query FilteredCommitments($planId: ID!, $filter: CommitmentFilter) {\n    commitments(planId: $planId, filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FilteredCommitmentsDocument,
    "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        completed\n        substantial\n        limited\n        notStarted\n        withdrawn\n        incorporated\n        total\n      }\n      themes {\n        id\n        position\n        title\n        titleKo\n        commitments {\n          id\n          code\n          title\n          titleKo\n          completion\n          delayedMilestoneCount\n          stale\n          incorporatedInto {\n            id\n            code\n          }\n          leadOrganization {\n            id\n            name\n            nameKo\n          }\n        }\n      }\n      irmRecommendations {\n        id\n        number\n        text\n        textKo\n        status\n        governmentResponse\n      }\n    }\n  }\n": typeof types.PlanDocument,
    "\n  query Plans {\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        total\n      }\n    }\n  }\n": typeof types.PlansDocument,
    "\n  query PlanRepository($planId: ID!) {\n    planRepository(planId: $planId) {\n      plan { id number title titleKo periodStart periodEnd status adoptedAt }\n      documents { ...DocumentFields }\n      minutes { id title startsAt minutes { publishedAt } attachments { ...DocumentFields } }\n      registerUpdatedAt\n      basicRulesUpdatedAt\n      lastUpdatedAt\n    }\n  }\n": typeof types.PlanRepositoryDocument,
    "\n  query Adoption($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    draftCommitments(planId: $planId) {\n      id\n      title\n      frozen\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      sections {\n        id\n        key\n        text\n      }\n    }\n  }\n": typeof types.AdoptionDocument,
    "\n  mutation AdoptActionPlan($planId: ID!, $input: AdoptActionPlanInput!) {\n    adoptActionPlan(planId: $planId, input: $input) {\n      id\n      status\n      adoptedAt\n    }\n  }\n": typeof types.AdoptActionPlanDocument,
    "\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseActionPlanDocument,
    "\n  mutation UpdateActionPlan($id: ID!, $input: UpdateActionPlanInput!) {\n    updateActionPlan(id: $id, input: $input) {\n      id\n      title\n      titleKo\n      periodStart\n      periodEnd\n    }\n  }\n": typeof types.UpdateActionPlanDocument,
    "\n  query ReportPlan($id: ID!) {\n    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }\n  }\n": typeof types.ReportPlanDocument,
    "\n  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {\n    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }\n  }\n": typeof types.ReportNarrativesDocument,
    "\n  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {\n    saveReportNarrative(input: $input) { id key locale text version }\n  }\n": typeof types.SaveReportNarrativeDocument,
    "\n  query ReportConsultation($planId: ID!, $kind: ReportKind!) {\n    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }\n  }\n": typeof types.ReportConsultationDocument,
    "\n  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {\n    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }\n  }\n": typeof types.OpenReportConsultationDocument,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $planId: ID, $from: String, $to: String, $after: String) {\n    search(query: $query, kinds: $kinds, planId: $planId, from: $from, to: $to, first: 20, after: $after) {\n      totalCount\n      totalCountIsExact\n      kinds { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind id title titleKo url at snippet { text match } } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchPlans { actionPlans { id number title titleKo } }\n": typeof types.SearchPlansDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role locale localeChosen organization { id name nameKo kind } }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession { refreshSession { ...SessionFields } }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query MySessions { mySessions { id userAgent ip createdAt lastUsedAt current } }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id displayName locale localeChosen } }\n": types.UpdateMyAccountDocument,
    "\n  query MyCalendarFeed { myCalendarFeed { createdAt } }\n": types.MyCalendarFeedDocument,
    "\n  mutation RenewCalendarFeed { renewCalendarFeed { url createdAt } }\n": types.RenewCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed { revokeCalendarFeed }\n": types.RevokeCalendarFeedDocument,
    "\n  query MyNotificationPreferences { notificationPreferences { topic delivery } }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(topic: $topic, delivery: $delivery) { topic delivery }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query AuditEvents($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId before after createdAt actor { id displayName email } } }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email displayName role status organization { id name nameKo } } }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { expiresAt member { id email } } }\n": types.InviteMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id role organization { id name nameKo } } }\n": types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($id: ID!) { deactivateMember(id: $id) { id status } }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) { reactivateMember(id: $id) { id status } }\n": types.ReactivateMemberDocument,
    "\n  query ModerationQueue($after: String, $locale: Locale) {\n    flaggedComments(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          url\n          subjectTitle(locale: $locale)\n          firstFlaggedAt\n          comment { id body createdAt author { id displayName } }\n          flags { id reason createdAt flaggedBy { id displayName } }\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation HideFlaggedComment($input: HideCommentInput!) { hideComment(input: $input) { id hidden } }\n": types.HideFlaggedCommentDocument,
    "\n  mutation DismissCommentFlags($commentId: ID!) { dismissCommentFlags(commentId: $commentId) }\n": types.DismissCommentFlagsDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id key name nameKo kind } }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id name nameKo kind } }\n": types.UpdateOrganizationDocument,
    "\n  query Organizations { organizations { id key name nameKo kind } }\n": types.OrganizationsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) { email displayName role expiresAt organization { id name nameKo } }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { ...SessionFields }\n  }\n": types.AcceptInvitationDocument,
    "\n  query SignUpOpen { signUpOpen }\n": types.SignUpOpenDocument,
    "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) { verifyEmail(token: $token) { ...SessionFields } }\n": types.VerifyEmailDocument,
    "\n  fragment CoCreationPlanFields on ActionPlan {\n    id number title titleKo status coCreationPhase callOpensOn callClosesOn reviewClosesOn draftingClosesOn dueOn\n  }\n": types.CoCreationPlanFieldsFragmentDoc,
    "\n  fragment OrganizationRef on Organization { id name nameKo }\n": types.OrganizationRefFragmentDoc,
    "\n  fragment ProposalCard on Proposal {\n    id title status organization { ...OrganizationRef } coSponsors { ...OrganizationRef } proposer { id displayName }\n    sampleAttribution specificity { score }\n  }\n": types.ProposalCardFragmentDoc,
    "\n  fragment Scores on Evaluation { feasibility specificity urgency relevance }\n": types.ScoresFragmentDoc,
    "\n  fragment ScoreAverages on ScoreAverages { evaluators feasibility specificity urgency relevance }\n": types.ScoreAveragesFragmentDoc,
    "\n  query CoCreationPlans { actionPlans { ...CoCreationPlanFields } }\n": types.CoCreationPlansDocument,
    "\n  query CoCreation($planId: ID!) {\n    actionPlan(id: $planId) { ...CoCreationPlanFields }\n    proposals(planId: $planId) { ...ProposalCard }\n    draftCommitments(planId: $planId) { id title frozen }\n    workingGroups(planId: $planId) { id name }\n  }\n": types.CoCreationDocument,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalCard\n      problem proposedAction expectedResults milestones { title dueDate } suggestedLeadAgency ogpValues\n      submittedAt decidedAt rationale createdAt\n      plan { id number title titleKo status }\n      mergedInto { id title } workingGroup { id name } draftCommitment { id title } commitment { id code }\n      mayEvaluate myEvaluation { ...Scores note counts }\n      evaluations { ...Scores note updatedAt evaluator { id displayName } }\n      evaluationSummary { all { ...ScoreAverages } bySector { sector evaluators feasibility specificity urgency relevance } }\n    }\n  }\n": types.ProposalDocument,
    "\n  mutation AddLeadAgency($input: OrganizationInput!) { createOrganization(input: $input) { id name nameKo kind } }\n": types.AddLeadAgencyDocument,
    "\n  query MergeTargets($planId: ID!) {\n    proposals(planId: $planId) { id title status }\n    workingGroups(planId: $planId) { id name }\n    organizations { id name nameKo kind }\n  }\n": types.MergeTargetsDocument,
    "\n  query ReasonedResponses($planId: ID!) {\n    actionPlan(id: $planId) { id number title titleKo }\n    reasonedResponses(planId: $planId) {\n      id title status submittedAt decidedAt rationale organization { ...OrganizationRef } mergedInto { id title } workingGroup { id name } commitment { id code }\n    }\n  }\n": types.ReasonedResponsesDocument,
    "\n  query DraftCommitment($id: ID!) {\n    draftCommitment(id: $id) {\n      id planId title frozen revision governmentSignedOffAt csoSignedOffAt mySignOffSide leftOutReason commitment { id code }\n      leadOrganization { ...OrganizationRef } coLeadOrganizations { ...OrganizationRef }\n      proposal { id title }\n      sections {\n        id key text version updatedAt updatedBy { id displayName }\n        history { version createdAt author { id displayName } }\n        milestones { milestones { title start end } problems }\n      }\n    }\n  }\n": types.DraftCommitmentDocument,
    "\n  query DraftSectionDiff($sectionId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    draftSectionDiff(sectionId: $sectionId, fromVersion: $fromVersion, toVersion: $toVersion) { text change }\n  }\n": types.DraftSectionDiffDocument,
    "\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id planId name description members { id displayName }\n      proposals { id title rationale organization { ...OrganizationRef } }\n    }\n  }\n": types.WorkingGroupDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }\n": types.CreateActionPlanDocument,
    "\n  mutation UpdateCoCreationCalendar($id: ID!, $input: CoCreationCalendarInput!) {\n    updateCoCreationCalendar(id: $id, input: $input) { ...CoCreationPlanFields }\n  }\n": types.UpdateCoCreationCalendarDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) { createProposal(input: $input) { id } }\n": types.CreateProposalDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: ProposalTextInput!) { updateProposal(id: $id, input: $input) { id } }\n": types.UpdateProposalDocument,
    "\n  mutation SubmitProposal($id: ID!) { submitProposal(id: $id) { id status } }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!) { withdrawProposal(id: $id) { id status } }\n": types.WithdrawProposalDocument,
    "\n  mutation CoSponsorProposal($id: ID!, $sponsoring: Boolean!) { coSponsorProposal(id: $id, sponsoring: $sponsoring) { id } }\n": types.CoSponsorProposalDocument,
    "\n  mutation OpenProposalReview($id: ID!) { openProposalReview(id: $id) { id status } }\n": types.OpenProposalReviewDocument,
    "\n  mutation EvaluateProposal($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { ...Scores note } }\n": types.EvaluateProposalDocument,
    "\n  mutation DecideProposal($input: DecideProposalInput!) { decideProposal(input: $input) { id status } }\n": types.DecideProposalDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id name } }\n": types.CreateWorkingGroupDocument,
    "\n  mutation SetWorkingGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setWorkingGroupMember(groupId: $groupId, userId: $userId, member: $member) { id }\n  }\n": types.SetWorkingGroupMemberDocument,
    "\n  mutation SaveDraftSection($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { id text version } }\n": types.SaveDraftSectionDocument,
    "\n  mutation SaveDraftMilestones($input: SaveDraftMilestonesInput!) { saveDraftMilestones(input: $input) { id text version } }\n": types.SaveDraftMilestonesDocument,
    "\n  mutation SignOffDraftCommitment($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { id frozen } }\n": types.SignOffDraftCommitmentDocument,
    "\n  mutation Follow($id: ID!, $following: Boolean!) { follow(subjectType: COMMITMENT, subjectId: $id, following: $following) }\n": types.FollowDocument,
    "\n  mutation PostProgressUpdate($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id completion } }\n": types.PostProgressUpdateDocument,
    "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      code\n      title\n      titleKo\n      summary\n      start\n      end\n      contact\n      completion\n      ogpValues\n      publicProblem\n      description\n      howItSolves\n      ogpValueRelevance\n      additionalInfo\n      nextSteps\n      involvedActors\n      plan {\n        id\n        title\n        titleKo\n        status\n      }\n      theme {\n        id\n        position\n        title\n        titleKo\n      }\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      incorporatedInto {\n        id\n        code\n      }\n      milestones {\n        id\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      following\n      canPostProgressUpdate\n    }\n  }\n": types.CommitmentDocument,
    "\n  query OgpCompliance($planId: ID!, $lang: Locale!) {\n    actionPlan(id: $planId) { id number title titleKo status }\n    ogpCompliance(planId: $planId) {\n      asOf\n      requirements {\n        code requirement status nextDueOn\n        title(lang: $lang) description(lang: $lang) explanation(lang: $lang)\n        evidence { kind label url date }\n      }\n    }\n  }\n": types.OgpComplianceDocument,
    "\n  query Dashboard {\n    actionPlans {\n      id\n      title\n      titleKo\n      status\n      themes {\n        id\n        commitments {\n          id\n          code\n          title\n          titleKo\n          stale\n          lastUpdateAt\n          incorporatedInto { id }\n          milestones { id title titleKo end delayed daysDelayed }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment LevelCounts on CompletionCounts {\n    notStarted\n    limited\n    substantial\n    completed\n    withdrawn\n    incorporated\n    total\n  }\n": types.LevelCountsFragmentDoc,
    "\n  query PlanDashboard($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      status\n    }\n    planDashboard(planId: $planId) {\n      asOf\n      completionByTheme {\n        theme {\n          id\n          position\n          title\n          titleKo\n        }\n        counts {\n          ...LevelCounts\n        }\n      }\n      completionHistory {\n        updateCount\n        points {\n          date\n          counts {\n            ...LevelCounts\n          }\n        }\n      }\n      milestones {\n        id\n        commitmentId\n        commitmentCode\n        position\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      freshness {\n        organization {\n          id\n          name\n          nameKo\n        }\n        commitments\n        lastUpdateAt\n        daysSinceLastUpdate\n        staleCommitments\n      }\n      attendance {\n        meeting {\n          id\n          title\n          startsAt\n          sample\n        }\n        bySector {\n          government\n          civilSociety\n          other\n          secretariat\n          total\n        }\n      }\n      proposalsByStatus {\n        status\n        count\n      }\n    }\n  }\n": types.PlanDashboardDocument,
    "\n  mutation PostComment($input: PostCommentInput!) { postComment(input: $input) { id seq } }\n": types.PostCommentDocument,
    "\n  query Mentionable($search: String!) { mentionableMembers(search: $search) { id displayName } }\n": types.MentionableDocument,
    "\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n": types.FlagCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { id } }\n": types.EditCommentDocument,
    "\n  query CommentHistory($id: ID!) { comment(id: $id) { id history { id body replacedAt } } }\n": types.CommentHistoryDocument,
    "\n  mutation HideComment($input: HideCommentInput!) { hideComment(input: $input) { id } }\n": types.HideCommentDocument,
    "\n  query LinkedCommentSubject($id: ID!) {\n    comment(id: $id) {\n      id\n      subjectType\n      subjectId\n    }\n  }\n": types.LinkedCommentSubjectDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": types.DeleteAttachmentDocument,
    "query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.PlanDocumentsDocument,
    "query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.CommitmentDocumentsDocument,
    "query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.MeetingDocumentsDocument,
    "query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.ProposalDocumentsDocument,
    "\n  fragment DocumentFields on Attachment { id name size contentType createdAt url uploadedBy { id displayName } }\n": types.DocumentFieldsFragmentDoc,
    "\n  fragment ForumRulesFields on ForumRules { id locale text version updatedAt seeded updatedBy { id displayName } }\n": types.ForumRulesFieldsFragmentDoc,
    "\n  query ForumRules {\n    forumRules { ...ForumRulesFields }\n  }\n": types.ForumRulesDocument,
    "\n  query ForumRulesVersions($locale: Locale!) {\n    forumRulesVersions(locale: $locale) { id version text createdAt seeded author { id displayName } }\n  }\n": types.ForumRulesVersionsDocument,
    "\n  mutation SaveForumRules($input: SaveForumRulesInput!) {\n    saveForumRules(input: $input) { ...ForumRulesFields }\n  }\n": types.SaveForumRulesDocument,
    "\n  fragment MeetingSummary on Meeting { id kind title startsAt endsAt place status sample seriesId rsvpCounts { yes no maybe } }\n": types.MeetingSummaryFragmentDoc,
    "\n  query Meetings($when: MeetingTimeFilter!, $after: String) {\n    meetings(when: $when, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary } }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query PastMeetings($after: String) {\n    meetings(when: PAST, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary attendance { bySector { government civilSociety other secretariat total } } minutes { status } } }\n    }\n  }\n": types.PastMeetingsDocument,
    "\n  query MeetingCompliance { meetingCompliance { lastHeldAt daysSinceLastHeld nextDueBy compliant } }\n": types.MeetingComplianceDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingSummary\n      description onlineUrl cancellationReason currentAgendaItemId createdAt myRsvp\n      agenda {\n        id position title commitmentId commitment { id code title } proposalId proposal { id title }\n        presenter { id displayName } minutesAllotted notes notesVersion commentCount\n      }\n      rsvps { answer answeredAt user { id displayName } }\n      attendance { bySector { government civilSociety other secretariat total } attendees { id displayName } }\n      minutes {\n        status summary version publishedAt\n        decisions { id text agendaItemId }\n        actionItems { id title dueDate doneAt overdue assignee { id displayName } commitment { id code } }\n        amendments { id body reason createdAt }\n      }\n    }\n  }\n": types.MeetingDocument,
    "\n  query SuggestAgenda($meetingId: ID!) {\n    suggestAgenda(meetingId: $meetingId) { reason title commitmentId proposalId actionItemId milestoneTitle days }\n  }\n": types.SuggestAgendaDocument,
    "\n  query CommitmentChoices { actionPlans { id themes { id commitments { id code title } } } }\n": types.CommitmentChoicesDocument,
    "\n  query MemberChoices { members(first: 100) { edges { node { id displayName role status } } } }\n": types.MemberChoicesDocument,
    "\n  query MyActionItems($includeDone: Boolean!) {\n    myActionItems(includeDone: $includeDone) {\n      id title dueDate doneAt overdue assignee { id displayName } commitment { id code } meeting { id title startsAt }\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }\n": types.CreateMeetingDocument,
    "\n  mutation CreateMeetingSeries($input: CreateMeetingInput!, $count: Int!) { createMeetingSeries(input: $input, count: $count) { id } }\n": types.CreateMeetingSeriesDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { id } }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { id status } }\n": types.CancelMeetingDocument,
    "\n  mutation Rsvp($meetingId: ID!, $answer: RsvpAnswer!) { rsvp(meetingId: $meetingId, answer: $answer) { answer } }\n": types.RsvpDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }\n": types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) { removeAgendaItem(id: $id) { id } }\n": types.RemoveAgendaItemDocument,
    "\n  mutation MoveAgendaItem($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position } }\n": types.MoveAgendaItemDocument,
    "\n  mutation StartMeeting($id: ID!) { startMeeting(id: $id) { id status currentAgendaItemId } }\n": types.StartMeetingDocument,
    "\n  mutation OpenAgendaItem($meetingId: ID!, $agendaItemId: ID!) {\n    openAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) { id status currentAgendaItemId }\n  }\n": types.OpenAgendaItemDocument,
    "\n  mutation EndMeeting($id: ID!) { endMeeting(id: $id) { id status currentAgendaItemId } }\n": types.EndMeetingDocument,
    "\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, present: $present) { id }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }\n": types.SaveMinutesDocument,
    "\n  mutation AddDecision($input: AddDecisionInput!) { addDecision(input: $input) { id } }\n": types.AddDecisionDocument,
    "\n  mutation RemoveDecision($id: ID!) { removeDecision(id: $id) { id } }\n": types.RemoveDecisionDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id } }\n": types.AddActionItemDocument,
    "\n  mutation RemoveActionItem($id: ID!) { removeActionItem(id: $id) { id } }\n": types.RemoveActionItemDocument,
    "\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) { completeActionItem(id: $id, done: $done) { id doneAt overdue } }\n": types.CompleteActionItemDocument,
    "\n  mutation PublishMinutes($meetingId: ID!) { publishMinutes(meetingId: $meetingId) { id } }\n": types.PublishMinutesDocument,
    "\n  mutation AmendMinutes($input: AmendMinutesInput!) { amendMinutes(input: $input) { id } }\n": types.AmendMinutesDocument,
    "\n  query Notifications($after: String, $locale: Locale) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind subjectType subjectId subjectTitle(locale: $locale) url excerpt commentHidden readAt createdAt actor { id displayName } } }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n": types.MarkNotificationsReadDocument,
    "\n  query UnreadNotifications { unreadNotificationCount }\n": types.UnreadNotificationsDocument,
    "\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n": types.OpenDataPlansDocument,
    "\n  query FilteredCommitments($planId: ID!, $filter: CommitmentFilter) {\n    commitments(planId: $planId, filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.FilteredCommitmentsDocument,
    "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        completed\n        substantial\n        limited\n        notStarted\n        withdrawn\n        incorporated\n        total\n      }\n      themes {\n        id\n        position\n        title\n        titleKo\n        commitments {\n          id\n          code\n          title\n          titleKo\n          completion\n          delayedMilestoneCount\n          stale\n          incorporatedInto {\n            id\n            code\n          }\n          leadOrganization {\n            id\n            name\n            nameKo\n          }\n        }\n      }\n      irmRecommendations {\n        id\n        number\n        text\n        textKo\n        status\n        governmentResponse\n      }\n    }\n  }\n": types.PlanDocument,
    "\n  query Plans {\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        total\n      }\n    }\n  }\n": types.PlansDocument,
    "\n  query PlanRepository($planId: ID!) {\n    planRepository(planId: $planId) {\n      plan { id number title titleKo periodStart periodEnd status adoptedAt }\n      documents { ...DocumentFields }\n      minutes { id title startsAt minutes { publishedAt } attachments { ...DocumentFields } }\n      registerUpdatedAt\n      basicRulesUpdatedAt\n      lastUpdatedAt\n    }\n  }\n": types.PlanRepositoryDocument,
    "\n  query Adoption($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    draftCommitments(planId: $planId) {\n      id\n      title\n      frozen\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      sections {\n        id\n        key\n        text\n      }\n    }\n  }\n": types.AdoptionDocument,
    "\n  mutation AdoptActionPlan($planId: ID!, $input: AdoptActionPlanInput!) {\n    adoptActionPlan(planId: $planId, input: $input) {\n      id\n      status\n      adoptedAt\n    }\n  }\n": types.AdoptActionPlanDocument,
    "\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseActionPlanDocument,
    "\n  mutation UpdateActionPlan($id: ID!, $input: UpdateActionPlanInput!) {\n    updateActionPlan(id: $id, input: $input) {\n      id\n      title\n      titleKo\n      periodStart\n      periodEnd\n    }\n  }\n": types.UpdateActionPlanDocument,
    "\n  query ReportPlan($id: ID!) {\n    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }\n  }\n": types.ReportPlanDocument,
    "\n  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {\n    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }\n  }\n": types.ReportNarrativesDocument,
    "\n  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {\n    saveReportNarrative(input: $input) { id key locale text version }\n  }\n": types.SaveReportNarrativeDocument,
    "\n  query ReportConsultation($planId: ID!, $kind: ReportKind!) {\n    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }\n  }\n": types.ReportConsultationDocument,
    "\n  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {\n    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }\n  }\n": types.OpenReportConsultationDocument,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $planId: ID, $from: String, $to: String, $after: String) {\n    search(query: $query, kinds: $kinds, planId: $planId, from: $from, to: $to, first: 20, after: $after) {\n      totalCount\n      totalCountIsExact\n      kinds { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind id title titleKo url at snippet { text match } } }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchPlans { actionPlans { id number title titleKo } }\n": types.SearchPlansDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role locale localeChosen organization { id name nameKo kind } }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession { refreshSession { ...SessionFields } }\n": types.RefreshSessionDocument,
    "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n": types.LoginDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions { mySessions { id userAgent ip createdAt lastUsedAt current } }\n"): (typeof documents)["\n  query MySessions { mySessions { id userAgent ip createdAt lastUsedAt current } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id displayName locale localeChosen } }\n"): (typeof documents)["\n  mutation UpdateMyAccount($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id displayName locale localeChosen } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed { myCalendarFeed { createdAt } }\n"): (typeof documents)["\n  query MyCalendarFeed { myCalendarFeed { createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCalendarFeed { renewCalendarFeed { url createdAt } }\n"): (typeof documents)["\n  mutation RenewCalendarFeed { renewCalendarFeed { url createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed { revokeCalendarFeed }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed { revokeCalendarFeed }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences { notificationPreferences { topic delivery } }\n"): (typeof documents)["\n  query MyNotificationPreferences { notificationPreferences { topic delivery } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($topic: NotificationTopic!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(topic: $topic, delivery: $delivery) { topic delivery }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($topic: NotificationTopic!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(topic: $topic, delivery: $delivery) { topic delivery }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId before after createdAt actor { id displayName email } } }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action entityType entityId before after createdAt actor { id displayName email } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email displayName role status organization { id name nameKo } } }\n    }\n  }\n"): (typeof documents)["\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id email displayName role status organization { id name nameKo } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { expiresAt member { id email } } }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { expiresAt member { id email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id role organization { id name nameKo } } }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) { updateMember(id: $id, input: $input) { id role organization { id name nameKo } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!) { deactivateMember(id: $id) { id status } }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!) { deactivateMember(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!) { reactivateMember(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!) { reactivateMember(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($after: String, $locale: Locale) {\n    flaggedComments(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          url\n          subjectTitle(locale: $locale)\n          firstFlaggedAt\n          comment { id body createdAt author { id displayName } }\n          flags { id reason createdAt flaggedBy { id displayName } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($after: String, $locale: Locale) {\n    flaggedComments(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          url\n          subjectTitle(locale: $locale)\n          firstFlaggedAt\n          comment { id body createdAt author { id displayName } }\n          flags { id reason createdAt flaggedBy { id displayName } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideFlaggedComment($input: HideCommentInput!) { hideComment(input: $input) { id hidden } }\n"): (typeof documents)["\n  mutation HideFlaggedComment($input: HideCommentInput!) { hideComment(input: $input) { id hidden } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissCommentFlags($commentId: ID!) { dismissCommentFlags(commentId: $commentId) }\n"): (typeof documents)["\n  mutation DismissCommentFlags($commentId: ID!) { dismissCommentFlags(commentId: $commentId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id key name nameKo kind } }\n"): (typeof documents)["\n  mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id key name nameKo kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id name nameKo kind } }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id name nameKo kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations { organizations { id key name nameKo kind } }\n"): (typeof documents)["\n  query Organizations { organizations { id key name nameKo kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) { email displayName role expiresAt organization { id name nameKo } }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) { email displayName role expiresAt organization { id name nameKo } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { ...SessionFields }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) { ...SessionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpOpen { signUpOpen }\n"): (typeof documents)["\n  query SignUpOpen { signUpOpen }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) { signUp(input: $input) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) { verifyEmail(token: $token) { ...SessionFields } }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) { verifyEmail(token: $token) { ...SessionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoCreationPlanFields on ActionPlan {\n    id number title titleKo status coCreationPhase callOpensOn callClosesOn reviewClosesOn draftingClosesOn dueOn\n  }\n"): (typeof documents)["\n  fragment CoCreationPlanFields on ActionPlan {\n    id number title titleKo status coCreationPhase callOpensOn callClosesOn reviewClosesOn draftingClosesOn dueOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationRef on Organization { id name nameKo }\n"): (typeof documents)["\n  fragment OrganizationRef on Organization { id name nameKo }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalCard on Proposal {\n    id title status organization { ...OrganizationRef } coSponsors { ...OrganizationRef } proposer { id displayName }\n    sampleAttribution specificity { score }\n  }\n"): (typeof documents)["\n  fragment ProposalCard on Proposal {\n    id title status organization { ...OrganizationRef } coSponsors { ...OrganizationRef } proposer { id displayName }\n    sampleAttribution specificity { score }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Scores on Evaluation { feasibility specificity urgency relevance }\n"): (typeof documents)["\n  fragment Scores on Evaluation { feasibility specificity urgency relevance }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreAverages on ScoreAverages { evaluators feasibility specificity urgency relevance }\n"): (typeof documents)["\n  fragment ScoreAverages on ScoreAverages { evaluators feasibility specificity urgency relevance }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoCreationPlans { actionPlans { ...CoCreationPlanFields } }\n"): (typeof documents)["\n  query CoCreationPlans { actionPlans { ...CoCreationPlanFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoCreation($planId: ID!) {\n    actionPlan(id: $planId) { ...CoCreationPlanFields }\n    proposals(planId: $planId) { ...ProposalCard }\n    draftCommitments(planId: $planId) { id title frozen }\n    workingGroups(planId: $planId) { id name }\n  }\n"): (typeof documents)["\n  query CoCreation($planId: ID!) {\n    actionPlan(id: $planId) { ...CoCreationPlanFields }\n    proposals(planId: $planId) { ...ProposalCard }\n    draftCommitments(planId: $planId) { id title frozen }\n    workingGroups(planId: $planId) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalCard\n      problem proposedAction expectedResults milestones { title dueDate } suggestedLeadAgency ogpValues\n      submittedAt decidedAt rationale createdAt\n      plan { id number title titleKo status }\n      mergedInto { id title } workingGroup { id name } draftCommitment { id title } commitment { id code }\n      mayEvaluate myEvaluation { ...Scores note counts }\n      evaluations { ...Scores note updatedAt evaluator { id displayName } }\n      evaluationSummary { all { ...ScoreAverages } bySector { sector evaluators feasibility specificity urgency relevance } }\n    }\n  }\n"): (typeof documents)["\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalCard\n      problem proposedAction expectedResults milestones { title dueDate } suggestedLeadAgency ogpValues\n      submittedAt decidedAt rationale createdAt\n      plan { id number title titleKo status }\n      mergedInto { id title } workingGroup { id name } draftCommitment { id title } commitment { id code }\n      mayEvaluate myEvaluation { ...Scores note counts }\n      evaluations { ...Scores note updatedAt evaluator { id displayName } }\n      evaluationSummary { all { ...ScoreAverages } bySector { sector evaluators feasibility specificity urgency relevance } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLeadAgency($input: OrganizationInput!) { createOrganization(input: $input) { id name nameKo kind } }\n"): (typeof documents)["\n  mutation AddLeadAgency($input: OrganizationInput!) { createOrganization(input: $input) { id name nameKo kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeTargets($planId: ID!) {\n    proposals(planId: $planId) { id title status }\n    workingGroups(planId: $planId) { id name }\n    organizations { id name nameKo kind }\n  }\n"): (typeof documents)["\n  query MergeTargets($planId: ID!) {\n    proposals(planId: $planId) { id title status }\n    workingGroups(planId: $planId) { id name }\n    organizations { id name nameKo kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonedResponses($planId: ID!) {\n    actionPlan(id: $planId) { id number title titleKo }\n    reasonedResponses(planId: $planId) {\n      id title status submittedAt decidedAt rationale organization { ...OrganizationRef } mergedInto { id title } workingGroup { id name } commitment { id code }\n    }\n  }\n"): (typeof documents)["\n  query ReasonedResponses($planId: ID!) {\n    actionPlan(id: $planId) { id number title titleKo }\n    reasonedResponses(planId: $planId) {\n      id title status submittedAt decidedAt rationale organization { ...OrganizationRef } mergedInto { id title } workingGroup { id name } commitment { id code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftCommitment($id: ID!) {\n    draftCommitment(id: $id) {\n      id planId title frozen revision governmentSignedOffAt csoSignedOffAt mySignOffSide leftOutReason commitment { id code }\n      leadOrganization { ...OrganizationRef } coLeadOrganizations { ...OrganizationRef }\n      proposal { id title }\n      sections {\n        id key text version updatedAt updatedBy { id displayName }\n        history { version createdAt author { id displayName } }\n        milestones { milestones { title start end } problems }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftCommitment($id: ID!) {\n    draftCommitment(id: $id) {\n      id planId title frozen revision governmentSignedOffAt csoSignedOffAt mySignOffSide leftOutReason commitment { id code }\n      leadOrganization { ...OrganizationRef } coLeadOrganizations { ...OrganizationRef }\n      proposal { id title }\n      sections {\n        id key text version updatedAt updatedBy { id displayName }\n        history { version createdAt author { id displayName } }\n        milestones { milestones { title start end } problems }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftSectionDiff($sectionId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    draftSectionDiff(sectionId: $sectionId, fromVersion: $fromVersion, toVersion: $toVersion) { text change }\n  }\n"): (typeof documents)["\n  query DraftSectionDiff($sectionId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    draftSectionDiff(sectionId: $sectionId, fromVersion: $fromVersion, toVersion: $toVersion) { text change }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id planId name description members { id displayName }\n      proposals { id title rationale organization { ...OrganizationRef } }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id planId name description members { id displayName }\n      proposals { id title rationale organization { ...OrganizationRef } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateActionPlan($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCoCreationCalendar($id: ID!, $input: CoCreationCalendarInput!) {\n    updateCoCreationCalendar(id: $id, input: $input) { ...CoCreationPlanFields }\n  }\n"): (typeof documents)["\n  mutation UpdateCoCreationCalendar($id: ID!, $input: CoCreationCalendarInput!) {\n    updateCoCreationCalendar(id: $id, input: $input) { ...CoCreationPlanFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) { createProposal(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) { createProposal(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($id: ID!, $input: ProposalTextInput!) { updateProposal(id: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation UpdateProposal($id: ID!, $input: ProposalTextInput!) { updateProposal(id: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($id: ID!) { submitProposal(id: $id) { id status } }\n"): (typeof documents)["\n  mutation SubmitProposal($id: ID!) { submitProposal(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($id: ID!) { withdrawProposal(id: $id) { id status } }\n"): (typeof documents)["\n  mutation WithdrawProposal($id: ID!) { withdrawProposal(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoSponsorProposal($id: ID!, $sponsoring: Boolean!) { coSponsorProposal(id: $id, sponsoring: $sponsoring) { id } }\n"): (typeof documents)["\n  mutation CoSponsorProposal($id: ID!, $sponsoring: Boolean!) { coSponsorProposal(id: $id, sponsoring: $sponsoring) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenProposalReview($id: ID!) { openProposalReview(id: $id) { id status } }\n"): (typeof documents)["\n  mutation OpenProposalReview($id: ID!) { openProposalReview(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateProposal($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { ...Scores note } }\n"): (typeof documents)["\n  mutation EvaluateProposal($input: EvaluateProposalInput!) { evaluateProposal(input: $input) { ...Scores note } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProposal($input: DecideProposalInput!) { decideProposal(input: $input) { id status } }\n"): (typeof documents)["\n  mutation DecideProposal($input: DecideProposalInput!) { decideProposal(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id name } }\n"): (typeof documents)["\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) { createWorkingGroup(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setWorkingGroupMember(groupId: $groupId, userId: $userId, member: $member) { id }\n  }\n"): (typeof documents)["\n  mutation SetWorkingGroupMember($groupId: ID!, $userId: ID!, $member: Boolean!) {\n    setWorkingGroupMember(groupId: $groupId, userId: $userId, member: $member) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraftSection($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { id text version } }\n"): (typeof documents)["\n  mutation SaveDraftSection($input: SaveDraftSectionInput!) { saveDraftSection(input: $input) { id text version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraftMilestones($input: SaveDraftMilestonesInput!) { saveDraftMilestones(input: $input) { id text version } }\n"): (typeof documents)["\n  mutation SaveDraftMilestones($input: SaveDraftMilestonesInput!) { saveDraftMilestones(input: $input) { id text version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffDraftCommitment($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { id frozen } }\n"): (typeof documents)["\n  mutation SignOffDraftCommitment($id: ID!, $revision: Int!) { signOffDraftCommitment(id: $id, revision: $revision) { id frozen } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($id: ID!, $following: Boolean!) { follow(subjectType: COMMITMENT, subjectId: $id, following: $following) }\n"): (typeof documents)["\n  mutation Follow($id: ID!, $following: Boolean!) { follow(subjectType: COMMITMENT, subjectId: $id, following: $following) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostProgressUpdate($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id completion } }\n"): (typeof documents)["\n  mutation PostProgressUpdate($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id completion } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      code\n      title\n      titleKo\n      summary\n      start\n      end\n      contact\n      completion\n      ogpValues\n      publicProblem\n      description\n      howItSolves\n      ogpValueRelevance\n      additionalInfo\n      nextSteps\n      involvedActors\n      plan {\n        id\n        title\n        titleKo\n        status\n      }\n      theme {\n        id\n        position\n        title\n        titleKo\n      }\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      incorporatedInto {\n        id\n        code\n      }\n      milestones {\n        id\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      following\n      canPostProgressUpdate\n    }\n  }\n"): (typeof documents)["\n  query Commitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      code\n      title\n      titleKo\n      summary\n      start\n      end\n      contact\n      completion\n      ogpValues\n      publicProblem\n      description\n      howItSolves\n      ogpValueRelevance\n      additionalInfo\n      nextSteps\n      involvedActors\n      plan {\n        id\n        title\n        titleKo\n        status\n      }\n      theme {\n        id\n        position\n        title\n        titleKo\n      }\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      incorporatedInto {\n        id\n        code\n      }\n      milestones {\n        id\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      following\n      canPostProgressUpdate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OgpCompliance($planId: ID!, $lang: Locale!) {\n    actionPlan(id: $planId) { id number title titleKo status }\n    ogpCompliance(planId: $planId) {\n      asOf\n      requirements {\n        code requirement status nextDueOn\n        title(lang: $lang) description(lang: $lang) explanation(lang: $lang)\n        evidence { kind label url date }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OgpCompliance($planId: ID!, $lang: Locale!) {\n    actionPlan(id: $planId) { id number title titleKo status }\n    ogpCompliance(planId: $planId) {\n      asOf\n      requirements {\n        code requirement status nextDueOn\n        title(lang: $lang) description(lang: $lang) explanation(lang: $lang)\n        evidence { kind label url date }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    actionPlans {\n      id\n      title\n      titleKo\n      status\n      themes {\n        id\n        commitments {\n          id\n          code\n          title\n          titleKo\n          stale\n          lastUpdateAt\n          incorporatedInto { id }\n          milestones { id title titleKo end delayed daysDelayed }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    actionPlans {\n      id\n      title\n      titleKo\n      status\n      themes {\n        id\n        commitments {\n          id\n          code\n          title\n          titleKo\n          stale\n          lastUpdateAt\n          incorporatedInto { id }\n          milestones { id title titleKo end delayed daysDelayed }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelCounts on CompletionCounts {\n    notStarted\n    limited\n    substantial\n    completed\n    withdrawn\n    incorporated\n    total\n  }\n"): (typeof documents)["\n  fragment LevelCounts on CompletionCounts {\n    notStarted\n    limited\n    substantial\n    completed\n    withdrawn\n    incorporated\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDashboard($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      status\n    }\n    planDashboard(planId: $planId) {\n      asOf\n      completionByTheme {\n        theme {\n          id\n          position\n          title\n          titleKo\n        }\n        counts {\n          ...LevelCounts\n        }\n      }\n      completionHistory {\n        updateCount\n        points {\n          date\n          counts {\n            ...LevelCounts\n          }\n        }\n      }\n      milestones {\n        id\n        commitmentId\n        commitmentCode\n        position\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      freshness {\n        organization {\n          id\n          name\n          nameKo\n        }\n        commitments\n        lastUpdateAt\n        daysSinceLastUpdate\n        staleCommitments\n      }\n      attendance {\n        meeting {\n          id\n          title\n          startsAt\n          sample\n        }\n        bySector {\n          government\n          civilSociety\n          other\n          secretariat\n          total\n        }\n      }\n      proposalsByStatus {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanDashboard($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      status\n    }\n    planDashboard(planId: $planId) {\n      asOf\n      completionByTheme {\n        theme {\n          id\n          position\n          title\n          titleKo\n        }\n        counts {\n          ...LevelCounts\n        }\n      }\n      completionHistory {\n        updateCount\n        points {\n          date\n          counts {\n            ...LevelCounts\n          }\n        }\n      }\n      milestones {\n        id\n        commitmentId\n        commitmentCode\n        position\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      freshness {\n        organization {\n          id\n          name\n          nameKo\n        }\n        commitments\n        lastUpdateAt\n        daysSinceLastUpdate\n        staleCommitments\n      }\n      attendance {\n        meeting {\n          id\n          title\n          startsAt\n          sample\n        }\n        bySector {\n          government\n          civilSociety\n          other\n          secretariat\n          total\n        }\n      }\n      proposalsByStatus {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: PostCommentInput!) { postComment(input: $input) { id seq } }\n"): (typeof documents)["\n  mutation PostComment($input: PostCommentInput!) { postComment(input: $input) { id seq } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentionable($search: String!) { mentionableMembers(search: $search) { id displayName } }\n"): (typeof documents)["\n  query Mentionable($search: String!) { mentionableMembers(search: $search) { id displayName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n"): (typeof documents)["\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { id } }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentHistory($id: ID!) { comment(id: $id) { id history { id body replacedAt } } }\n"): (typeof documents)["\n  query CommentHistory($id: ID!) { comment(id: $id) { id history { id body replacedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) { hideComment(input: $input) { id } }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) { hideComment(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedCommentSubject($id: ID!) {\n    comment(id: $id) {\n      id\n      subjectType\n      subjectId\n    }\n  }\n"): (typeof documents)["\n  query LinkedCommentSubject($id: ID!) {\n    comment(id: $id) {\n      id\n      subjectType\n      subjectId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"): (typeof documents)["query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"): (typeof documents)["query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"): (typeof documents)["query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"): (typeof documents)["query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Attachment { id name size contentType createdAt url uploadedBy { id displayName } }\n"): (typeof documents)["\n  fragment DocumentFields on Attachment { id name size contentType createdAt url uploadedBy { id displayName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumRulesFields on ForumRules { id locale text version updatedAt seeded updatedBy { id displayName } }\n"): (typeof documents)["\n  fragment ForumRulesFields on ForumRules { id locale text version updatedAt seeded updatedBy { id displayName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumRules {\n    forumRules { ...ForumRulesFields }\n  }\n"): (typeof documents)["\n  query ForumRules {\n    forumRules { ...ForumRulesFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumRulesVersions($locale: Locale!) {\n    forumRulesVersions(locale: $locale) { id version text createdAt seeded author { id displayName } }\n  }\n"): (typeof documents)["\n  query ForumRulesVersions($locale: Locale!) {\n    forumRulesVersions(locale: $locale) { id version text createdAt seeded author { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveForumRules($input: SaveForumRulesInput!) {\n    saveForumRules(input: $input) { ...ForumRulesFields }\n  }\n"): (typeof documents)["\n  mutation SaveForumRules($input: SaveForumRulesInput!) {\n    saveForumRules(input: $input) { ...ForumRulesFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummary on Meeting { id kind title startsAt endsAt place status sample seriesId rsvpCounts { yes no maybe } }\n"): (typeof documents)["\n  fragment MeetingSummary on Meeting { id kind title startsAt endsAt place status sample seriesId rsvpCounts { yes no maybe } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($when: MeetingTimeFilter!, $after: String) {\n    meetings(when: $when, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary } }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($when: MeetingTimeFilter!, $after: String) {\n    meetings(when: $when, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PastMeetings($after: String) {\n    meetings(when: PAST, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary attendance { bySector { government civilSociety other secretariat total } } minutes { status } } }\n    }\n  }\n"): (typeof documents)["\n  query PastMeetings($after: String) {\n    meetings(when: PAST, first: 10, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...MeetingSummary attendance { bySector { government civilSociety other secretariat total } } minutes { status } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCompliance { meetingCompliance { lastHeldAt daysSinceLastHeld nextDueBy compliant } }\n"): (typeof documents)["\n  query MeetingCompliance { meetingCompliance { lastHeldAt daysSinceLastHeld nextDueBy compliant } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingSummary\n      description onlineUrl cancellationReason currentAgendaItemId createdAt myRsvp\n      agenda {\n        id position title commitmentId commitment { id code title } proposalId proposal { id title }\n        presenter { id displayName } minutesAllotted notes notesVersion commentCount\n      }\n      rsvps { answer answeredAt user { id displayName } }\n      attendance { bySector { government civilSociety other secretariat total } attendees { id displayName } }\n      minutes {\n        status summary version publishedAt\n        decisions { id text agendaItemId }\n        actionItems { id title dueDate doneAt overdue assignee { id displayName } commitment { id code } }\n        amendments { id body reason createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingSummary\n      description onlineUrl cancellationReason currentAgendaItemId createdAt myRsvp\n      agenda {\n        id position title commitmentId commitment { id code title } proposalId proposal { id title }\n        presenter { id displayName } minutesAllotted notes notesVersion commentCount\n      }\n      rsvps { answer answeredAt user { id displayName } }\n      attendance { bySector { government civilSociety other secretariat total } attendees { id displayName } }\n      minutes {\n        status summary version publishedAt\n        decisions { id text agendaItemId }\n        actionItems { id title dueDate doneAt overdue assignee { id displayName } commitment { id code } }\n        amendments { id body reason createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestAgenda($meetingId: ID!) {\n    suggestAgenda(meetingId: $meetingId) { reason title commitmentId proposalId actionItemId milestoneTitle days }\n  }\n"): (typeof documents)["\n  query SuggestAgenda($meetingId: ID!) {\n    suggestAgenda(meetingId: $meetingId) { reason title commitmentId proposalId actionItemId milestoneTitle days }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitmentChoices { actionPlans { id themes { id commitments { id code title } } } }\n"): (typeof documents)["\n  query CommitmentChoices { actionPlans { id themes { id commitments { id code title } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberChoices { members(first: 100) { edges { node { id displayName role status } } } }\n"): (typeof documents)["\n  query MemberChoices { members(first: 100) { edges { node { id displayName role status } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($includeDone: Boolean!) {\n    myActionItems(includeDone: $includeDone) {\n      id title dueDate doneAt overdue assignee { id displayName } commitment { id code } meeting { id title startsAt }\n    }\n  }\n"): (typeof documents)["\n  query MyActionItems($includeDone: Boolean!) {\n    myActionItems(includeDone: $includeDone) {\n      id title dueDate doneAt overdue assignee { id displayName } commitment { id code } meeting { id title startsAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeetingSeries($input: CreateMeetingInput!, $count: Int!) { createMeetingSeries(input: $input, count: $count) { id } }\n"): (typeof documents)["\n  mutation CreateMeetingSeries($input: CreateMeetingInput!, $count: Int!) { createMeetingSeries(input: $input, count: $count) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: MeetingDetailsInput!) { updateMeeting(id: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($meetingId: ID!, $answer: RsvpAnswer!) { rsvp(meetingId: $meetingId, answer: $answer) { answer } }\n"): (typeof documents)["\n  mutation Rsvp($meetingId: ID!, $answer: RsvpAnswer!) { rsvp(meetingId: $meetingId, answer: $answer) { answer } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!) { removeAgendaItem(id: $id) { id } }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($id: ID!) { removeAgendaItem(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position } }\n"): (typeof documents)["\n  mutation MoveAgendaItem($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id position } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($id: ID!) { startMeeting(id: $id) { id status currentAgendaItemId } }\n"): (typeof documents)["\n  mutation StartMeeting($id: ID!) { startMeeting(id: $id) { id status currentAgendaItemId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAgendaItem($meetingId: ID!, $agendaItemId: ID!) {\n    openAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) { id status currentAgendaItemId }\n  }\n"): (typeof documents)["\n  mutation OpenAgendaItem($meetingId: ID!, $agendaItemId: ID!) {\n    openAgendaItem(meetingId: $meetingId, agendaItemId: $agendaItemId) { id status currentAgendaItemId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMeeting($id: ID!) { endMeeting(id: $id) { id status currentAgendaItemId } }\n"): (typeof documents)["\n  mutation EndMeeting($id: ID!) { endMeeting(id: $id) { id status currentAgendaItemId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, present: $present) { id }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($meetingId: ID!, $userId: ID!, $present: Boolean!) {\n    recordAttendance(meetingId: $meetingId, userId: $userId, present: $present) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMinutes($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }\n"): (typeof documents)["\n  mutation SaveMinutes($input: SaveMinutesInput!) { saveMinutes(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDecision($input: AddDecisionInput!) { addDecision(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddDecision($input: AddDecisionInput!) { addDecision(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDecision($id: ID!) { removeDecision(id: $id) { id } }\n"): (typeof documents)["\n  mutation RemoveDecision($id: ID!) { removeDecision(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddActionItem($input: AddActionItemInput!) { addActionItem(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActionItem($id: ID!) { removeActionItem(id: $id) { id } }\n"): (typeof documents)["\n  mutation RemoveActionItem($id: ID!) { removeActionItem(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) { completeActionItem(id: $id, done: $done) { id doneAt overdue } }\n"): (typeof documents)["\n  mutation CompleteActionItem($id: ID!, $done: Boolean!) { completeActionItem(id: $id, done: $done) { id doneAt overdue } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMinutes($meetingId: ID!) { publishMinutes(meetingId: $meetingId) { id } }\n"): (typeof documents)["\n  mutation PublishMinutes($meetingId: ID!) { publishMinutes(meetingId: $meetingId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendMinutes($input: AmendMinutesInput!) { amendMinutes(input: $input) { id } }\n"): (typeof documents)["\n  mutation AmendMinutes($input: AmendMinutesInput!) { amendMinutes(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String, $locale: Locale) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind subjectType subjectId subjectTitle(locale: $locale) url excerpt commentHidden readAt createdAt actor { id displayName } } }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String, $locale: Locale) {\n    notifications(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind subjectType subjectId subjectTitle(locale: $locale) url excerpt commentHidden readAt createdAt actor { id displayName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications { unreadNotificationCount }\n"): (typeof documents)["\n  query UnreadNotifications { unreadNotificationCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n"): (typeof documents)["\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredCommitments($planId: ID!, $filter: CommitmentFilter) {\n    commitments(planId: $planId, filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilteredCommitments($planId: ID!, $filter: CommitmentFilter) {\n    commitments(planId: $planId, filter: $filter, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        completed\n        substantial\n        limited\n        notStarted\n        withdrawn\n        incorporated\n        total\n      }\n      themes {\n        id\n        position\n        title\n        titleKo\n        commitments {\n          id\n          code\n          title\n          titleKo\n          completion\n          delayedMilestoneCount\n          stale\n          incorporatedInto {\n            id\n            code\n          }\n          leadOrganization {\n            id\n            name\n            nameKo\n          }\n        }\n      }\n      irmRecommendations {\n        id\n        number\n        text\n        textKo\n        status\n        governmentResponse\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        completed\n        substantial\n        limited\n        notStarted\n        withdrawn\n        incorporated\n        total\n      }\n      themes {\n        id\n        position\n        title\n        titleKo\n        commitments {\n          id\n          code\n          title\n          titleKo\n          completion\n          delayedMilestoneCount\n          stale\n          incorporatedInto {\n            id\n            code\n          }\n          leadOrganization {\n            id\n            name\n            nameKo\n          }\n        }\n      }\n      irmRecommendations {\n        id\n        number\n        text\n        textKo\n        status\n        governmentResponse\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      periodStart\n      periodEnd\n      status\n      completionCounts {\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanRepository($planId: ID!) {\n    planRepository(planId: $planId) {\n      plan { id number title titleKo periodStart periodEnd status adoptedAt }\n      documents { ...DocumentFields }\n      minutes { id title startsAt minutes { publishedAt } attachments { ...DocumentFields } }\n      registerUpdatedAt\n      basicRulesUpdatedAt\n      lastUpdatedAt\n    }\n  }\n"): (typeof documents)["\n  query PlanRepository($planId: ID!) {\n    planRepository(planId: $planId) {\n      plan { id number title titleKo periodStart periodEnd status adoptedAt }\n      documents { ...DocumentFields }\n      minutes { id title startsAt minutes { publishedAt } attachments { ...DocumentFields } }\n      registerUpdatedAt\n      basicRulesUpdatedAt\n      lastUpdatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Adoption($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    draftCommitments(planId: $planId) {\n      id\n      title\n      frozen\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      sections {\n        id\n        key\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query Adoption($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    draftCommitments(planId: $planId) {\n      id\n      title\n      frozen\n      leadOrganization {\n        id\n        name\n        nameKo\n      }\n      sections {\n        id\n        key\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptActionPlan($planId: ID!, $input: AdoptActionPlanInput!) {\n    adoptActionPlan(planId: $planId, input: $input) {\n      id\n      status\n      adoptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptActionPlan($planId: ID!, $input: AdoptActionPlanInput!) {\n    adoptActionPlan(planId: $planId, input: $input) {\n      id\n      status\n      adoptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseActionPlan($planId: ID!) {\n    closeActionPlan(planId: $planId) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionPlan($id: ID!, $input: UpdateActionPlanInput!) {\n    updateActionPlan(id: $id, input: $input) {\n      id\n      title\n      titleKo\n      periodStart\n      periodEnd\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionPlan($id: ID!, $input: UpdateActionPlanInput!) {\n    updateActionPlan(id: $id, input: $input) {\n      id\n      title\n      titleKo\n      periodStart\n      periodEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPlan($id: ID!) {\n    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }\n  }\n"): (typeof documents)["\n  query ReportPlan($id: ID!) {\n    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {\n    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }\n  }\n"): (typeof documents)["\n  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {\n    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {\n    saveReportNarrative(input: $input) { id key locale text version }\n  }\n"): (typeof documents)["\n  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {\n    saveReportNarrative(input: $input) { id key locale text version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportConsultation($planId: ID!, $kind: ReportKind!) {\n    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }\n  }\n"): (typeof documents)["\n  query ReportConsultation($planId: ID!, $kind: ReportKind!) {\n    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {\n    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }\n  }\n"): (typeof documents)["\n  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {\n    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [SearchKind!], $planId: ID, $from: String, $to: String, $after: String) {\n    search(query: $query, kinds: $kinds, planId: $planId, from: $from, to: $to, first: 20, after: $after) {\n      totalCount\n      totalCountIsExact\n      kinds { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind id title titleKo url at snippet { text match } } }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $kinds: [SearchKind!], $planId: ID, $from: String, $to: String, $after: String) {\n    search(query: $query, kinds: $kinds, planId: $planId, from: $from, to: $to, first: 20, after: $after) {\n      totalCount\n      totalCountIsExact\n      kinds { kind count }\n      pageInfo { hasNextPage endCursor }\n      edges { node { kind id title titleKo url at snippet { text match } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPlans { actionPlans { id number title titleKo } }\n"): (typeof documents)["\n  query SearchPlans { actionPlans { id number title titleKo } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role locale localeChosen organization { id name nameKo kind } }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role locale localeChosen organization { id name nameKo kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession { refreshSession { ...SessionFields } }\n"): (typeof documents)["\n  mutation RefreshSession { refreshSession { ...SessionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;