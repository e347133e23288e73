import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { graphql } from '../../gql';

const FlagCommentMutation = graphql(`
  mutation FlagComment($input: FlagCommentInput!) { flagComment(input: $input) { id } }
`);

/** "Flag": asks the secretariat to look at a comment, with a reason, in a small form under the comment. */
export function FlagCommentButton({ commentId }: { commentId: string }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const [{ fetching, error }, flag] = useMutation(FlagCommentMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await flag({ input: { id: commentId, reason } });
    if (!result.error) {
      setDone(true);
      setOpen(false);
    }
  }

  if (done) return <span role="status" className="muted">{t('flag.done')}</span>;
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('flag.action')}
      </button>
    );
  }
  return (
    <form className="flag-form" onSubmit={submit}>
      <label htmlFor={reasonId}>{t('flag.reason')}</label>
      <input id={reasonId} required minLength={3} maxLength={500} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={fetching || reason.trim().length < 3}>
        {t('flag.send')}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('thread.cancel')}
      </button>
      <FormError error={error} />
    </form>
  );
}
