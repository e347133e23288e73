import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/states';
import { graphql } from '../../gql';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

const OpenDataPlansQuery = graphql(`
  query OpenDataPlans { actionPlans { id number title titleKo periodStart periodEnd } }
`);

/** What the open-data archives hold and where to download them. Public. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const localized = useLocalized();
  usePageTitle(t('openData.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: OpenDataPlansQuery, requestPolicy: 'cache-and-network' });

  return (
    <>
      <h1>{t('openData.title')}</h1>
      <p className="lead">{t('openData.intro')}</p>
      <section aria-labelledby="open-data-contents">
        <h2 id="open-data-contents">{t('openData.contentsHeading')}</h2>
        <ul>
          <li>{t('openData.contents.tables')}</li>
          <li>{t('openData.contents.languages')}</li>
          <li>{t('openData.contents.schema')}</li>
          <li>{t('openData.contents.public')}</li>
          <li>{t('openData.contents.license')}</li>
        </ul>
      </section>
      <section aria-labelledby="open-data-downloads">
        <h2 id="open-data-downloads">{t('openData.downloadsHeading')}</h2>
        <p>
          <a href="/open-data/ogp-forum.zip" download>
            {t('openData.wholeForum')}
          </a>
        </p>
        {fetching && !data ? (
          <Loading />
        ) : error ? (
          <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : !data?.actionPlans.length ? (
          <p className="state">{t('openData.noPlans')}</p>
        ) : (
          <ul>
            {data.actionPlans.map((plan) => (
              <li key={plan.id}>
                <a href={`/open-data/plans/${plan.id}.zip`} download>
                  {t('openData.planArchive', { plan: localized(plan.title, plan.titleKo) })}
                </a>{' '}
                <span className="muted">{t('plans.period', { start: formatDate(plan.periodStart), end: formatDate(plan.periodEnd) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
