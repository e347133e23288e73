import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { Loading, QueryError } from '../../components/states';
import { useFormatDateTime } from '../../lib/format';
import { MyActionItemsQuery } from './meeting-documents';
import { ActionItemLine } from './MinutesSection';
import { usePageTitle } from '../../lib/page-title';
import { useSearchParam } from '../../lib/search-param';

/** What the meetings asked of me: open items by due date (overdue flagged), done ones on request. */
export function ActionItemsPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [done, setDone] = useSearchParam('done');
  const includeDone = done === '1';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyActionItemsQuery,
    variables: { includeDone },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const items = data?.myActionItems ?? [];
  usePageTitle(t('actionItems.title'));

  return (
    <>
      <h1>{t('actionItems.title')}</h1>
      <label className="checkbox">
        <input type="checkbox" checked={includeDone} onChange={(e) => setDone(e.target.checked ? '1' : null)} />
        {t('actionItems.showDone')}
      </label>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={reload} />}
      {data && items.length === 0 && <p className="state">{t(includeDone ? 'actionItems.emptyAll' : 'actionItems.empty')}</p>}
      {items.length > 0 && (
        <ul className="card-list">
          {items.map((item) => (
            <li key={item.id} className={`card ${item.overdue ? 'card-overdue' : ''}`}>
              <ActionItemLine item={item} onChanged={reload} />
              <p className="entry-meta">
                {t('actionItems.from')} <Link to={`/meetings/${item.meeting.id}`}>{item.meeting.title}</Link> ({formatDateTime(item.meeting.startsAt, { dateStyle: 'medium' })})
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
