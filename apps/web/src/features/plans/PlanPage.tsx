import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { CompletionBadge } from '../../components/CompletionBadge';
import { Markdown } from '../../components/Markdown';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { useFeedLink, usePageTitle } from '../../lib/page-title';
import { PlanFilters, useFilterOptions, usePlanFilters } from './PlanFilters';
import { PlanDetailsForm } from './PlanDetailsForm';
import { PlanTermActions } from './PlanTermActions';
import { AttachmentSubjectType } from '@ogp-forum/domain';
import { SubjectDocuments } from '../documents/SubjectDocuments';
import { graphql } from '../../gql';
import type { PlanQuery as PlanData } from '../../gql/graphql';

export const PlanQuery = graphql(`
  query Plan($id: ID!) {
    actionPlan(id: $id) {
      id
      number
      title
      titleKo
      periodStart
      periodEnd
      status
      completionCounts {
        completed
        substantial
        limited
        notStarted
        withdrawn
        incorporated
        total
      }
      themes {
        id
        position
        title
        titleKo
        commitments {
          id
          code
          title
          titleKo
          completion
          delayedMilestoneCount
          stale
          incorporatedInto {
            id
            code
          }
          leadOrganization {
            id
            name
            nameKo
          }
        }
      }
      irmRecommendations {
        id
        number
        text
        textKo
        status
        governmentResponse
      }
    }
  }
`);

type PlanCommitment = PlanData['actionPlan']['themes'][number]['commitments'][number];

const COUNTS = ['completed', 'substantial', 'limited', 'notStarted', 'withdrawn', 'incorporated'] as const;

export function PlanPage() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanQuery, variables: { id: planId } });
  const planTitle = data ? localized(data.actionPlan.title, data.actionPlan.titleKo) : null;
  usePageTitle(planTitle);
  const feedHref = planId ? `/feeds/plans/${planId}.atom${i18n.language === 'ko' ? '?lang=ko' : ''}` : null;
  useFeedLink(feedHref, t('plan.feed'));
  const options = useFilterOptions(data?.actionPlan);
  const filters = usePlanFilters(planId, options.themes, options.leads);

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const plan = data.actionPlan;
  const shown = (commitment: PlanCommitment) => !filters.matching || filters.matching.has(commitment.id);
  const themes = plan.themes
    .map((theme) => ({ ...theme, commitments: theme.commitments.filter(shown) }))
    .filter((theme) => !filters.active || theme.commitments.length > 0);

  return (
    <>
      <h1>{localized(plan.title, plan.titleKo)}</h1>
      <p className="lead">
        {t('plans.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })} · {t(`planStatus.${plan.status}`)}
      </p>
      <ul className="inline-links">
        <li>
          <Link to={`/plans/${plan.id}/co-creation`}>{plan.status === 'CO_CREATION' ? t('coCreation.follow') : t('coCreation.howCoCreated')}</Link>
        </li>
        <li>
          <Link to={`/plans/${plan.id}/register`}>{t('register.title')}</Link>
        </li>
        <li>
          <Link to={`/plans/${plan.id}/repository`}>{t('repository.link')}</Link>
        </li>
        <li>
          <Link to={`/plans/${plan.id}/compliance`}>{t('compliance.link')}</Link>
        </li>
        {plan.status !== 'CO_CREATION' && (
          <li>
            <Link to={`/plans/${plan.id}/report`}>{t('report.title')}</Link>
          </li>
        )}
        <li>
          <Link to={`/plans/${plan.id}/dashboard`}>{t('planDashboard.link')}</Link>
        </li>
        <li>
          <a href={feedHref!} type="application/atom+xml" className="feed-link">
            {t('plan.feed')}
          </a>
        </li>
      </ul>

      <PlanTermActions plan={plan} />
      <PlanDetailsForm key={plan.id} plan={plan} onSaved={() => refetch({ requestPolicy: 'network-only' })} />

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('plan.summary')}</h2>
        <dl className="counts">
          <div className="count count-total">
            <dt>{t('plan.count.total')}</dt>
            <dd>{plan.completionCounts.total}</dd>
          </div>
          {COUNTS.filter((key) => plan.completionCounts[key] > 0).map((key) => (
            <div key={key} className={`count count-${key}`}>
              <dt>{t(`plan.count.${key}`)}</dt>
              <dd>{plan.completionCounts[key]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{t('plan.commitments')}</h2>
        <PlanFilters filters={filters} themes={options.themes} leads={options.leads} />
        <p role="status" className="filter-count">
          {filters.matching ? t('plan.filters.showing', { count: filters.matching.size, total: plan.completionCounts.total }) : ''}
        </p>
        {filters.error ? (
          <QueryError error={filters.error} retry={filters.retry} />
        ) : filters.active && !filters.matching ? (
          <Loading />
        ) : filters.matching?.size === 0 ? (
          <p className="state">{t('plan.filters.none')}</p>
        ) : (
          <TableScroll labelledBy="status-caption">
            <table className="status-table">
              <caption id="status-caption">{t('plan.statusTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.theme')}</th>
                  <th scope="col">{t('plan.commitment')}</th>
                  <th scope="col">{t('plan.lead')}</th>
                  <th scope="col">{t('plan.status')}</th>
                </tr>
              </thead>
              {themes.map((theme) => (
                <tbody key={theme.id}>
                  {theme.commitments.length === 0 && (
                    <tr>
                      <th scope="row">
                        {theme.position}. {localized(theme.title, theme.titleKo)}
                      </th>
                      <td colSpan={3}>{t('plan.noCommitments')}</td>
                    </tr>
                  )}
                  {theme.commitments.map((commitment, index) => (
                    <tr key={commitment.id} data-testid={`commitment-row-${commitment.code}`}>
                      {index === 0 && (
                        <th scope="rowgroup" rowSpan={theme.commitments.length}>
                          {theme.position}. {localized(theme.title, theme.titleKo)}
                        </th>
                      )}
                      <td>
                        <Link to={`/commitments/${commitment.id}`}>
                          <span className="code">{commitment.code}</span> {localized(commitment.title, commitment.titleKo)}
                        </Link>
                        {commitment.delayedMilestoneCount > 0 && !commitment.incorporatedInto && (
                          <span className="flag flag-delayed">{t('plan.delayedMilestones', { count: commitment.delayedMilestoneCount })}</span>
                        )}
                        {commitment.stale && <span className="flag flag-stale">{t('plan.stale')}</span>}
                      </td>
                      <td>{localized(commitment.leadOrganization.name, commitment.leadOrganization.nameKo)}</td>
                      <td>
                        <CompletionBadge completion={commitment.completion} incorporatedInto={commitment.incorporatedInto?.code} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </TableScroll>
        )}
      </section>

      {plan.irmRecommendations.length > 0 && (
        <section aria-labelledby="irm-heading">
          <h2 id="irm-heading">{t('plan.irmRecommendations')}</h2>
          <ol className="irm-list">
            {plan.irmRecommendations.map((recommendation) => (
              <li key={recommendation.id}>
                <details>
                  <summary>
                    {localized(recommendation.text, recommendation.textKo)}{' '}
                    <span className={`badge badge-irm-${recommendation.status.toLowerCase()}`}>{t(`plan.irmStatus.${recommendation.status}`)}</span>
                  </summary>
                  <h3>{t('plan.governmentResponse')}</h3>
                  <Markdown>{recommendation.governmentResponse}</Markdown>
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}

      <SubjectDocuments subjectType={AttachmentSubjectType.PLAN} subjectId={plan.id} />
    </>
  );
}
