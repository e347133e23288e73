import { Locale } from '@ogp-forum/domain';
import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { Pager } from '../../components/Pager';
import { Loading, QueryError } from '../../components/states';
import { graphql } from '../../gql';
import type { ModerationQueueQuery } from '../../gql/graphql';
import { usePageTitle } from '../../lib/page-title';

const ModerationQueueDocument = graphql(`
  query ModerationQueue($after: String, $locale: Locale) {
    flaggedComments(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          url
          subjectTitle(locale: $locale)
          firstFlaggedAt
          comment { id body createdAt author { id displayName } }
          flags { id reason createdAt flaggedBy { id displayName } }
        }
      }
    }
  }
`);
const HideFlaggedMutation = graphql(`
  mutation HideFlaggedComment($input: HideCommentInput!) { hideComment(input: $input) { id hidden } }
`);
const DismissFlagsMutation = graphql(`
  mutation DismissCommentFlags($commentId: ID!) { dismissCommentFlags(commentId: $commentId) }
`);

type FlaggedRow = ModerationQueueQuery['flaggedComments']['edges'][number]['node'];

/** The secretariat's moderation queue: flagged comments, the longest waiting first, to hide (with a reason) or leave. */
export function ModerationQueuePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('moderation.title'));
  const [after, setAfter] = useState<string | null>(null);
  const locale = i18n.language.startsWith('ko') ? Locale.ko : Locale.en;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ModerationQueueDocument, variables: { after, locale }, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <p className="muted">{t('moderation.intro')}</p>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={reload} />}
      {data && data.flaggedComments.totalCount === 0 && <p className="empty">{t('moderation.empty')}</p>}
      {data && data.flaggedComments.totalCount > 0 && <p>{t('moderation.count', { count: data.flaggedComments.totalCount })}</p>}
      <ul className="card-list moderation-queue">
        {data?.flaggedComments.edges.map(({ node }) => <FlaggedCommentCard key={node.comment.id} row={node} onDone={reload} />)}
      </ul>
      <Pager after={after} pageInfo={data?.flaggedComments.pageInfo} onChange={setAfter} />
    </>
  );
}

function FlaggedCommentCard({ row, onDone }: { row: FlaggedRow; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [hiding, hide] = useMutation(HideFlaggedMutation);
  const [dismissing, dismiss] = useMutation(DismissFlagsMutation);
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const author = row.comment.author?.displayName ?? t('thread.unknown');

  async function submitHide(event: FormEvent) {
    event.preventDefault();
    const result = await hide({ input: { id: row.comment.id, reason } });
    if (!result.error) onDone();
  }

  return (
    <li className="card" data-flagged-comment={row.comment.id}>
      <article aria-label={t('thread.commentBy', { name: author })}>
        <p className="entry-meta">
          <strong>{author}</strong> · <time dateTime={row.comment.createdAt}>{time(row.comment.createdAt)}</time>
          {row.url && (
            <>
              {' · '}
              <Link to={row.url}>{row.subjectTitle ?? t('moderation.openInThread')}</Link>
            </>
          )}
        </p>
        <Markdown>{row.comment.body ?? ''}</Markdown>
      </article>
      <h2>{t('moderation.flags', { count: row.flags.length })}</h2>
      <ul className="flag-reasons">
        {row.flags.map((flag) => (
          <li key={flag.id}>
            <q>{flag.reason}</q> — {flag.flaggedBy?.displayName ?? t('thread.unknown')}, <time dateTime={flag.createdAt}>{time(flag.createdAt)}</time>
          </li>
        ))}
      </ul>
      <form className="form moderation-actions" onSubmit={submitHide}>
        <label htmlFor={reasonId}>{t('moderation.hideReason')}</label>
        <input id={reasonId} required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="button-row">
          <button type="submit" disabled={hiding.fetching || reason.trim().length < 3}>
            {t('moderation.hide')}
          </button>
          <button type="button" className="secondary" disabled={dismissing.fetching} onClick={() => void dismiss({ commentId: row.comment.id }).then((result) => !result.error && onDone())}>
            {t('moderation.dismiss')}
          </button>
        </div>
        <FormError error={hiding.error ?? dismissing.error} />
      </form>
    </li>
  );
}
