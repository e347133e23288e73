import { Locale } from '@ogp-forum/domain';
import { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { Pager } from '../../components/Pager';
import { graphql } from '../../gql';
import type { NotificationsQuery as NotificationsData } from '../../gql/graphql';
import { Loading, QueryError } from '../../components/states';
import { usePageTitle } from '../../lib/page-title';
import { useSearchParam } from '../../lib/search-param';

const NotificationsQuery = graphql(`
  query Notifications($after: String, $locale: Locale) {
    notifications(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind subjectType subjectId subjectTitle(locale: $locale) url excerpt commentHidden readAt createdAt actor { id displayName } } }
    }
  }
`);
const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }
`);

type NotificationRow = NotificationsData['notifications']['edges'][number]['node'];

/** Who did what where, newest first; opening one goes to the comment itself and marks it read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.title'));
  const navigate = useNavigate();
  const [after, setAfter] = useSearchParam('after');
  const locale = i18n.language.startsWith('ko') ? Locale.ko : Locale.en;
  const [{ data, fetching, error }, refetch] = useQuery({ query: NotificationsQuery, variables: { after, locale }, requestPolicy: 'network-only' });
  const [, markRead] = useMutation(MarkReadMutation);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function open(event: MouseEvent<HTMLAnchorElement>, row: NotificationRow) {
    // A click with a modifier opens another tab: leave it to the browser, and the notice stays unread here.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0 || !row.url) return;
    event.preventDefault();
    if (!row.readAt) await markRead({ ids: [row.id] });
    navigate(row.url);
  }

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <button type="button" className="secondary" onClick={() => void markRead({ ids: null }).then(() => refetch({ requestPolicy: 'network-only' }))}>
        {t('notifications.markAllRead')}
      </button>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && data.notifications.totalCount === 0 && <p className="state">{t('notifications.empty')}</p>}
      <ul className="card-list notification-list">
        {data?.notifications.edges.map(({ node }) => {
          const what = t(`notifications.did.${node.kind}`, {
            actor: node.actor?.displayName ?? t('notifications.someone'),
            title: node.subjectTitle ?? t('notifications.goneSubject'),
          });
          return (
            <li key={node.id} className={`card ${node.readAt ? '' : 'unread'}`} data-notification={node.id}>
              <p className="entry-meta">
                <time dateTime={node.createdAt}>{time.format(new Date(node.createdAt))}</time>
                {!node.readAt && <span className="badge"> {t('notifications.unread')}</span>}
              </p>
              <p className="notification-what">{node.url ? <Link to={node.url} onClick={(event) => void open(event, node)}>{what}</Link> : what}</p>
              {node.kind === 'COMMENT_HIDDEN' ? (
                <p className="notification-excerpt">{t('notifications.hiddenBecause', { reason: node.excerpt })}</p>
              ) : node.commentHidden ? (
                <p className="muted hidden-comment">{t('notifications.hiddenComment')}</p>
              ) : (
                node.excerpt && <blockquote className="notification-excerpt">{node.excerpt}</blockquote>
              )}
            </li>
          );
        })}
      </ul>
      <Pager after={after} pageInfo={data?.notifications.pageInfo} onChange={setAfter} />
    </>
  );
}
