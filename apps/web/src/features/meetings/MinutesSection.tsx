import { Action, MeetingStatus, MinutesStatus } from '@ogp-forum/domain';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { useAuth } from '../../lib/auth';
import { forumToday, useFormatDate } from '../../lib/format';
import { AgendaItemDiscussion } from './AgendaItemDiscussion';
import { CommitmentOptions, MemberOptions } from './AgendaSection';
import { MinutesDraftEditor } from './MinutesDraftEditor';
import {
  AddActionItemMutation,
  AddDecisionMutation,
  AmendMinutesMutation,
  CompleteActionItemMutation,
  PublishMinutesMutation,
  RemoveActionItemMutation,
  RemoveDecisionMutation,
  type ActionItem,
  type MeetingDetail,
  type Minutes,
} from './meeting-documents';

interface Props {
  meeting: MeetingDetail;
  onChanged: () => void;
}

/** The minutes: a members' draft until the chair publishes them, then public and changed only by amendment. */
export function MinutesSection({ meeting, onChanged }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const minutes = meeting.minutes;
  if (meeting.status === MeetingStatus.CANCELLED) return null;

  return (
    <section aria-labelledby="minutes-heading" className="minutes">
      <h2 id="minutes-heading">{t('minutes.title')}</h2>
      {!minutes ? (
        <p className="state">{t('minutes.notPublished')}</p>
      ) : minutes.status === MinutesStatus.PUBLISHED ? (
        <>
          <p className="form-success" role="status">
            {t('minutes.published', { date: minutes.publishedAt ? formatDate(minutes.publishedAt) : '' })}
          </p>
          <PublishedMinutes meeting={meeting} minutes={minutes} onChanged={onChanged} />
        </>
      ) : (
        <DraftMinutes meeting={meeting} minutes={minutes} onChanged={onChanged} />
      )}
    </section>
  );
}

function PublishedMinutes({ meeting, minutes, onChanged }: Props & { minutes: Minutes }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const formatDate = useFormatDate();
  return (
    <>
      <h3>{t('minutes.summary')}</h3>
      {minutes.summary.trim() ? <Markdown>{minutes.summary}</Markdown> : <p className="muted">{t('minutes.nothingYet')}</p>}
      {meeting.agenda.length > 0 && <h3>{t('minutes.itemNotes')}</h3>}
      {meeting.agenda.map((item) => (
        <section key={item.id} className="template-field">
          <h4>
            {item.position}. {item.title}
          </h4>
          {item.notes?.trim() ? <Markdown>{item.notes}</Markdown> : <p className="muted">{t('minutes.nothingYet')}</p>}
          <AgendaItemDiscussion item={item} headingLevel={5} />
        </section>
      ))}
      <Decisions meeting={meeting} minutes={minutes} editable={false} onChanged={onChanged} />
      <ActionItems meeting={meeting} minutes={minutes} editable={false} onChanged={onChanged} />
      <h3>{t('minutes.amendments.title')}</h3>
      {minutes.amendments.length === 0 ? (
        <p className="muted">{t('minutes.amendments.none')}</p>
      ) : (
        <ol className="plain-list">
          {minutes.amendments.map((amendment) => (
            <li key={amendment.id} className="card">
              <p className="entry-meta">
                <time dateTime={amendment.createdAt}>{formatDate(amendment.createdAt)}</time> · {t('minutes.amendments.reason', { reason: amendment.reason })}
              </p>
              <Markdown>{amendment.body}</Markdown>
            </li>
          ))}
        </ol>
      )}
      {auth.can(Action.MANAGE_MEETINGS) && <AmendForm meetingId={meeting.id} onChanged={onChanged} />}
    </>
  );
}

