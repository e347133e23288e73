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
    "\n  query MyCalendarFeed { myCalendarFeed { createdAt } }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RenewCalendarFeed { renewCalendarFeed { url createdAt } }\n": typeof types.RenewCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed { revokeCalendarFeed }\n": typeof types.RevokeCalendarFeedDocument,
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
    "\n  query OgpCompliance($planId: ID!, $lang: Locale!) {\n    actionPlan(id: $planId) { id number title titleKo status }\n    ogpCompliance(planId: $planId) {\n      asOf\n      requirements {\n        code requirement status nextDueOn\n        title(lang: $lang) description(lang: $lang) explanation(lang: $lang)\n        evidence { kind label url date }\n      }\n    }\n  }\n": typeof types.OgpComplianceDocument,
    "\n  query Dashboard {\n    actionPlans {\n      id\n      title\n      titleKo\n      status\n      themes {\n        id\n        commitments {\n          id\n          code\n          title\n          titleKo\n          stale\n          lastUpdateAt\n          incorporatedInto { id }\n          milestones { id title titleKo end delayed daysDelayed }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment LevelCounts on CompletionCounts {\n    notStarted\n    limited\n    substantial\n    completed\n    withdrawn\n    incorporated\n    total\n  }\n": typeof types.LevelCountsFragmentDoc,
    "\n  query PlanDashboard($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      status\n    }\n    planDashboard(planId: $planId) {\n      asOf\n      completionByTheme {\n        theme {\n          id\n          position\n          title\n          titleKo\n        }\n        counts {\n          ...LevelCounts\n        }\n      }\n      completionHistory {\n        updateCount\n        points {\n          date\n          counts {\n            ...LevelCounts\n          }\n        }\n      }\n      milestones {\n        id\n        commitmentId\n        commitmentCode\n        position\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      freshness {\n        organization {\n          id\n          name\n          nameKo\n        }\n        commitments\n        lastUpdateAt\n        daysSinceLastUpdate\n        staleCommitments\n      }\n      attendance {\n        meeting {\n          id\n          title\n          startsAt\n          sample\n        }\n        bySector {\n          government\n          civilSociety\n          other\n          secretariat\n          total\n        }\n      }\n      proposalsByStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.PlanDashboardDocument,
    "\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n": typeof types.FlagCommentDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": typeof types.DeleteAttachmentDocument,
    "query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.PlanDocumentsDocument,
    "query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.CommitmentDocumentsDocument,
    "query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.MeetingDocumentsDocument,
    "query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": typeof types.ProposalDocumentsDocument,
    "\n  fragment DocumentFields on Attachment { id name size contentType createdAt url uploadedBy { id displayName } }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n": typeof types.OpenDataPlansDocument,
    "\n  query ReportPlan($id: ID!) {\n    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }\n  }\n": typeof types.ReportPlanDocument,
    "\n  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {\n    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }\n  }\n": typeof types.ReportNarrativesDocument,
    "\n  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {\n    saveReportNarrative(input: $input) { id key locale text version }\n  }\n": typeof types.SaveReportNarrativeDocument,
    "\n  query ReportConsultation($planId: ID!, $kind: ReportKind!) {\n    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }\n  }\n": typeof types.ReportConsultationDocument,
    "\n  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {\n    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }\n  }\n": typeof types.OpenReportConsultationDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role organization { id name nameKo kind } }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession { refreshSession { ...SessionFields } }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query MySessions { mySessions { id userAgent ip createdAt lastUsedAt current } }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }\n": types.ChangePasswordDocument,
    "\n  query MyCalendarFeed { myCalendarFeed { createdAt } }\n": types.MyCalendarFeedDocument,
    "\n  mutation RenewCalendarFeed { renewCalendarFeed { url createdAt } }\n": types.RenewCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed { revokeCalendarFeed }\n": types.RevokeCalendarFeedDocument,
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
    "\n  query OgpCompliance($planId: ID!, $lang: Locale!) {\n    actionPlan(id: $planId) { id number title titleKo status }\n    ogpCompliance(planId: $planId) {\n      asOf\n      requirements {\n        code requirement status nextDueOn\n        title(lang: $lang) description(lang: $lang) explanation(lang: $lang)\n        evidence { kind label url date }\n      }\n    }\n  }\n": types.OgpComplianceDocument,
    "\n  query Dashboard {\n    actionPlans {\n      id\n      title\n      titleKo\n      status\n      themes {\n        id\n        commitments {\n          id\n          code\n          title\n          titleKo\n          stale\n          lastUpdateAt\n          incorporatedInto { id }\n          milestones { id title titleKo end delayed daysDelayed }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment LevelCounts on CompletionCounts {\n    notStarted\n    limited\n    substantial\n    completed\n    withdrawn\n    incorporated\n    total\n  }\n": types.LevelCountsFragmentDoc,
    "\n  query PlanDashboard($planId: ID!) {\n    actionPlan(id: $planId) {\n      id\n      number\n      title\n      titleKo\n      status\n      periodStart\n      periodEnd\n    }\n    actionPlans {\n      id\n      number\n      title\n      titleKo\n      status\n    }\n    planDashboard(planId: $planId) {\n      asOf\n      completionByTheme {\n        theme {\n          id\n          position\n          title\n          titleKo\n        }\n        counts {\n          ...LevelCounts\n        }\n      }\n      completionHistory {\n        updateCount\n        points {\n          date\n          counts {\n            ...LevelCounts\n          }\n        }\n      }\n      milestones {\n        id\n        commitmentId\n        commitmentCode\n        position\n        title\n        titleKo\n        start\n        end\n        completion\n        delayed\n        daysDelayed\n      }\n      freshness {\n        organization {\n          id\n          name\n          nameKo\n        }\n        commitments\n        lastUpdateAt\n        daysSinceLastUpdate\n        staleCommitments\n      }\n      attendance {\n        meeting {\n          id\n          title\n          startsAt\n          sample\n        }\n        bySector {\n          government\n          civilSociety\n          other\n          secretariat\n          total\n        }\n      }\n      proposalsByStatus {\n        status\n        count\n      }\n    }\n  }\n": types.PlanDashboardDocument,
    "\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n": types.FlagCommentDocument,
    "\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": types.DeleteAttachmentDocument,
    "query PlanDocuments($id: ID!) { subject: actionPlan(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.PlanDocumentsDocument,
    "query CommitmentDocuments($id: ID!) { subject: commitment(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.CommitmentDocumentsDocument,
    "query MeetingDocuments($id: ID!) { subject: meeting(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.MeetingDocumentsDocument,
    "query ProposalDocuments($id: ID!) { subject: proposal(id: $id) { id mayAttachDocuments attachments { ...DocumentFields } } }": types.ProposalDocumentsDocument,
    "\n  fragment DocumentFields on Attachment { id name size contentType createdAt url uploadedBy { id displayName } }\n": types.DocumentFieldsFragmentDoc,
    "\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n": types.OpenDataPlansDocument,
    "\n  query ReportPlan($id: ID!) {\n    actionPlan(id: $id) { id number title titleKo status periodStart periodEnd }\n  }\n": types.ReportPlanDocument,
    "\n  query ReportNarratives($planId: ID!, $kind: ReportKind!, $locale: Locale!) {\n    reportNarratives(planId: $planId, kind: $kind, locale: $locale) { id key locale text version }\n  }\n": types.ReportNarrativesDocument,
    "\n  mutation SaveReportNarrative($input: SaveReportNarrativeInput!) {\n    saveReportNarrative(input: $input) { id key locale text version }\n  }\n": types.SaveReportNarrativeDocument,
    "\n  query ReportConsultation($planId: ID!, $kind: ReportKind!) {\n    reportConsultation(planId: $planId, kind: $kind) { id kind opensOn closesOn open commentCount }\n  }\n": types.ReportConsultationDocument,
    "\n  mutation OpenReportConsultation($input: OpenReportConsultationInput!) {\n    openReportConsultation(input: $input) { id kind opensOn closesOn open commentCount }\n  }\n": types.OpenReportConsultationDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role organization { id name nameKo kind } }\n  }\n": types.SessionFieldsFragmentDoc,
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
export function graphql(source: "\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n"): (typeof documents)["\n  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }\n"];
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
export function graphql(source: "\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n"): (typeof documents)["\n  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }\n"];
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
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role organization { id name nameKo kind } }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    user { id email displayName role organization { id name nameKo kind } }\n  }\n"];
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