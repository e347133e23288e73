import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { TableScroll } from '../../components/TableScroll';
import { graphql } from '../../gql';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

const DashboardQuery = graphql(`
  query Dashboard {
    actionPlans {
      id
      title
      titleKo
      status
      themes {
        id
        commitments {
          id
          code
          title
          titleKo
          stale
          lastUpdateAt
          incorporatedInto { id }
          milestones { id title titleKo end delayed daysDelayed }
        }
      }
    }
  }
`);

/** The plan whose charts /dashboard offers first: the one being implemented, else the newest (plans come newest first). */
export function defaultDashboardPlan<P extends { status: string }>(plans: P[]): P | undefined {
  return plans.find((plan) => plan.status === 'IMPLEMENTATION') ?? plans[0];
}

/** What needs the forum's attention: milestones past their end date and commitments nobody has reported on for 60 days. */
export function DashboardPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatDate = useFormatDate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DashboardQuery, requestPolicy: 'cache-and-network' });
  usePageTitle(t('dashboard.title'));

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const charted = defaultDashboardPlan(data.actionPlans);

  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.lead')}</p>
      {charted && (
        <p>
          <Link to={`/plans/${charted.id}/dashboard`} className="button-link">
            {t('planDashboard.charts', { plan: localized(charted.title, charted.titleKo) })}
          </Link>
        </p>
      )}
      {data.actionPlans.map((plan) => {
        const commitments = plan.themes.flatMap((theme) => theme.commitments).filter((commitment) => !commitment.incorporatedInto);
        const delayed = commitments.flatMap((commitment) => commitment.milestones.filter((milestone) => milestone.delayed).map((milestone) => ({ commitment, milestone })));
        const stale = commitments.filter((commitment) => commitment.stale);
        return (
          <section key={plan.id} aria-labelledby={`plan-${plan.id}`}>
            <h2 id={`plan-${plan.id}`}>
              <Link to={`/plans/${plan.id}`}>{localized(plan.title, plan.titleKo)}</Link> <span className="muted">· {t(`planStatus.${plan.status}`)}</span>
            </h2>
            <p>
              <Link to={`/plans/${plan.id}/dashboard`}>{t('planDashboard.charts', { plan: localized(plan.title, plan.titleKo) })}</Link>
            </p>
            <h3 id={`delayed-${plan.id}`}>{t('dashboard.delayed', { count: delayed.length })}</h3>
            {delayed.length === 0 ? (
              <p className="state">{t('dashboard.noDelayed')}</p>
            ) : (
              <TableScroll labelledBy={`delayed-${plan.id}`}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('plan.commitment')}</th>
                      <th scope="col">{t('commitment.milestone')}</th>
                      <th scope="col">{t('commitment.end')}</th>
                      <th scope="col">{t('dashboard.late')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {delayed.map(({ commitment, milestone }) => (
                      <tr key={milestone.id}>
                        <td>
                          <Link to={`/commitments/${commitment.id}`}>
                            <span className="code">{commitment.code}</span> {localized(commitment.title, commitment.titleKo)}
                          </Link>
                        </td>
                        <td>{localized(milestone.title, milestone.titleKo)}</td>
                        <td>{formatDate(milestone.end)}</td>
                        <td>{plan.status === 'CLOSED' ? t('commitment.unfinished') : t('commitment.delayed', { count: milestone.daysDelayed })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            <h3>{t('dashboard.stale', { count: stale.length })}</h3>
            {stale.length === 0 ? (
              <p className="state">{plan.status === 'IMPLEMENTATION' ? t('dashboard.noStale') : t('dashboard.notRunning')}</p>
            ) : (
              <ul>
                {stale.map((commitment) => (
                  <li key={commitment.id}>
                    <Link to={`/commitments/${commitment.id}`}>
                      <span className="code">{commitment.code}</span> {localized(commitment.title, commitment.titleKo)}
                    </Link>{' '}
                    <span className="muted">
                      {commitment.lastUpdateAt ? t('dashboard.lastUpdate', { date: formatDate(commitment.lastUpdateAt) }) : t('dashboard.neverUpdated')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
