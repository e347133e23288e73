import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gql, useQuery } from 'urql';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { usePageTitle } from '../../lib/page-title';

const AuditEventsQuery = gql`
  query AuditEvents($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action entityType entityId before after createdAt actor { id displayName email } } }
    }
  }
`;

interface AuditRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
  actor: { id: string; displayName: string; email: string } | null;
}

/** The fields an event changed, as "field: before → after". */
function changes(event: AuditRow): string[] {
  const keys = new Set([...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})]);
  return [...keys]
    .filter((key) => JSON.stringify(event.before?.[key]) !== JSON.stringify(event.after?.[key]))
    .map((key) => `${key}: ${JSON.stringify(event.before?.[key] ?? null)} → ${JSON.stringify(event.after?.[key] ?? null)}`);
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery<{
    auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: AuditRow }[] };
  }>({ query: AuditEventsQuery, variables: { after }, requestPolicy: 'cache-and-network' });
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  usePageTitle(t('audit.title'));

  return (
    <>
      <h1 id="audit-heading">{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && data.auditEvents.totalCount === 0 && <p className="state">{t('audit.empty')}</p>}
      {data && data.auditEvents.totalCount > 0 && (
        <TableScroll labelledBy="audit-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.auditEvents.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <time dateTime={node.createdAt}>{time.format(new Date(node.createdAt))}</time>
                  </td>
                  <td>{node.actor ? `${node.actor.displayName} (${node.actor.email})` : t('audit.system')}</td>
                  <td>
                    <code>{node.action}</code> <span className="muted">{node.entityType}</span>
                  </td>
                  <td>
                    <ul className="plain-list">
                      {changes(node).map((change) => (
                        <li key={change}>
                          <code>{change}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pager after={after} pageInfo={data?.auditEvents.pageInfo} onChange={setAfter} />
    </>
  );
}
