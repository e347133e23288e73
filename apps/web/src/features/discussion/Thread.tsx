import { Action, mentionsForStoring, mentionsForWriting, type SubjectRef, type ThreadEventPayload } from '@ogp-forum/domain';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { CompletionBadge } from '../../components/CompletionBadge';
import { Markdown } from '../../components/Markdown';
import { graphql } from '../../gql';
import { useAuth } from '../../lib/auth';
import { useLiveThread } from './useLiveThread';
import { commentAnchor, useLinkedComment, useLinkedCommentId } from './comment-link';
import { Composer } from './Composer';
import { FlagCommentButton } from './FlagComment';

const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) { editComment(input: $input) { id } }
`);
const CommentHistoryQuery = graphql(`
  query CommentHistory($id: ID!) { comment(id: $id) { id history { id body replacedAt } } }
`);
const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) { hideComment(input: $input) { id } }
`);

/**
 * A live thread: progress updates and comments by time, replies under their comment, new arrivals behind a button.
 * `closed` says why the thread takes no comments now (a report's consultation period); it then shows instead of the composer.
 */
export function Thread({ subject, title, headingLevel = 2, closed }: { subject: SubjectRef; title?: string; headingLevel?: 2 | 3 | 4 | 5; closed?: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const auth = useAuth();
  const thread = useLiveThread(subject, auth.user?.id ?? null);
  const topLevel = thread.shown.filter((entry) => !entry.comment?.parentId);
  // A link to a comment that arrived after the page loaded shows the new comments rather than leave it behind the button.
  const linkedId = useLinkedCommentId();
  const linkedPending = linkedId !== null && thread.entries.some((entry) => entry.id === linkedId) && !thread.shown.some((entry) => entry.id === linkedId);
  const { showPending } = thread;
  useEffect(() => {
    if (linkedPending) showPending();
  }, [linkedPending, showPending]);
  const replies = (id: string) => thread.shown.filter((entry) => entry.comment?.parentId === id);

  return (
    <section aria-labelledby={headingId} className="thread">
      <div className="thread-head">
        <Heading id={headingId}>{title ?? t('thread.title')}</Heading>
        <Presence viewers={thread.presence?.viewers ?? []} anonymous={thread.presence?.anonymous ?? 0} />
      </div>
      {thread.state === 'reconnecting' && (
        <p className="banner" role="status">
          {t('thread.reconnecting')}
        </p>
      )}
      {thread.state === 'connecting' && <p className="state">{t('state.loading')}</p>}
      {thread.state !== 'connecting' && topLevel.length === 0 && thread.pending === 0 && <p className="state">{t('thread.empty')}</p>}
      <ol className="thread-list">
        {topLevel.map((entry) => (
          <li key={entry.id}>
            <Entry entry={entry} />
            {entry.comment && (
              <ReplyArea subject={subject} entry={entry} replies={replies(entry.id)} onTyping={thread.sendTyping} closed={Boolean(closed)} />
            )}
          </li>
        ))}
      </ol>
      {thread.pending > 0 && (
        <button type="button" className="new-comments" onClick={thread.showPending}>
          {t('thread.newComments', { count: thread.pending })}
        </button>
      )}
      <p className="typing" aria-live="polite">
        {thread.typing.length > 0 && t('thread.typing', { names: thread.typing.join(', ') })}
      </p>
      {closed ? (
        <p className="muted">{closed}</p>
      ) : auth.can(Action.COMMENT) ? (
        <Composer subject={subject} onTyping={thread.sendTyping} onPosted={thread.showPending} label={t('thread.commentLabel')} />
      ) : (
        auth.status === 'anonymous' && <p className="muted">{t('thread.signInToComment')}</p>
      )}
    </section>
  );
}

function ReplyArea({ subject, entry, replies, onTyping, closed }: { subject: SubjectRef; entry: ThreadEventPayload; replies: ThreadEventPayload[]; onTyping: () => void; closed: boolean }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [replying, setReplying] = useState(false);
  return (
    <>
      {replies.length > 0 && (
        <ol className="replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <Entry entry={reply} />
            </li>
          ))}
        </ol>
      )}
      {auth.can(Action.COMMENT) && !closed && !entry.comment?.hidden && (
        <div className="reply">
          {replying ? (
            <Composer subject={subject} parentId={entry.id} onTyping={onTyping} onPosted={() => setReplying(false)} label={t('thread.replyLabel')} />
          ) : (
            <button type="button" className="link-button" onClick={() => setReplying(true)}>
              {t('thread.reply')}
            </button>
          )}
        </div>
      )}
    </>
  );
}

