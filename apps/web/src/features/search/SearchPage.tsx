import { SearchKind } from '@ogp-forum/domain';
import { useEffect, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { Pager } from '../../components/Pager';
import { graphql } from '../../gql';
import type { SearchQuery as SearchData, SearchQueryVariables } from '../../gql/graphql';
import { Loading } from '../../components/states';
import { useFormatDate, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

const SearchQuery = graphql(`
  query Search($query: String!, $kinds: [SearchKind!], $planId: ID, $from: String, $to: String, $after: String) {
    search(query: $query, kinds: $kinds, planId: $planId, from: $from, to: $to, first: 20, after: $after) {
      totalCount
      totalCountIsExact
      kinds { kind count }
      pageInfo { hasNextPage endCursor }
      edges { node { kind id title titleKo url at snippet { text match } } }
    }
  }
`);

const PlansQuery = graphql(`
  query SearchPlans { actionPlans { id number title titleKo } }
`);

type Hit = SearchData['search']['edges'][number]['node'];

const KINDS = Object.values(SearchKind);
const isKind = (value: string | null): value is SearchKind => KINDS.includes(value as SearchKind);
const isDay = (value: string | null): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** The results of /search?q=…&kind=…&plan=…&from=…&to=…&after=…, grouped by kind; every filter lives in the address. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const kind = params.get('kind');
  const filters = {
    kinds: isKind(kind) ? [kind] : null,
    planId: params.get('plan') || null,
    from: isDay(params.get('from')) ? params.get('from') : null,
    to: isDay(params.get('to')) ? params.get('to') : null,
  };
  const after = params.get('after');
  usePageTitle(query ? t('search.titleFor', { query }) : t('search.title'));

  function change(next: Record<string, string | null>) {
    const updated = new URLSearchParams(params);
    for (const [name, value] of Object.entries(next)) {
      if (value) updated.set(name, value);
      else updated.delete(name);
    }
    if (!('after' in next)) updated.delete('after');
    setParams(updated);
  }

  return (
    <>
      <h1>{query ? t('search.titleFor', { query }) : t('search.title')}</h1>
      <Filters kind={filters.kinds?.[0] ?? null} planId={filters.planId} from={filters.from} to={filters.to} onChange={change} />
      {query ? (
        <Results query={query} filters={filters} after={after} onPage={(cursor) => change({ after: cursor })} />
      ) : (
        <p className="state">{t('search.prompt')}</p>
      )}
    </>
  );
}

function Filters(props: { kind: SearchKind | null; planId: string | null; from: string | null; to: string | null; onChange: (next: Record<string, string | null>) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [{ data }] = useQuery({ query: PlansQuery });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => (form.get(name) as string | null) || null;
    props.onChange({ kind: value('kind'), plan: value('plan'), from: value('from'), to: value('to') });
  }

  // The form is keyed by the address, so the back button shows the filters of the search it returns to.
  return (
    <form className="search-filters" onSubmit={apply} aria-label={t('search.filters')} key={[props.kind, props.planId, props.from, props.to].join('|')}>
      <label>
        {t('search.kind')}
        <select name="kind" defaultValue={props.kind ?? ''}>
          <option value="">{t('search.allKinds')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`search.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.plan')}
        <select name="plan" defaultValue={props.planId ?? ''}>
          <option value="">{t('search.allPlans')}</option>
          {data?.actionPlans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {localized(plan.title, plan.titleKo)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.from')}
        <input type="date" name="from" defaultValue={props.from ?? ''} min="2000-01-01" max="2100-12-31" />
      </label>
      <label>
        {t('search.to')}
        <input type="date" name="to" defaultValue={props.to ?? ''} min="2000-01-01" max="2100-12-31" />
      </label>
      <button type="submit">{t('search.apply')}</button>
    </form>
  );
}

function Results({ query, filters, after, onPage }: { query: string; filters: Omit<SearchQueryVariables, 'query' | 'after'>; after: string | null; onPage: (after: string | null) => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SearchQuery,
    variables: { query, ...filters, after },
    requestPolicy: 'cache-and-network',
  });

  // A new page of results takes the focus to its summary, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    if (after && data) heading.current?.focus();
  }, [after, data]);

  if (fetching && !data) return <Loading />;
  if (error) {
    const refused = error.graphQLErrors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    return (
      <div className="state state-error" role="alert">
        <p>{refused ? t('search.refused', { reason: refused.message }) : t('state.error')}</p>
        {!refused && (
          <button type="button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('state.retry')}
          </button>
        )}
      </div>
    );
  }
  if (!data) return null;
  const { search } = data;
  if (search.totalCount === 0) {
    return (
      <p className="state" role="status">
        {t('search.empty', { query })}
      </p>
    );
  }
  // Grouped by kind, the kinds in the order of their best hit on this page.
  const groups = new Map<SearchKind, Hit[]>();
  for (const { node } of search.edges) groups.set(node.kind, [...(groups.get(node.kind) ?? []), node]);
  const count = (total: number) => (search.totalCountIsExact ? String(total) : t('search.atLeast', { count: total }));
  return (
    <section aria-labelledby="search-summary">
      <h2 id="search-summary" ref={heading} tabIndex={-1} className="search-summary">
        {t('search.summary', { count: search.totalCount, total: count(search.totalCount) })}
      </h2>
      <p className="search-kind-counts">
        {search.kinds.map((kind) => (
          <span key={kind.kind} className="badge">
            {t(`search.kinds.${kind.kind}`)} {count(kind.count)}
          </span>
        ))}
      </p>
      {[...groups].map(([kind, hits]) => (
        <section key={kind} aria-labelledby={`search-group-${kind}`} className="search-group">
          <h3 id={`search-group-${kind}`}>{t(`search.kinds.${kind}`)}</h3>
          <ul className="card-list">
            {hits.map((hit) => (
              <SearchHitCard key={hit.id} hit={hit} />
            ))}
          </ul>
        </section>
      ))}
      <Pager after={after} pageInfo={search.pageInfo} onChange={onPage} />
    </section>
  );
}

function SearchHitCard({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const formatDate = useFormatDate();
  return (
    <li className="card search-hit">
      <h4>
        <Link to={hit.url}>{localized(hit.title, hit.titleKo)}</Link>
      </h4>
      <p className="entry-meta">
        {t(`search.kinds.${hit.kind}`)} · <time dateTime={hit.at}>{formatDate(hit.at)}</time>
      </p>
      {/* Text segments rendered as text: the data never becomes HTML; matched words in <mark>. */}
      <p className="search-snippet">
        {hit.snippet.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
      </p>
    </li>
  );
}