function DraftMinutes({ meeting, minutes, onChanged }: Props & { minutes: Minutes }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const canDraft = auth.can(Action.DRAFT_MINUTES);
  const manage = auth.can(Action.MANAGE_MEETINGS);
  const [publish, publishMinutes] = useMutation(PublishMinutesMutation);

  return (
    <>
      <p className="notice">{t('minutes.draftNotice')}</p>
      {canDraft ? (
        <MinutesDraftEditor meetingId={meeting.id} agendaItemId={null} label={t('minutes.summary')} text={minutes.summary} version={minutes.version} rows={8} onSaved={onChanged} />
      ) : (
        <Markdown>{minutes.summary}</Markdown>
      )}
      {meeting.agenda.length > 0 && <h3>{t('minutes.itemNotes')}</h3>}
      {meeting.agenda.map((item) =>
        canDraft ? (
          <MinutesDraftEditor
            key={item.id}
            meetingId={meeting.id}
            agendaItemId={item.id}
            label={`${item.position}. ${item.title}`}
            text={item.notes ?? ''}
            version={item.notesVersion}
            rows={4}
            onSaved={onChanged}
          />
        ) : (
          <section key={item.id}>
            <h4>{item.title}</h4>
            <Markdown>{item.notes ?? ''}</Markdown>
          </section>
        ),
      )}
      <Decisions meeting={meeting} minutes={minutes} editable={manage} onChanged={onChanged} />
      <ActionItems meeting={meeting} minutes={minutes} editable={manage} onChanged={onChanged} />
      {manage && (
        <div className="panel">
          <h3>{t('minutes.publish.title')}</h3>
          {meeting.status === MeetingStatus.HELD ? (
            <button
              type="button"
              disabled={publish.fetching}
              onClick={() => window.confirm(t('minutes.publish.confirm')) && void publishMinutes({ meetingId: meeting.id }).then((r) => !r.error && onChanged())}
            >
              {t('minutes.publish.submit')}
            </button>
          ) : (
            <p className="muted">{t('minutes.publish.afterHeld')}</p>
          )}
          <FormError error={publish.error} />
        </div>
      )}
    </>
  );
}

