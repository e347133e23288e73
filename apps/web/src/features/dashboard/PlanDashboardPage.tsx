import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { AttendanceChart, CompletionByThemeChart, CompletionHistoryChart, FreshnessChart, MilestoneTimelineChart, ProposalsChart } from './charts';
import { PlanDashboardQuery } from './dashboard-documents';
import type { PlanDashboardQuery as PlanDashboardData } from '../../gql/graphql';

/** A plan's public dashboard: six charts of its data, each with a table of the same numbers. */
export function PlanDashboardPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatDate = useFormatDate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanDashboardQuery, variables: { planId }, requestPolicy: 'cache-and-network' });
  const planTitle = data ? localized(data.actionPlan.title, data.actionPlan.titleKo) : null;
  usePageTitle(planTitle ? t('planDashboard.pageTitle', { plan: planTitle }) : t('planDashboard.title'));

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const { actionPlan: plan, planDashboard: dashboard } = data;
  const hasCommitments = dashboard.completionByTheme.some((row) => row.counts.total > 0);

  return (
    <>
      <nav aria-label={t('planDashboard.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${plan.id}`}>{planTitle}</Link> › <Link to="/dashboard">{t('dashboard.title')}</Link>
      </nav>
      <h1>{t('planDashboard.heading', { plan: planTitle })}</h1>
      <p className="lead">
        {t('plans.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })} · {t(`planStatus.${plan.status}`)} ·{' '}
        {t('planDashboard.asOf', { date: formatDate(dashboard.asOf) })}
      </p>
      <PlanChooser key={plan.id} plans={data.actionPlans} current={plan.id} />
      <p className="chart-intro">{t('planDashboard.intro')}</p>

      <div className="charts">
        {hasCommitments ? (
          <>
            <CompletionByThemeChart rows={dashboard.completionByTheme} />
            <CompletionHistoryChart history={dashboard.completionHistory} />
            <MilestoneTimelineChart milestones={dashboard.milestones} asOf={dashboard.asOf} plan={plan} />
            <FreshnessChart rows={dashboard.freshness} plan={plan} />
          </>
        ) : (
          <p className="state">{t('planDashboard.noCommitments')}</p>
        )}
        <AttendanceChart rows={dashboard.attendance} plan={plan} />
        <ProposalsChart rows={dashboard.proposalsByStatus} />
      </div>
    </>
  );
}

/** Another plan's dashboard: chosen, then opened with the button, so that moving through the list changes nothing. */
function PlanChooser({ plans, current }: { plans: PlanDashboardData['actionPlans']; current: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(current);
  const selectId = useId();
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== current) navigate(`/plans/${chosen}/dashboard`);
  };
  return (
    <form className="plan-chooser" onSubmit={open}>
      <label htmlFor={selectId}>{t('planDashboard.choosePlan')}</label>
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {plans.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {localized(plan.title, plan.titleKo)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {t('planDashboard.open')}
      </button>
    </form>
  );
}
