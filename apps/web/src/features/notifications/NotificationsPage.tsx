import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { gql, useMutation, useQuery } from 'urql';
import { Pager } from '../../components/Pager';
import { Loading, QueryError } from '../../components/states';
import { usePageTitle } from '../../lib/page-title';

const NotificationsQuery = gql`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind subjectType subjectId excerpt readAt createdAt } }
    }
  }
`;
const MarkReadMutation = gql`
  mutation MarkNotificationsRead { markNotificationsRead }
`;

interface NotificationRow {
  id: string;
  kind: 'MENTION' | 'FOLLOWED_UPDATE' | 'MEETING_RESCHEDULED' | 'MEETING_CANCELLED' | 'ACTION_ITEM_ASSIGNED' | 'PROPOSAL_DECIDED';
  subjectType: string;
  subjectId: string;
  excerpt: string;
  readAt: string | null;
  createdAt: string;
}

const SUBJECT_PATHS: Record<string, string> = { COMMITMENT: '/commitments', MEETING: '/meetings', PROPOSAL: '/proposals', WORKING_GROUP: '/working-groups' };
const subjectLink = (row: NotificationRow) => (SUBJECT_PATHS[row.subjectType] ? `${SUBJECT_PATHS[row.subjectType]}/${row.subjectId}` : null);

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery<{
    notifications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: NotificationRow }[] };
  }>({ query: NotificationsQuery, variables: { after }, requestPolicy: 'network-only' });
  const [, markRead] = useMutation(MarkReadMutation);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  usePageTitle(t('notifications.title'));

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <button type="button" className="secondary" onClick={() => void markRead({}).then(() => refetch({ requestPolicy: 'network-only' }))}>
        {t('notifications.markAllRead')}
      </button>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && data.notifications.totalCount === 0 && <p className="state">{t('notifications.empty')}</p>}
      <ul className="card-list">
        {data?.notifications.edges.map(({ node }) => {
          const link = subjectLink(node);
          return (
            <li key={node.id} className={`card ${node.readAt ? '' : 'unread'}`}>
              <p className="entry-meta">
                {t(`notifications.kinds.${node.kind}`)} · <time dateTime={node.createdAt}>{time.format(new Date(node.createdAt))}</time>
                {!node.readAt && <span className="badge"> {t('notifications.unread')}</span>}
              </p>
              {link ? <Link to={link}>{node.excerpt}</Link> : <span>{node.excerpt}</span>}
            </li>
          );
        })}
      </ul>
      <Pager after={after} pageInfo={data?.notifications.pageInfo} onChange={setAfter} />
    </>
  );
}
