import { Action } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { OpenPlanForm } from '../co-creation/OpenPlanForm';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

export const PlansQuery = graphql(`
  query Plans {
    actionPlans {
      id
      number
      title
      titleKo
      periodStart
      periodEnd
      status
      completionCounts {
        total
      }
    }
  }
`);

export function PlansPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const auth = useAuth();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlansQuery });
  usePageTitle(t('plans.title'));

  return (
    <>
      <h1>{t('plans.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      {/* Open even while another plan is in co-creation: the api allows it, and a forum may start on the next plan early. */}
      {data && auth.can(Action.MANAGE_PLANS) && (
        <OpenPlanForm nextNumber={Math.max(0, ...data.actionPlans.map((plan) => plan.number)) + 1} />
      )}
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && data.actionPlans.length === 0 && <p className="state">{t('plans.empty')}</p>}
      {data && data.actionPlans.length > 0 && (
        <ul className="card-list">
          {data.actionPlans.map((plan) => (
            <li key={plan.id} className="card">
              <h2>
                <Link to={`/plans/${plan.id}`}>{localized(plan.title, plan.titleKo)}</Link>
              </h2>
              <p>
                {t('plans.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })} ·{' '}
                {t(`planStatus.${plan.status}`)} · {t('plans.commitmentCount', { count: plan.completionCounts.total })}
              </p>
              {plan.status === 'CO_CREATION' && (
                <p>
                  <Link to={`/plans/${plan.id}/co-creation`}>{t('coCreation.follow')}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
