import { Action, AgendaSuggestionReason, MeetingStatus, MinutesStatus } from '@ogp-forum/domain';
import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { firstUsable, useFocusWhenChanged } from '../../lib/focus';
import { AgendaItemDiscussion } from './AgendaItemDiscussion';
import {
  AddAgendaItemMutation,
  CommitmentChoicesQuery,
  MemberChoicesQuery,
  MoveAgendaItemMutation,
  RemoveAgendaItemMutation,
  SuggestAgendaQuery,
  type AgendaItem,
  type AgendaSuggestion,
  type MeetingDetail,
} from './meeting-documents';

/** "1-c · Title" lines of an agenda item, as every view of the agenda shows them. */
export function AgendaItemFacts({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  return (
    <span className="entry-meta">
      {item.commitment && (
        <>
          <Link to={`/commitments/${item.commitment.id}`}>
            <span className="code">{item.commitment.code}</span>
            {item.commitment.title}
          </Link>
          {' · '}
        </>
      )}
      {item.proposal && <>{t('agenda.proposal', { title: item.proposal.title })} · </>}
      {item.presenter && <>{t('agenda.presenter', { name: item.presenter.displayName })} · </>}
      {item.minutesAllotted !== null && t('agenda.minutes', { count: item.minutesAllotted })}
    </span>
  );
}

export function AgendaSection({ meeting, onChanged }: { meeting: MeetingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const editable = auth.can(Action.MANAGE_MEETINGS) && (meeting.status === MeetingStatus.SCHEDULED || meeting.status === MeetingStatus.IN_PROGRESS);
  const [move, moveItem] = useMutation(MoveAgendaItemMutation);
  const [remove, removeItem] = useMutation(RemoveAgendaItemMutation);
  const count = meeting.agenda.length;
  // Once the minutes are published, each item's discussion is shown beside its notes there instead.
  const discussionHere = meeting.minutes?.status !== MinutesStatus.PUBLISHED;
  const id = useId();
  const buttonId = (itemId: string, which: 'up' | 'down') => `${id}-${itemId}-${which}`;
  // Moving re-orders the list and removing takes the item away: focus must not fall to <body> with them.
  const order = meeting.agenda.map((item) => item.id).join(' ');
  const focusWhenReordered = useFocusWhenChanged(order);

  /** Moves the item, keeping focus on the same arrow, or the other one when it reached the end of the list. */
  async function moveTo(item: AgendaItem, which: 'up' | 'down') {
    const from = order;
    const result = await moveItem({ id: item.id, position: item.position + (which === 'up' ? -1 : 1) });
    if (!result.error) {
      const other = which === 'up' ? 'down' : 'up';
      focusWhenReordered(from, () =>
        firstUsable(document.getElementById(buttonId(item.id, which)), document.getElementById(buttonId(item.id, other)), document.getElementById('agenda-heading')),
      );
    }
    onChanged();
  }

  async function removeFromAgenda(item: AgendaItem) {
    const from = order;
    const result = await removeItem({ id: item.id });
    if (!result.error) focusWhenReordered(from, () => document.getElementById('agenda-heading'));
    onChanged();
  }

  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" tabIndex={-1}>
        {t('agenda.title')}
      </h2>
      {count === 0 ? (
        <p className="state">{t('agenda.empty')}</p>
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((item, index) => (
            <li key={item.id} aria-current={item.id === meeting.currentAgendaItemId ? 'step' : undefined}>
              <strong>{item.title}</strong>
              {item.id === meeting.currentAgendaItemId && <span className="badge badge-current">{t('agenda.now')}</span>} <AgendaItemFacts item={item} />
              {editable && (
                <span className="button-row">
                  <button
                    type="button"
                    id={buttonId(item.id, 'up')}
                    className="secondary"
                    disabled={index === 0 || move.fetching}
                    aria-label={t('agenda.moveUp', { title: item.title })}
                    onClick={() => void moveTo(item, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={buttonId(item.id, 'down')}
                    className="secondary"
                    disabled={index === count - 1 || move.fetching}
                    aria-label={t('agenda.moveDown', { title: item.title })}
                    onClick={() => void moveTo(item, 'down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={remove.fetching}
                    aria-label={t('agenda.remove', { title: item.title })}
                    onClick={() => window.confirm(t('agenda.removeConfirm', { title: item.title })) && void removeFromAgenda(item)}
                  >
                    {t('agenda.removeShort')}
                  </button>
                </span>
              )}
              {discussionHere && <AgendaItemDiscussion item={item} headingLevel={3} />}
            </li>
          ))}
        </ol>
      )}
      <FormError error={move.error ?? remove.error} />
      {editable && (
        <>
          <AddAgendaItem meetingId={meeting.id} onAdded={onChanged} />
          <Suggestions meetingId={meeting.id} onAdded={onChanged} />
        </>
      )}
    </section>
  );
}

/** The commitments as <option>s, by code. */
export function CommitmentOptions() {
  const [{ data }] = useQuery({ query: CommitmentChoicesQuery });
  const commitments = (data?.actionPlans ?? []).flatMap((plan) => plan.themes.flatMap((theme) => theme.commitments));
  return (
    <>
      <option value="">—</option>
      {commitments.map((commitment) => (
        <option key={commitment.id} value={commitment.id}>
          {commitment.code} {commitment.title}
        </option>
      ))}
    </>
  );
}

/** The members as <option>s (for the chair: the query is ADMIN-only). */
/** The forum's active members (not registered citizens): who presents, attends and takes on action items. */
export function useForumMembers() {
  const [{ data }] = useQuery({ query: MemberChoicesQuery });
  return (data?.members.edges ?? []).map(({ node }) => node).filter((member) => member.role !== 'CITIZEN' && member.status === 'ACTIVE');
}

export function MemberOptions({ empty = '—' }: { empty?: string }) {
  const members = useForumMembers();
  return (
    <>
      <option value="">{empty}</option>
      {members.map((member) => (
        <option key={member.id} value={member.id}>
          {member.displayName}
        </option>
      ))}
    </>
  );
}

function AddAgendaItem({ meetingId, onAdded }: { meetingId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [commitmentId, setCommitmentId] = useState('');
  const [presenterId, setPresenterId] = useState('');
  const [minutesAllotted, setMinutesAllotted] = useState('');
  const [{ fetching, error }, add] = useMutation(AddAgendaItemMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({
      input: {
        meetingId,
        title: title.trim(),
        commitmentId: commitmentId || null,
        presenterId: presenterId || null,
        minutesAllotted: minutesAllotted ? Number(minutesAllotted) : null,
      },
    });
    if (result.error) return;
    setTitle('');
    setCommitmentId('');
    setPresenterId('');
    setMinutesAllotted('');
    onAdded();
  }

  return (
    <form onSubmit={submit} className="form form-grid" aria-labelledby="add-agenda-heading">
      <h3 id="add-agenda-heading" className="span-all">
        {t('agenda.add')}
      </h3>
      <label>
        {t('agenda.itemTitle')}
        <input required minLength={2} maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('agenda.commitment')}
        <select value={commitmentId} onChange={(e) => setCommitmentId(e.target.value)}>
          <CommitmentOptions />
        </select>
      </label>
      <label>
        {t('agenda.presenterLabel')}
        <select value={presenterId} onChange={(e) => setPresenterId(e.target.value)}>
          <MemberOptions />
        </select>
      </label>
      <label>
        {t('agenda.minutesAllotted')}
        <input type="number" min={1} max={480} value={minutesAllotted} onChange={(e) => setMinutesAllotted(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={fetching || title.trim().length < 2}>
          {t('agenda.addSubmit')}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

function Suggestions({ meetingId, onAdded }: { meetingId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<Set<number>>(new Set());
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SuggestAgendaQuery,
    variables: { meetingId },
    pause: !open,
    requestPolicy: 'network-only',
  });
  const [adding, add] = useMutation(AddAgendaItemMutation);

  async function addSuggestion(suggestion: AgendaSuggestion, index: number) {
    const result = await add({
      input: { meetingId, title: suggestion.title.slice(0, 300), commitmentId: suggestion.commitmentId, proposalId: suggestion.proposalId, actionItemId: suggestion.actionItemId },
    });
    if (result.error) return;
    setAdded((current) => new Set(current).add(index));
    onAdded();
  }

  return (
    <section aria-labelledby="suggest-heading" className="panel">
      <h3 id="suggest-heading">{t('agenda.suggest.title')}</h3>
      {!open ? (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t('agenda.suggest.open')}
        </button>
      ) : fetching && !data ? (
        <Loading />
      ) : error ? (
        <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : data && data.suggestAgenda.length === 0 ? (
        <p className="state">{t('agenda.suggest.empty')}</p>
      ) : (
        <ul className="plain-list suggestions">
          {data?.suggestAgenda.map((suggestion, index) => (
            <li key={`${suggestion.reason}-${suggestion.commitmentId ?? suggestion.proposalId ?? suggestion.actionItemId ?? index}`}>
              <strong>{suggestion.title}</strong>
              <span className="muted"> — {suggestionReason(t, suggestion)}</span>{' '}
              {added.has(index) ? (
                <span role="status">{t('agenda.suggest.added')}</span>
              ) : (
                <button
                  type="button"
                  className="secondary"
                  disabled={adding.fetching}
                  aria-label={t('agenda.suggest.addNamed', { title: suggestion.title })}
                  onClick={() => void addSuggestion(suggestion, index)}
                >
                  {t('agenda.suggest.add')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={adding.error} />
    </section>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** Why an item is suggested, in the reader's language. */
function suggestionReason(t: Translate, suggestion: AgendaSuggestion): string {
  const reasons: Record<AgendaSuggestionReason, string> = {
    [AgendaSuggestionReason.OPEN_ACTION_ITEM]:
      suggestion.days > 0 ? t('agenda.suggest.reasons.OPEN_ACTION_ITEM', { count: suggestion.days }) : t('agenda.suggest.reasons.OPEN_ACTION_ITEM_NOT_DUE'),
    [AgendaSuggestionReason.DELAYED_MILESTONE]: t('agenda.suggest.reasons.DELAYED_MILESTONE', {
      count: suggestion.days,
      milestone: suggestion.milestoneTitle ?? '',
    }),
    [AgendaSuggestionReason.STALE_COMMITMENT]: t('agenda.suggest.reasons.STALE_COMMITMENT', { count: suggestion.days }),
    [AgendaSuggestionReason.PROPOSAL_UNDER_REVIEW]: t('agenda.suggest.reasons.PROPOSAL_UNDER_REVIEW'),
  };
  return reasons[suggestion.reason];
}
