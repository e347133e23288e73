import type { Mention, SubjectRef } from '@ogp-forum/domain';
import { COMMENT_MAX_LENGTH, mentionsForStoring } from '@ogp-forum/domain';
import { FormEvent, KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { graphql } from '../../gql';
import { Markdown } from '../../components/Markdown';

const PostCommentMutation = graphql(`
  mutation PostComment($input: PostCommentInput!) { postComment(input: $input) { id seq } }
`);
const MentionableQuery = graphql(`
  query Mentionable($search: String!) { mentionableMembers(search: $search) { id displayName } }
`);

interface Props {
  subject: SubjectRef;
  parentId?: string | null;
  onTyping: () => void;
  onPosted?: () => void;
  label: string;
}

/**
 * Writes a comment: Markdown with a preview, @mentions from a list, Ctrl+Enter to post; a retry is stored once.
 * A picked member reads `@Name` in the text; who they are is kept aside and stored as `@[Name](id)` on posting.
 */
export function Composer({ subject, parentId = null, onTyping, onPosted, label }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Mention[]>([]);
  const [preview, setPreview] = useState(false);
  const [mention, setMention] = useState<{ search: string; start: number } | null>(null);
  const [highlighted, setHighlighted] = useState(0);
  const idempotencyKey = useRef(crypto.randomUUID());
  const textarea = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);
  const [{ fetching, error }, post] = useMutation(PostCommentMutation);
  const [{ data: matches }] = useQuery({
    query: MentionableQuery,
    variables: { search: mention?.search ?? '' },
    pause: !mention,
  });
  const options = mention ? (matches?.mentionableMembers ?? []) : [];
  const body = mentionsForStoring(text, picked);
  // The limit is on the stored text, where each mention also carries the member's id.
  const tooLong = body.length > COMMENT_MAX_LENGTH;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!body.trim() || tooLong) return;
    const result = await post({ input: { ...subject, body, parentId, idempotencyKey: idempotencyKey.current } });
    if (result.data?.postComment) {
      setText('');
      setPicked([]);
      setPreview(false);
      idempotencyKey.current = crypto.randomUUID();
      onPosted?.();
    }
  }

  function change(value: string, caret: number) {
    setText(value);
    const found = /(^|\s)@([\p{L}\p{N}][\p{L}\p{N} .-]{0,30})$/u.exec(value.slice(0, caret));
    // What follows a picked name is the sentence going on, not a new search.
    const afterPicked = found && picked.some(({ name }) => found[2] === name || found[2].startsWith(`${name} `));
    setMention(found && !afterPicked ? { search: found[2], start: caret - found[2].length - 1 } : null);
    setHighlighted(0);
    if (Date.now() - lastTyping.current > 2000) {
      lastTyping.current = Date.now();
      onTyping();
    }
  }

  function choose(member: { id: string; displayName: string }) {
    if (!mention) return;
    const caret = textarea.current?.selectionStart ?? text.length;
    const inserted = `@${member.displayName} `;
    setText(text.slice(0, mention.start) + inserted + text.slice(caret));
    setPicked((current) => [...current.filter(({ id }) => id !== member.id), { id: member.id, name: member.displayName }]);
    setMention(null);
    const after = mention.start + inserted.length;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(after, after);
    });
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (options.length) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setHighlighted((index) => (index + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(options[highlighted]);
        return;
      }
      if (event.key === 'Escape') return setMention(null);
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  }

  const listId = `mentions-${parentId ?? 'top'}`;
  return (
    <form className="composer" onSubmit={submit} noValidate>
      <div className="composer-tabs" role="group" aria-label={t('thread.mode')}>
        <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
          {t('thread.write')}
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview(true)} disabled={!body.trim()}>
          {t('thread.preview')}
        </button>
      </div>
      {preview ? (
        <div className="composer-preview" aria-live="polite">
          <Markdown>{body}</Markdown>
        </div>
      ) : (
        <label className="composer-field">
          <span className="visually-hidden">{label}</span>
          <textarea
            ref={textarea}
            value={text}
            rows={parentId ? 2 : 4}
            placeholder={label}
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={options.length ? `${listId}-${highlighted}` : undefined}
            aria-describedby={`${listId}-hint`}
            onChange={(e) => change(e.target.value, e.target.selectionStart)}
            onKeyDown={keyDown}
          />
        </label>
      )}
      {options.length > 0 && !preview && (
        <ul id={listId} role="listbox" className="mention-list" aria-label={t('thread.mentionMembers')}>
          {options.map((member, index) => (
            <li
              key={member.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlighted}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(member);
              }}
            >
              {member.displayName}
            </li>
          ))}
        </ul>
      )}
      <p id={`${listId}-hint`} className={`hint ${tooLong ? 'hint-error' : ''}`}>
        {t('thread.hint', { count: body.length, max: COMMENT_MAX_LENGTH })}
      </p>
      <FormError error={error} />
      <button type="submit" disabled={fetching || !body.trim() || tooLong}>
        {parentId ? t('thread.postReply') : t('thread.post')}
      </button>
    </form>
  );
}
