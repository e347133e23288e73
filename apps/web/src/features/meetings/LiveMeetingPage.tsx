import { Action, MeetingStatus, MinutesStatus, SubjectType, type LiveMeetingState, type ThreadEventPayload } from '@ogp-forum/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { firstUsable, useFocusWhenChanged } from '../../lib/focus';
import { useMeetingEvents } from '../../lib/live';
import { Thread } from '../discussion/Thread';
import { AgendaItemFacts } from './AgendaSection';
import { MeetingStatusBadge } from './badges';
import { EndMeetingMutation, OpenAgendaItemMutation, StartMeetingMutation } from './meeting-documents';
import { useMeeting } from './MeetingPage';
import { MinutesDraftEditor } from './MinutesDraftEditor';
import { usePageTitle } from '../../lib/page-title';

/**
 * The meeting as it happens: the chair moves through the agenda and everyone watching follows without reloading,
 * discusses the current item and (members) writes its minutes together.
 */
export function LiveMeetingPage() {
  const { meetingId } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const [{ data, fetching, error }, reload] = useMeeting(meetingId);
  // The latest state the server announced; it wins over the fetched meeting, which may be older.
  const [live, setLive] = useState<LiveMeetingState | null>(null);
  const isMember = auth.can(Action.READ_MEMBER_CONTENT);
  const chair = auth.can(Action.MANAGE_MEETINGS);
  const [opening, openItem] = useMutation(OpenAgendaItemMutation);
  const [starting, startMeeting] = useMutation(StartMeetingMutation);
  const [ending, endMeeting] = useMutation(EndMeetingMutation);
  usePageTitle(data ? `${t('live.title')} · ${data.meeting.title}` : t('live.title'));

  const connection = useMeetingEvents(meetingId, (event: ThreadEventPayload) => {
    if (event.meeting) setLive(event.meeting);
    // Someone else saved minutes: fetch the text (members only; the event does not carry it).
    if (event.minutes && isMember && event.minutes.editedBy?.id !== auth.user?.id) reload();
  });

  const status = (live?.status as MeetingStatus | undefined) ?? data?.meeting.status;
  const currentId = live ? live.currentAgendaItemId : data?.meeting.currentAgendaItemId;
  // The chair's controls change with the item and the status: focus follows to the current item when they go.
  const focusWhenMoved = useFocusWhenChanged(`${status} ${currentId}`);
  const currentHeading = () => document.getElementById('live-current-item');

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={reload} />;
  if (!data || !status) return null;
  const meeting = data.meeting;
  const index = meeting.agenda.findIndex((item) => item.id === currentId);
  const current = index >= 0 ? meeting.agenda[index] : null;

  /** Opens an item; focus then stays on the control used if it is still there and enabled, else the current item. */
  async function open(agendaItemId: string, control: HTMLElement) {
    const from = `${status} ${currentId}`;
    const result = await openItem({ meetingId: meeting.id, agendaItemId });
    const state = result.data?.openAgendaItem;
    if (!state) return;
    setLive({ status: state.status, currentAgendaItemId: state.currentAgendaItemId });
    focusWhenMoved(from, () => firstUsable(control, currentHeading()));
  }

  function changeStatus(change: Promise<{ error?: unknown }>) {
    const from = `${status} ${currentId}`;
    void change.then((result) => {
      if (result.error) return;
      focusWhenMoved(from, currentHeading);
      reload();
    });
  }

  return (
    <article className="live-meeting">
      <nav aria-label={t('meetings.breadcrumb')} className="breadcrumb">
        <Link to="/meetings">{t('meetings.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </nav>
      <h1>
        {meeting.title} <span className="muted">· {t('live.title')}</span>
      </h1>
      <p className="badges">
        <MeetingStatusBadge status={status} />
      </p>
      {connection === 'reconnecting' && (
        <p className="banner" role="status">
          {t('thread.reconnecting')}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {current ? t('live.announce', { position: current.position, title: current.title }) : ''}
      </p>

      <section aria-labelledby="current-item-label" className="current-item">
        <p id="current-item-label" className="eyebrow">
          {t('live.current')}
        </p>
        {current ? (
          <>
            <h2 id="live-current-item" tabIndex={-1} data-testid="current-agenda-item">
              {current.title}
            </h2>
            <p>
              <AgendaItemFacts item={current} />
            </p>
          </>
        ) : (
          <h2 id="live-current-item" tabIndex={-1} data-testid="current-agenda-item">
            {status === MeetingStatus.SCHEDULED ? t('live.notStarted') : status === MeetingStatus.HELD ? t('live.ended') : t('live.noItem')}
          </h2>
        )}
        {chair && (
          <div className="button-row chair-controls">
            {status === MeetingStatus.SCHEDULED && (
              <button type="button" disabled={starting.fetching} onClick={() => changeStatus(startMeeting({ id: meeting.id }))}>
                {t('meeting.chair.start')}
              </button>
            )}
            {status === MeetingStatus.IN_PROGRESS && (
              <>
                <button type="button" disabled={opening.fetching || index <= 0} onClick={(e) => void open(meeting.agenda[index - 1].id, e.currentTarget)}>
                  {t('live.previous')}
                </button>
                <button type="button" disabled={opening.fetching || index >= meeting.agenda.length - 1} onClick={(e) => void open(meeting.agenda[index + 1].id, e.currentTarget)}>
                  {t('live.next')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={ending.fetching}
                  onClick={() => window.confirm(t('meeting.chair.endConfirm')) && changeStatus(endMeeting({ id: meeting.id }))}
                >
                  {t('meeting.chair.end')}
                </button>
              </>
            )}
          </div>
        )}
        <FormError error={opening.error ?? starting.error ?? ending.error} />
      </section>

      <section aria-labelledby="live-agenda-heading">
        <h2 id="live-agenda-heading">{t('agenda.title')}</h2>
        {meeting.agenda.length === 0 ? (
          <p className="state">{t('agenda.empty')}</p>
        ) : (
          <ol className="agenda-list">
            {meeting.agenda.map((item) => (
              <li key={item.id} aria-current={item.id === currentId ? 'step' : undefined}>
                {chair && status === MeetingStatus.IN_PROGRESS && item.id !== currentId ? (
                  <button type="button" className="link-button" disabled={opening.fetching} onClick={(e) => void open(item.id, e.currentTarget)}>
                    {item.title}
                  </button>
                ) : (
                  <strong>{item.title}</strong>
                )}
                {item.id === currentId && <span className="badge badge-current">{t('agenda.now')}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>

      {current && isMember && meeting.minutes?.status === MinutesStatus.DRAFT && auth.can(Action.DRAFT_MINUTES) && (
        <section aria-labelledby="live-minutes-heading">
          <h2 id="live-minutes-heading">{t('live.minutes')}</h2>
          <MinutesDraftEditor
            key={current.id}
            meetingId={meeting.id}
            agendaItemId={current.id}
            label={t('live.minutesOf', { title: current.title })}
            text={current.notes ?? ''}
            version={current.notesVersion}
          />
        </section>
      )}

      {current && <Thread key={current.id} subject={{ subjectType: SubjectType.AGENDA_ITEM, subjectId: current.id }} />}
    </article>
  );
}