function Entry({ entry }: { entry: ThreadEventPayload }) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [editing, setEditing] = useState(false);
  const [, edit] = useMutation(EditCommentMutation);
  const [, hide] = useMutation(HideCommentMutation);
  const { linked, ref } = useLinkedComment(entry.id);
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  if (entry.update) {
    return (
      <article className="entry entry-update" aria-label={t('thread.updateBy', { name: entry.update.author?.displayName ?? t('thread.unknown') })}>
        <p className="entry-meta">
          <span className="badge">{t('thread.progressUpdate')}</span> {entry.update.author?.displayName ?? t('thread.unknown')} ·{' '}
          <time dateTime={entry.update.postedAt}>{time(entry.update.postedAt)}</time> · <CompletionBadge completion={entry.update.completion} />
        </p>
        <Markdown>{entry.update.body}</Markdown>
        {entry.update.evidenceLinks.length > 0 && (
          <ul className="evidence">
            {entry.update.evidenceLinks.map((link) => (
              <li key={link}>
                <a href={link} rel="nofollow noopener noreferrer" target="_blank">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </article>
    );
  }
  const comment = entry.comment!;
  const mine = auth.user && comment.author?.id === auth.user.id;
  return (
    <article
      ref={ref}
      id={commentAnchor(entry.id)}
      tabIndex={-1}
      className={linked ? 'entry entry-linked' : 'entry'}
      data-testid={`comment-${entry.id}`}
      aria-label={t('thread.commentBy', { name: comment.author?.displayName ?? t('thread.unknown') })}
      aria-current={linked ? 'location' : undefined}
    >
      <p className="entry-meta">
        <strong>{comment.author?.displayName ?? t('thread.unknown')}</strong>
        {comment.author?.organizationName && <span className="muted"> · {comment.author.organizationName}</span>} ·{' '}
        <CommentPermalink commentId={entry.id}>
          <time dateTime={comment.createdAt}>{time(comment.createdAt)}</time>
        </CommentPermalink>
        {comment.editedAt && !comment.hidden && <EditHistory commentId={comment.id} />}
      </p>
      {comment.hidden ? (
        <p className="hidden-comment">{t('thread.hidden', { reason: comment.hiddenReason })}</p>
      ) : editing ? (
        <EditForm
          body={comment.body ?? ''}
          onCancel={() => setEditing(false)}
          onSave={async (body) => {
            const result = await edit({ input: { id: comment.id, body } });
            if (!result.error) setEditing(false);
          }}
        />
      ) : (
        <Markdown>{comment.body ?? ''}</Markdown>
      )}
      {!comment.hidden && !editing && (
        <div className="entry-actions">
          <CopyLinkButton commentId={entry.id} />
          {mine && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('thread.edit')}
            </button>
          )}
          {auth.can(Action.FLAG_COMMENT) && !mine && <FlagCommentButton commentId={comment.id} />}
          {auth.can(Action.MODERATE) && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const reason = window.prompt(t('thread.hideReason'));
                if (reason && reason.trim().length >= 3) void hide({ input: { id: comment.id, reason } });
              }}
            >
              {t('thread.hide')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

/** The comment's own address, on its time as blogs and forums do: following it scrolls to the comment and highlights it. */
function CommentPermalink({ commentId, children }: { commentId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <Link to={{ pathname, search, hash: commentAnchor(commentId) }} title={t('thread.permalink')} className="permalink">
      {children}
    </Link>
  );
}

/** Copies the comment's full address, to paste in an e-mail or a chat. */
function CopyLinkButton({ commentId }: { commentId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const url = `${location.origin}${location.pathname}${location.search}#${commentAnchor(commentId)}`;
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false))}
      >
        {t('thread.copyLink')}
      </button>
      <span role="status" className="muted">
        {copied === true ? t('thread.linkCopied') : copied === false ? t('thread.copyFailed', { url }) : ''}
      </span>
    </>
  );
}

function EditForm({ body, onSave, onCancel }: { body: string; onSave: (body: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  // The author edits the names as written; the members they stand for are kept aside and stored again on save.
  const written = useMemo(() => mentionsForWriting(body), [body]);
  const [value, setValue] = useState(written.text);
  useEffect(() => setValue(written.text), [written]);
  return (
    <form
      className="composer"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(mentionsForStoring(value, written.mentions));
      }}
    >
      <label>
        <span className="visually-hidden">{t('thread.edit')}</span>
        <textarea value={value} rows={3} onChange={(e) => setValue(e.target.value)} />
      </label>
      <div className="entry-actions">
        <button type="submit">{t('thread.save')}</button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('thread.cancel')}
        </button>
      </div>
    </form>
  );
}

function Presence({ viewers, anonymous }: { viewers: { id: string; displayName: string }[]; anonymous: number }) {
  const { t } = useTranslation();
  if (!viewers.length && !anonymous) return null;
  return (
    <div className="presence" aria-label={t('thread.viewing')}>
      {viewers.map((viewer) => (
        <span key={viewer.id} className="avatar" title={viewer.displayName} aria-label={viewer.displayName}>
          {viewer.displayName
            .split(/\s+/)
            .map((part) => part[0])
            .join('')
            .slice(0, 2)
            .toUpperCase()}
        </span>
      ))}
      {anonymous > 0 && <span className="muted">{t('thread.visitors', { count: anonymous })}</span>}
    </div>
  );
}

/** "edited" opens the earlier texts of the comment: edits stay visible. */
function EditHistory({ commentId }: { commentId: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [{ data }] = useQuery({
    query: CommentHistoryQuery,
    variables: { id: commentId },
    pause: !open,
    requestPolicy: 'network-only',
  });
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      {' · '}
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('thread.edited')}
      </button>
      {open && data && (
        <ol className="history" aria-label={t('thread.earlierVersions')}>
          {data.comment.history.map((version) => (
            <li key={version.id}>
              <span className="muted">{t('thread.replacedOn', { date: time.format(new Date(version.replacedAt)) })}</span>
              <Markdown>{version.body}</Markdown>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
