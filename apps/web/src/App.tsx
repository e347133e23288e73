import { Action } from '@ogp-forum/domain';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { RequirePermission } from './components/RequirePermission';
import { Loading, NotFound } from './components/states';
import { AccountPage } from './features/account/AccountPage';
import { AuditLogPage } from './features/admin/AuditLogPage';
import { MembersPage } from './features/admin/MembersPage';
import { ModerationQueuePage } from './features/admin/ModerationQueuePage';
import { OrganizationsPage } from './features/admin/OrganizationsPage';
import { InvitationPage } from './features/auth/InvitationPage';
import { SignUpPage } from './features/auth/SignUpPage';
import { VerifyEmailPage } from './features/auth/VerifyEmailPage';
import { LoginPage } from './features/auth/LoginPage';
import { CoCreationEntry, CoCreationPage } from './features/co-creation/CoCreationPage';
import { DraftCommitmentPage } from './features/co-creation/DraftCommitmentPage';
import { EditProposalPage, NewProposalPage } from './features/co-creation/ProposalEditorPage';
import { ProposalPage } from './features/co-creation/ProposalPage';
import { RegisterPage } from './features/co-creation/RegisterPage';
import { CompliancePage } from './features/compliance/CompliancePage';
import { ForumRulesPage } from './features/forum/ForumRulesPage';
import { OpenDataPage } from './features/open-data/OpenDataPage';
import { WorkingGroupPage } from './features/co-creation/WorkingGroupPage';
import { CommitmentPage } from './features/commitments/CommitmentPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { ActionItemsPage } from './features/meetings/ActionItemsPage';
import { LiveMeetingPage } from './features/meetings/LiveMeetingPage';
import { MeetingPage } from './features/meetings/MeetingPage';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { AdoptPlanPage } from './features/plans/AdoptPlanPage';
import { PlanPage } from './features/plans/PlanPage';
import { PlansPage } from './features/plans/PlansPage';
import { RepositoryPage } from './features/plans/RepositoryPage';
import { ReportPage } from './features/reports/ReportPage';
import { SearchPage } from './features/search/SearchPage';

// The charts library is loaded only by the page that draws charts.
const PlanDashboardPage = lazy(() => import('./features/dashboard/PlanDashboardPage').then((module) => ({ default: module.PlanDashboardPage })));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/plans" replace />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="open-data" element={<OpenDataPage />} />
        <Route path="forum/rules" element={<ForumRulesPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="plans/:planId" element={<PlanPage />} />
        <Route path="plans/:planId/co-creation" element={<CoCreationPage />} />
        <Route path="plans/:planId/register" element={<RegisterPage />} />
        <Route path="plans/:planId/compliance" element={<CompliancePage />} />
        <Route path="plans/:planId/report" element={<ReportPage />} />
        <Route path="plans/:planId/repository" element={<RepositoryPage />} />
        <Route
          path="plans/:planId/dashboard"
          element={
            <Suspense fallback={<Loading />}>
              <PlanDashboardPage />
            </Suspense>
          }
        />
        <Route
          path="plans/:planId/adopt"
          element={
            <RequirePermission action={Action.MANAGE_PLANS}>
              <AdoptPlanPage />
            </RequirePermission>
          }
        />
        <Route
          path="plans/:planId/proposals/new"
          element={
            <RequirePermission action={Action.SUBMIT_PROPOSAL}>
              <NewProposalPage />
            </RequirePermission>
          }
        />
        <Route path="co-creation" element={<CoCreationEntry />} />
        <Route path="proposals/:proposalId" element={<ProposalPage />} />
        <Route
          path="proposals/:proposalId/edit"
          element={
            <RequirePermission action={Action.SUBMIT_PROPOSAL}>
              <EditProposalPage />
            </RequirePermission>
          }
        />
        <Route path="draft-commitments/:draftId" element={<DraftCommitmentPage />} />
        <Route path="working-groups/:groupId" element={<WorkingGroupPage />} />
        <Route path="commitments/:commitmentId" element={<CommitmentPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="meetings" element={<MeetingsPage />} />
        <Route path="meetings/:meetingId" element={<MeetingPage />} />
        <Route path="meetings/:meetingId/live" element={<LiveMeetingPage />} />
        <Route
          path="action-items"
          element={
            <RequirePermission action={Action.COMPLETE_ACTION_ITEM}>
              <ActionItemsPage />
            </RequirePermission>
          }
        />
        <Route
          path="notifications"
          element={
            <RequirePermission action={Action.MANAGE_OWN_ACCOUNT}>
              <NotificationsPage />
            </RequirePermission>
          }
        />
        <Route path="login" element={<LoginPage />} />
        <Route path="invitations/:token" element={<InvitationPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="verify-email/:token" element={<VerifyEmailPage />} />
        <Route
          path="account"
          element={
            <RequirePermission action={Action.MANAGE_OWN_ACCOUNT}>
              <AccountPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/members"
          element={
            <RequirePermission action={Action.MANAGE_MEMBERS}>
              <MembersPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/organizations"
          element={
            <RequirePermission action={Action.MANAGE_MEMBERS}>
              <OrganizationsPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/moderation"
          element={
            <RequirePermission action={Action.MODERATE}>
              <ModerationQueuePage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/audit"
          element={
            <RequirePermission action={Action.READ_AUDIT_LOG}>
              <AuditLogPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
