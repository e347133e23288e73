import { FORUM_RULES_PATH } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Loading, QueryError } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageDescription, usePageTitle } from '../../lib/page-title';
import { DocumentLink, useFormatSize } from '../documents/DocumentsSection';

const RepositoryQuery = graphql(`
  query PlanRepository($planId: ID!) {
    planRepository(planId: $planId) {
      plan { id number title titleKo periodStart periodEnd status adoptedAt }
      documents { ...DocumentFields }
      minutes { id title startsAt minutes { publishedAt } attachments { ...DocumentFields } }
      registerUpdatedAt
      basicRulesUpdatedAt
      lastUpdatedAt
    }
  }
`);

/**
 * A plan's public repository (OGP standards 2.1 and 2.2): every document of its cycle on one page at a stable
 * address, /plans/:planId/repository, with dates and the page's "last updated". Readable without signing in; prints
 * cleanly, with the addresses of the links.
 */
export function RepositoryPage() {
  const { planId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const formatSize = useFormatSize();
  const localized = useLocalized();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RepositoryQuery, variables: { planId } });
  const repository = data?.planRepository;
  const planTitle = repository ? localized(repository.plan.title, repository.plan.titleKo) : null;
  usePageTitle(planTitle ? t('repository.pageTitle', { plan: planTitle }) : t('repository.title'));
  usePageDescription(planTitle ? t('repository.description', { plan: planTitle }) : null);

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!repository) return null;
  const { plan } = repository;
  const reportHasData = plan.status !== 'CO_CREATION';
  const lang = i18n.language === 'ko' ? 'ko' : 'en';

  return (
    <article className="repository">
      <h1>{t('repository.heading', { plan: planTitle })}</h1>
      <p className="lead">{t('repository.intro', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</p>
      <p className="updated">
        {t('repository.lastUpdated')} <time dateTime={repository.lastUpdatedAt}>{formatDate(repository.lastUpdatedAt)}</time>
      </p>

      <section aria-labelledby="repository-plan">
        <h2 id="repository-plan">{t('repository.plan')}</h2>
        <ul className="document-list">
          <li>
            <Link to={`/plans/${plan.id}`}>{planTitle}</Link>{' '}
            <span className="meta">{plan.adoptedAt ? t('repository.adoptedOn', { date: formatDate(plan.adoptedAt) }) : t(`planStatus.${plan.status}`)}</span>
          </li>
        </ul>
      </section>

      {reportHasData && (
        <section aria-labelledby="repository-reports">
          <h2 id="repository-reports">{t('repository.reports')}</h2>
          <p className="hint">{t('repository.reportsGenerated')}</p>
          <ul className="document-list">
            {(['html', 'md', 'docx'] as const).map((format) => (
              <li key={format}>
                <a href={`/reports/plans/${plan.id}/self-assessment.${format}?lang=${lang}`}>{t(`repository.report.${format}`)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="repository-documents">
        <h2 id="repository-documents">{t('repository.documents')}</h2>
        {repository.documents.length === 0 ? (
          <p className="empty">{t('repository.noDocuments')}</p>
        ) : (
          <ul className="document-list">
            {repository.documents.map((document) => (
              <li key={document.id}>
                <DocumentLink document={document} />{' '}
                <span className="meta">{t('repository.documentMeta', { size: formatSize(document.size), date: formatDate(document.createdAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="repository-minutes">
        <h2 id="repository-minutes">{t('repository.minutes')}</h2>
        {repository.minutes.length === 0 ? (
          <p className="empty">{t('repository.noMinutes')}</p>
        ) : (
          <ul className="document-list">
            {repository.minutes.map((meeting) => (
              <li key={meeting.id}>
                <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>{' '}
                <span className="meta">
                  {t('repository.minutesMeta', { held: formatDate(meeting.startsAt), published: meeting.minutes?.publishedAt ? formatDate(meeting.minutes.publishedAt) : '—' })}
                </span>
                {meeting.attachments.length > 0 && (
                  <ul aria-label={t('repository.annexesOf', { meeting: meeting.title })}>
                    {meeting.attachments.map((document) => (
                      <li key={document.id}>
                        <DocumentLink document={document} /> <span className="meta">{formatSize(document.size)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="repository-register">
        <h2 id="repository-register">{t('repository.register')}</h2>
        <ul className="document-list">
          <li>
            <Link to={`/plans/${plan.id}/register`}>{t('register.title')}</Link>{' '}
            {repository.registerUpdatedAt && <span className="meta">{t('repository.registerUpdated', { date: formatDate(repository.registerUpdatedAt) })}</span>}
          </li>
          <li>
            <a href={`/exports/reasoned-responses/${plan.id}.csv`}>{t('repository.registerCsv')}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="repository-rules">
        <h2 id="repository-rules">{t('repository.rules')}</h2>
        {repository.basicRulesUpdatedAt ? (
          <ul className="document-list">
            <li>
              <Link to={FORUM_RULES_PATH}>{t('forumRules.title')}</Link>{' '}
              <span className="meta">{t('repository.rulesMeta', { date: formatDate(repository.basicRulesUpdatedAt) })}</span>
            </li>
          </ul>
        ) : (
          <p className="empty">{t('repository.noRules')}</p>
        )}
      </section>
    </article>
  );
}
