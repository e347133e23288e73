import { EvidenceKind, Locale } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { OgpComplianceQuery } from './compliance-documents';

/** Evidence whose label is a page's kind rather than a record's title: shown by the kind alone. */
const PAGE_KINDS = new Set<EvidenceKind>([EvidenceKind.PLAN, EvidenceKind.MEETINGS, EvidenceKind.REGISTER, EvidenceKind.CALENDAR, EvidenceKind.RULES]);

/** OGP's minimum requirements for a plan, judged from the data (DESIGN.md §4 flow 4). Public. */
export function CompliancePage() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  const lang = i18n.language === 'ko' ? Locale.ko : Locale.en;
  const [{ data, fetching, error }, refetch] = useQuery({ query: OgpComplianceQuery, variables: { planId, lang }, requestPolicy: 'cache-and-network' });
  const plan = data?.actionPlan;
  usePageTitle(plan ? t('compliance.pageTitle', { plan: localized(plan.title, plan.titleKo) }) : t('compliance.title'));

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data || !plan) return null;
  const { asOf, requirements } = data.ogpCompliance;

  return (
    <>
      <nav aria-label={t('compliance.breadcrumb')} className="breadcrumb">
        <Link to={`/plans/${plan.id}`}>{localized(plan.title, plan.titleKo)}</Link>
      </nav>
      <h1>{t('compliance.title')}</h1>
      <p className="lead">{t('compliance.intro')}</p>
      <p>{plan.status === 'CLOSED' ? t('compliance.asOfClosed', { date: formatDate(asOf) }) : t('compliance.asOfOpen', { date: formatDate(asOf) })}</p>
      {requirements.length === 0 ? (
        <p className="state">{t('compliance.empty')}</p>
      ) : (
        <table className="status-table compliance">
          <caption>{t('compliance.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compliance.requirement')}</th>
              <th scope="col">{t('compliance.status')}</th>
              <th scope="col">{t('compliance.evidence')}</th>
              <th scope="col">{t('compliance.nextDue')}</th>
            </tr>
          </thead>
          <tbody>
            {requirements.map((row) => (
              <tr key={row.code} data-requirement={row.code}>
                <th scope="row">
                  <span className="compliance-code">{row.code}</span> {row.title}
                  <div className="muted compliance-description">{row.description}</div>
                </th>
                <td>
                  <span className={`badge badge-compliance-${row.status.toLowerCase()}`}>{t(`compliance.statuses.${row.status}`)}</span>
                  <p className="compliance-explanation">{row.explanation}</p>
                </td>
                <td>
                  {row.evidence.length === 0 ? (
                    <span className="muted">{t('compliance.noEvidence')}</span>
                  ) : (
                    <ul className="compliance-evidence">
                      {row.evidence.map((item) => (
                        <li key={`${item.kind}-${item.url}-${item.date}`}>
                          <Link to={item.url}>
                            {PAGE_KINDS.has(item.kind) ? t(`compliance.evidenceKinds.${item.kind}`) : `${t(`compliance.evidenceKinds.${item.kind}`)}: ${item.label}`}
                          </Link>
                          {item.date && (
                            <>
                              {' '}
                              <time dateTime={item.date}>{formatDate(item.date)}</time>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{row.nextDueOn ? <time dateTime={row.nextDueOn}>{formatDate(row.nextDueOn)}</time> : <span className="muted">{t('compliance.nothingDue')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
