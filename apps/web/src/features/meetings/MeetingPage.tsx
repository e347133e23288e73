import { Action, AttachmentSubjectType, MeetingStatus, RsvpAnswer, type ThreadEventPayload } from '@ogp-forum/domain';
import { FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Markdown } from '../../components/Markdown';
import { Loading, QueryError } from '../../components/states';
import { useAuth } from '../../lib/auth';
import { useFormatDateTime, useForumTimeZoneName } from '../../lib/format';
import { useFocusWhenChanged } from '../../lib/focus';
import { useMeetingEvents } from '../../lib/live';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { MeetingStatusBadge, SampleBadge } from './badges';
import { CalendarLink } from './CalendarLink';
import { MeetingForm, type MeetingFormValues } from './MeetingForm';
import { MinutesSection } from './MinutesSection';
import { SubjectDocuments } from '../documents/SubjectDocuments';
import {
  CancelMeetingMutation,
  EndMeetingMutation,
  MeetingQuery,
  RsvpMutation,
  StartMeetingMutation,
  UpdateMeetingMutation,
  type MeetingDetail,
} from './meeting-documents';
import { usePageTitle } from '../../lib/page-title';

/** The meeting, fetched again from the network (after a change, or when a live event says it moved on). */
export function useMeeting(meetingId: string | undefined) {
  const [result, refetch] = useQuery({ query: MeetingQuery, variables: { id: meetingId ?? '' }, pause: !meetingId });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  return [result, reload] as const;
}