function Decisions({ meeting, minutes, editable, onChanged }: Props & { minutes: Minutes; editable: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [adding, add] = useMutation(AddDecisionMutation);
  const [removing, remove] = useMutation(RemoveDecisionMutation);
  const itemTitle = (id: string | null) => meeting.agenda.find((item) => item.id === id)?.title;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ input: { meetingId: meeting.id, agendaItemId: agendaItemId || null, text: text.trim() } });
    if (result.error) return;
    setText('');
    onChanged();
  }

  return (
    <>
      <h3>{t('minutes.decisions.title')}</h3>
      {minutes.decisions.length === 0 ? (
        <p className="muted">{t('minutes.decisions.none')}</p>
      ) : (
        <ol>
          {minutes.decisions.map((decision) => (
            <li key={decision.id}>
              {decision.text}
              {itemTitle(decision.agendaItemId) && <span className="muted"> ({itemTitle(decision.agendaItemId)})</span>}
              {editable && (
                <button
                  type="button"
                  className="link-button inline-action"
                  disabled={removing.fetching}
                  aria-label={t('minutes.decisions.removeNamed', { text: decision.text })}
                  onClick={() => void remove({ id: decision.id }).then((r) => !r.error && onChanged())}
                >
                  {t('agenda.removeShort')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <FormError error={removing.error} />
      {editable && (
        <form onSubmit={submit} className="form form-grid">
          <label className="span-2">
            {t('minutes.decisions.text')}
            <input required minLength={3} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <AgendaItemSelect meeting={meeting} value={agendaItemId} onChange={setAgendaItemId} />
          <div className="form-actions">
            <button type="submit" disabled={adding.fetching || text.trim().length < 3}>
              {t('minutes.decisions.add')}
            </button>
          </div>
          <FormError error={adding.error} />
        </form>
      )}
    </>
  );
}

function AgendaItemSelect({ meeting, value, onChange }: { meeting: MeetingDetail; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('minutes.agendaItem')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {meeting.agenda.map((item) => (
          <option key={item.id} value={item.id}>
            {item.position}. {item.title}
          </option>
        ))}
      </select>
    </label>
  );
}

function ActionItems({ meeting, minutes, editable, onChanged }: Props & { minutes: Minutes; editable: boolean }) {
  const { t } = useTranslation();
  const [removing, remove] = useMutation(RemoveActionItemMutation);

  return (
    <>
      <h3>{t('minutes.actionItems.title')}</h3>
      {minutes.actionItems.length === 0 ? (
        <p className="muted">{t('minutes.actionItems.none')}</p>
      ) : (
        <ul className="plain-list action-items">
          {minutes.actionItems.map((item) => (
            <li key={item.id}>
              <ActionItemLine item={item} onChanged={onChanged} />
              {editable && (
                <button
                  type="button"
                  className="link-button inline-action"
                  disabled={removing.fetching}
                  aria-label={t('minutes.actionItems.removeNamed', { title: item.title })}
                  onClick={() => void remove({ id: item.id }).then((r) => !r.error && onChanged())}
                >
                  {t('agenda.removeShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={removing.error} />
      {editable && <AddActionItem meeting={meeting} onChanged={onChanged} />}
    </>
  );
}

/** An action item: title, who, by when (overdue flagged), and the assignee's (or the chair's) done toggle. */
export function ActionItemLine({ item, onChanged }: { item: ActionItem; onChanged: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const formatDate = useFormatDate();
  const [{ fetching, error }, complete] = useMutation(CompleteActionItemMutation);
  const mayComplete = auth.can(Action.MANAGE_MEETINGS) || (auth.user !== null && item.assignee?.id === auth.user.id);

  return (
    <span className="action-item">
      <span className={item.doneAt ? 'done' : undefined}>{item.title}</span>
      <span className="muted">
        {' · '}
        {item.assignee ? item.assignee.displayName : t('minutes.actionItems.unassigned')} ·{' '}
        {t('minutes.actionItems.due', { date: formatDate(item.dueDate) })}
        {item.commitment && (
          <>
            {' · '}
            <Link to={`/commitments/${item.commitment.id}`}>{item.commitment.code}</Link>
          </>
        )}
      </span>
      {item.overdue && <span className="flag flag-delayed">{t('minutes.actionItems.overdue')}</span>}
      {item.doneAt && <span className="badge badge-completed">{t('minutes.actionItems.done')}</span>}
      {mayComplete && (
        <button
          type="button"
          className="secondary inline-action"
          disabled={fetching}
          aria-label={t(item.doneAt ? 'minutes.actionItems.reopenNamed' : 'minutes.actionItems.markDoneNamed', { title: item.title })}
          onClick={() => void complete({ id: item.id, done: !item.doneAt }).then((r) => !r.error && onChanged())}
        >
          {item.doneAt ? t('minutes.actionItems.reopen') : t('minutes.actionItems.markDone')}
        </button>
      )}
      <FormError error={error} />
    </span>
  );
}

function AddActionItem({ meeting, onChanged }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [commitmentId, setCommitmentId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [{ fetching, error }, add] = useMutation(AddActionItemMutation);
  const ready = title.trim().length >= 3 && assigneeId && dueDate;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    const result = await add({
      input: { meetingId: meeting.id, agendaItemId: agendaItemId || null, title: title.trim(), assigneeId, dueDate, commitmentId: commitmentId || null },
    });
    if (result.error) return;
    setTitle('');
    setAssigneeId('');
    setDueDate('');
    setCommitmentId('');
    onChanged();
  }

  return (
    <form onSubmit={submit} className="form form-grid" aria-labelledby="add-action-heading">
      <h4 id="add-action-heading" className="span-all">
        {t('minutes.actionItems.add')}
      </h4>
      <label className="span-2">
        {t('minutes.actionItems.titleLabel')}
        <input required minLength={3} maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('minutes.actionItems.assignee')}
        <select required value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
          <MemberOptions />
        </select>
      </label>
      <label>
        {t('minutes.actionItems.dueDate')}
        <input type="date" required min={forumToday()} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </label>
      <label>
        {t('agenda.commitment')}
        <select value={commitmentId} onChange={(e) => setCommitmentId(e.target.value)}>
          <CommitmentOptions />
        </select>
      </label>
      <AgendaItemSelect meeting={meeting} value={agendaItemId} onChange={setAgendaItemId} />
      <div className="form-actions">
        <button type="submit" disabled={fetching || !ready}>
          {t('minutes.actionItems.addSubmit')}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

function AmendForm({ meetingId, onChanged }: { meetingId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [reason, setReason] = useState('');
  const [{ fetching, error }, amend] = useMutation(AmendMinutesMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await amend({ input: { meetingId, body: body.trim(), reason: reason.trim() } });
    if (result.error) return;
    setBody('');
    setReason('');
    onChanged();
  }

  return (
    <form onSubmit={submit} className="form" aria-labelledby="amend-heading">
      <h4 id="amend-heading">{t('minutes.amendments.add')}</h4>
      <label>
        {t('minutes.amendments.body')}
        <textarea required rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <label>
        {t('minutes.amendments.reasonLabel')}
        <input required value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={fetching || body.trim().length < 3 || reason.trim().length < 3}>
          {t('minutes.amendments.submit')}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
