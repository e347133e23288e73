import { Action, Completion } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { graphql } from '../../gql';
import type { CommitmentQuery } from '../../gql/graphql';
import { useAuth } from '../../lib/auth';
import { useLocalized } from '../../lib/format';

const FollowMutation = graphql(`
  mutation Follow($id: ID!, $following: Boolean!) { follow(subjectType: COMMITMENT, subjectId: $id, following: $following) }
`);
const PostProgressUpdateMutation = graphql(`
  mutation PostProgressUpdate($input: PostProgressUpdateInput!) { postProgressUpdate(input: $input) { id completion } }
`);

const LEVELS = [Completion.NOT_STARTED, Completion.LIMITED, Completion.SUBSTANTIAL, Completion.COMPLETED, Completion.WITHDRAWN];

interface Props {
  commitment: Pick<CommitmentQuery['commitment'], 'id' | 'completion' | 'following' | 'canPostProgressUpdate' | 'milestones'>;
  onChanged: () => void;
}

/** Follow the commitment; its ministry reports progress here. */
export function CommitmentActions({ commitment, onChanged }: Props) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [{ fetching }, follow] = useMutation(FollowMutation);
  return (
    <div className="commitment-actions">
      {auth.can(Action.FOLLOW) && (
        <button
          type="button"
          aria-pressed={commitment.following}
          disabled={fetching}
          onClick={() => void follow({ id: commitment.id, following: !commitment.following }).then(onChanged)}
        >
          {commitment.following ? t('commitment.following') : t('commitment.follow')}
        </button>
      )}
      {commitment.canPostProgressUpdate && <ProgressUpdateForm commitment={commitment} onPosted={onChanged} />}
    </div>
  );
}

function ProgressUpdateForm({ commitment, onPosted }: { commitment: Props['commitment']; onPosted: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [completion, setCompletion] = useState(commitment.completion);
  const [links, setLinks] = useState('');
  const [milestones, setMilestones] = useState<Record<string, Completion>>({});
  const [{ fetching, error }, post] = useMutation(PostProgressUpdateMutation);

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('progress.report')}
      </button>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await post({
      input: {
        commitmentId: commitment.id,
        body,
        completion,
        evidenceLinks: links.split('\n').map((link) => link.trim()).filter(Boolean),
        milestones: Object.entries(milestones).map(([milestoneId, level]) => ({ milestoneId, completion: level })),
      },
    });
    if (result.data?.postProgressUpdate) {
      setOpen(false);
      setBody('');
      setLinks('');
      setMilestones({});
      onPosted();
    }
  }

  return (
    <form className="form progress-form" onSubmit={submit} noValidate aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('progress.report')}</h2>
      <label>
        {t('progress.body')}
        <textarea rows={5} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby="progress-hint" />
      </label>
      <p id="progress-hint" className="hint">
        {t('progress.hint')}
      </p>
      <label>
        {t('progress.completion')}
        <select value={completion} onChange={(e) => setCompletion(e.target.value as Completion)}>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`completion.${level}`)}
            </option>
          ))}
        </select>
      </label>
      {commitment.milestones.map((milestone) => (
        <label key={milestone.id}>
          {t('progress.milestone', { title: localized(milestone.title, milestone.titleKo) })}
          <select value={milestones[milestone.id] ?? milestone.completion} onChange={(e) => setMilestones({ ...milestones, [milestone.id]: e.target.value as Completion })}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`completion.${level}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {t('progress.evidence')}
        <textarea rows={2} value={links} onChange={(e) => setLinks(e.target.value)} placeholder="https://" />
      </label>
      <FormError error={error} />
      <div className="entry-actions">
        <button type="submit" disabled={fetching || !body.trim()}>
          {t('progress.post')}
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          {t('thread.cancel')}
        </button>
      </div>
    </form>
  );
}
