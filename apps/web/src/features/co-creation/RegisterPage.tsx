import { ProposalStatus } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { Markdown } from '../../components/Markdown';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { ProposalStatusBadge } from './badges';
import { ReasonedResponsesQuery, type RegisterRow } from './co-creation-documents';
import { usePageTitle } from '../../lib/page-title';
import { useSearchParam } from '../../lib/search-param';

const OUTCOMES = [
  ProposalStatus.SUBMITTED,
  ProposalStatus.UNDER_REVIEW,
  ProposalStatus.SELECTED,
  ProposalStatus.MERGED,
  ProposalStatus.PARKED,
  ProposalStatus.DECLINED,
  ProposalStatus.WITHDRAWN,
];

/** The reasoned-response register: every proposal that reached the forum, what was decided and why. Public. */
export function RegisterPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  // The outcome chosen is in the address (?outcome=DECLINED), so a filtered register can be linked to.
  const [outcomeParam, setOutcome] = useSearchParam('outcome');
  const outcome = Object.values(ProposalStatus).find((status) => status === outcomeParam) ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReasonedResponsesQuery, variables: { planId }, requestPolicy: 'cache-and-network' });
  usePageTitle(data ? `${t('register.title')} · ${localized(data.actionPlan.title, data.actionPlan.titleKo)}` : t('register.title'));

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const plan = data.actionPlan;
  const rows = data.reasonedResponses.filter((row) => !outcome || row.status === outcome);

  return (
    <>
      <nav aria-label={t('coCreation.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${plan.id}`}>{localized(plan.title, plan.titleKo)}</Link> ›{' '}
        <Link to={`/plans/${plan.id}/co-creation`}>{t('coCreation.title', { number: plan.number })}</Link>
      </nav>
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.intro', { number: plan.number })}</p>
      <div className="button-row">
        <label>
          {t('register.filter')}{' '}
          <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="">{t('register.all')}</option>
            {OUTCOMES.map((value) => (
              <option key={value} value={value}>
                {t(`proposalStatus.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <a href={`/exports/reasoned-responses/${plan.id}.csv`} download>
          {t('register.csv')}
        </a>
      </div>
      {data.reasonedResponses.length === 0 ? (
        <p className="state">{t('register.empty')}</p>
      ) : rows.length === 0 ? (
        <p className="state">{t('register.noneWithOutcome')}</p>
      ) : (
        <TableScroll labelledBy="register-caption">
          <table className="register">
            <caption id="register-caption">{t('register.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('register.proposal')}</th>
                <th scope="col">{t('register.outcome')}</th>
                <th scope="col">{t('register.decidedOn')}</th>
                <th scope="col">{t('register.rationale')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/proposals/${row.id}`}>{row.title}</Link>
                    {row.organization && <div className="muted">{localized(row.organization.name, row.organization.nameKo)}</div>}
                  </th>
                  <td>
                    <ProposalStatusBadge status={row.status} />
                    {row.mergedInto && (
                      <div>
                        {t('proposal.outcome.mergedInto')} <Link to={`/proposals/${row.mergedInto.id}`}>{row.mergedInto.title}</Link>
                      </div>
                    )}
                    {row.commitment && (
                      <div>
                        <Link to={`/commitments/${row.commitment.id}`}>{t('adoption.became', { code: row.commitment.code })}</Link>
                      </div>
                    )}
                    {row.workingGroup && (
                      <div>
                        {t('proposal.outcome.workingGroup')} <Link to={`/working-groups/${row.workingGroup.id}`}>{row.workingGroup.name}</Link>
                      </div>
                    )}
                  </td>
                  <td>{row.decidedAt ? <time dateTime={row.decidedAt}>{formatDate(row.decidedAt)}</time> : '—'}</td>
                  <td>{row.rationale ? <Markdown>{row.rationale}</Markdown> : <span className="muted">{t('register.pending')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
