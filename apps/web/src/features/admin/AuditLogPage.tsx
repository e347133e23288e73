import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Pager } from '../../components/Pager';
import { graphql } from '../../gql';
import type { AuditEventsQuery } from '../../gql/graphql';
import { TableScroll } from '../../components/TableScroll';
import { Loading, QueryError } from '../../components/states';
import { usePageTitle } from '../../lib/page-title';
import { useSearchParam } from '../../lib/search-param';

const AuditEventsQuery = graphql(`
  query AuditEvents($after: String) {
    auditEvents(first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action entityType entityId before after createdAt actor { id displayName email } } }
    }
  }
`);

type AuditRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** An entity as the audit event recorded it (a JSON object), or nothing. */
const snapshot = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** The fields an event changed, as "field: before → after". */
function changes(event: AuditRow): string[] {
  const before = snapshot(event.before);
  const after = snapshot(event.after);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${JSON.stringify(before[key] ?? null)} → ${JSON.stringify(after[key] ?? null)}`);
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useSearchParam('after');
  const [{ data, fetching, error }, refetch] = useQuery({ query: AuditEventsQuery, variables: { after }, requestPolicy: 'cache-and-network' });
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
                    {/* In the reader's words; an action this page does not know yet keeps its code. */}
                    {t(`audit.actions.${node.action}`, { defaultValue: node.action })}{' '}
                    <span className="muted">({t(`audit.entities.${node.entityType}`, { defaultValue: node.entityType })})</span>
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