export function MeetingPage() {
  const { meetingId } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const formatDateTime = useFormatDateTime();
  const timeZoneName = useForumTimeZoneName();
  const [{ data, fetching, error }, reload] = useMeeting(meetingId);
  usePageTitle(data?.meeting.title);
  const isMember = auth.can(Action.READ_MEMBER_CONTENT);
  // Starting, ending or cancelling takes the chair's controls away: focus goes to the status they changed.
  const focusWhenStatusChanged = useFocusWhenChanged(data?.meeting.status);

  // Someone else started, moved or closed the meeting, or saved the minutes: fetch what changed.
  useMeetingEvents(meetingId, (event: ThreadEventPayload) => {
    if (event.type === 'meeting:agenda-item' || (event.minutes && isMember && event.minutes.editedBy?.id !== auth.user?.id)) reload();
  });

  if (fetching && !data) return <Loading />;
  if (error) return <QueryError error={error} retry={reload} />;
  if (!data) return null;
  const meeting = data.meeting;
  const manage = auth.can(Action.MANAGE_MEETINGS);

  return (
    <article>
      <nav aria-label={t('meetings.breadcrumb')} className="breadcrumb">
        <Link to="/meetings">{t('meetings.title')}</Link>
      </nav>
      <h1>{meeting.title}</h1>
      <p className="badges" id="meeting-status" tabIndex={-1}>
        <MeetingStatusBadge status={meeting.status} />
        {meeting.sample && <SampleBadge />}
      </p>
      {meeting.status === MeetingStatus.CANCELLED && (
        <p className="notice" role="status">
          {t('meeting.cancelledBecause', { reason: meeting.cancellationReason ?? '' })}
        </p>
      )}
      {meeting.status === MeetingStatus.IN_PROGRESS && (
        <p className="notice">
          <Link to={`/meetings/${meeting.id}/live`}>{t('meeting.followLive')}</Link>
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('meeting.when')}</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time> –{' '}
            <time dateTime={meeting.endsAt}>{formatDateTime(meeting.endsAt, { timeStyle: 'short' })}</time>
            <span className="muted"> ({timeZoneName})</span>
          </dd>
        </div>
        <div>
          <dt>{t('meetings.form.kind')}</dt>
          <dd>{t(`meetings.kinds.${meeting.kind}`)}</dd>
        </div>
        {meeting.place && (
          <div>
            <dt>{t('meetings.form.place')}</dt>
            <dd>{meeting.place}</dd>
          </div>
        )}
        {meeting.onlineUrl && (
          <div>
            <dt>{t('meetings.form.onlineUrl')}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="nofollow noopener noreferrer" target="_blank">
                {meeting.onlineUrl}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('meeting.calendar')}</dt>
          <dd>
            <CalendarLink href={`/calendar/meetings/${meeting.id}.ics`} filename={`meeting-${meeting.id}.ics`}>
              {t('meetings.calendar.one')}
            </CalendarLink>
            {meeting.seriesId && (
              <>
                {' · '}
                <CalendarLink href={`/calendar/meetings.ics?series=${meeting.seriesId}`} filename={`series-${meeting.seriesId}.ics`}>
                  {t('meetings.calendar.series')}
                </CalendarLink>
              </>
            )}
          </dd>
        </div>
      </dl>
      {meeting.description && <Markdown>{meeting.description}</Markdown>}

      <Rsvp meeting={meeting} onChanged={reload} />
      {/* A held or cancelled meeting has nothing left for the chair to do here. */}
      {manage && (meeting.status === MeetingStatus.SCHEDULED || meeting.status === MeetingStatus.IN_PROGRESS) && (
        <ChairControls
          meeting={meeting}
          onChanged={reload}
          onStatusChanged={() => {
            focusWhenStatusChanged(meeting.status, () => document.getElementById('meeting-status'));
            reload();
          }}
        />
      )}
      <AgendaSection meeting={meeting} onChanged={reload} />
      <AttendanceSection meeting={meeting} onChanged={reload} />
      <MinutesSection meeting={meeting} onChanged={reload} />
      <SubjectDocuments subjectType={AttachmentSubjectType.MEETING} subjectId={meeting.id} />
    </article>
  );
}

function Rsvp({ meeting, onChanged }: { meeting: MeetingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [{ fetching, error }, rsvp] = useMutation(RsvpMutation);
  const open = meeting.status === MeetingStatus.SCHEDULED;
  return (
    <section aria-labelledby="rsvp-heading">
      <h2 id="rsvp-heading">{t('meeting.rsvp.title')}</h2>
      <p>{t('meetings.rsvpCounts', meeting.rsvpCounts)}</p>
      {auth.can(Action.RSVP) && open && (
        <div className="button-row" role="group" aria-label={t('meeting.rsvp.question')}>
          <span>{t('meeting.rsvp.question')}</span>
          {Object.values(RsvpAnswer).map((answer) => (
            <button
              key={answer}
              type="button"
              className="toggle"
              aria-pressed={meeting.myRsvp === answer}
              // aria-disabled keeps the focus on the answer while it is sent; a disabled button would drop it.
              aria-disabled={fetching}
              onClick={() => !fetching && void rsvp({ meetingId: meeting.id, answer }).then((result) => !result.error && onChanged())}
            >
              {t(`meeting.rsvp.answers.${answer}`)}
            </button>
          ))}
        </div>
      )}
      <FormError error={error} />
      {meeting.rsvps && meeting.rsvps.length > 0 && (
        <details>
          <summary>{t('meeting.rsvp.who')}</summary>
          <ul>
            {meeting.rsvps.map((answer) => (
              <li key={answer.user.id}>
                {answer.user.displayName}: {t(`meeting.rsvp.answers.${answer.answer}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The chair's controls: edit or reschedule, cancel, start and end. */
function ChairControls({ meeting, onChanged, onStatusChanged }: { meeting: MeetingDetail; onChanged: () => void; onStatusChanged: () => void }) {
  const { t } = useTranslation();
  const [update, updateMeeting] = useMutation(UpdateMeetingMutation);
  const [start, startMeeting] = useMutation(StartMeetingMutation);
  const [end, endMeeting] = useMutation(EndMeetingMutation);
  const [updated, setUpdated] = useState(false);

  async function submit({ kind: _kind, repeat: _repeat, ...input }: MeetingFormValues) {
    setUpdated(false);
    const result = await updateMeeting({ id: meeting.id, input });
    if (result.error) return false;
    setUpdated(true);
    onChanged();
    return true;
  }

  return (
    <section aria-labelledby="chair-heading" className="panel">
      <h2 id="chair-heading">{t('meeting.chair.title')}</h2>
      <div className="button-row">
        {meeting.status === MeetingStatus.SCHEDULED && (
          <button type="button" disabled={start.fetching} onClick={() => void startMeeting({ id: meeting.id }).then((r) => !r.error && onStatusChanged())}>
            {t('meeting.chair.start')}
          </button>
        )}
        {meeting.status === MeetingStatus.IN_PROGRESS && (
          <>
            <Link to={`/meetings/${meeting.id}/live`}>{t('meeting.chair.runLive')}</Link>
            <button
              type="button"
              disabled={end.fetching}
              onClick={() => window.confirm(t('meeting.chair.endConfirm')) && void endMeeting({ id: meeting.id }).then((r) => !r.error && onStatusChanged())}
            >
              {t('meeting.chair.end')}
            </button>
          </>
        )}
      </div>
      <FormError error={start.error ?? end.error} />
      {meeting.status === MeetingStatus.SCHEDULED && (
        <>
          <details>
            <summary>{t('meeting.chair.edit')}</summary>
            <MeetingForm mode="edit" initial={meeting} submitLabel={t('meeting.chair.saveDetails')} busy={update.fetching} error={update.error} onSubmit={submit} />
            {updated && (
              <p className="form-success" role="status">
                {t('meeting.chair.saved')}
              </p>
            )}
          </details>
          <CancelForm meetingId={meeting.id} onCancelled={onStatusChanged} />
        </>
      )}
    </section>
  );
}

function CancelForm({ meetingId, onCancelled }: { meetingId: string; onCancelled: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [{ fetching, error }, cancel] = useMutation(CancelMeetingMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim() || !window.confirm(t('meeting.cancel.confirm'))) return;
    const result = await cancel({ id: meetingId, reason: reason.trim() });
    if (!result.error) onCancelled();
  }

  return (
    <details>
      <summary>{t('meeting.cancel.title')}</summary>
      <form onSubmit={submit} className="form narrow">
        <label>
          {t('meeting.cancel.reason')}
          <textarea required rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="form-actions">
          <button type="submit" className="danger" disabled={fetching || !reason.trim()}>
            {t('meeting.cancel.submit')}
          </button>
        </div>
        <FormError error={error} />
      </form>
    </details>
  );
}
