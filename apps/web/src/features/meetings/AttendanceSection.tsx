import { Action, MeetingStatus, MinutesStatus } from '@ogp-forum/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { useAuth } from '../../lib/auth';
import { useForumMembers } from './AgendaSection';
import { RecordAttendanceMutation, type MeetingDetail } from './meeting-documents';

/** Who came, by sector (OGP asks for parity), for everyone; the names for members; the roll call for the chair. */
export function AttendanceSection({ meeting, onChanged }: { meeting: MeetingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const { bySector, attendees } = meeting.attendance;
  const locked = meeting.minutes?.status === MinutesStatus.PUBLISHED;
  const takingRoll = auth.can(Action.MANAGE_MEETINGS) && !locked && (meeting.status === MeetingStatus.IN_PROGRESS || meeting.status === MeetingStatus.HELD);

  return (
    <section aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      <dl className="counts">
        <div className="count">
          <dt>{t('attendance.government')}</dt>
          <dd>{bySector.government}</dd>
        </div>
        <div className="count">
          <dt>{t('attendance.civilSociety')}</dt>
          <dd>{bySector.civilSociety}</dd>
        </div>
        <div className="count">
          <dt>{t('attendance.other')}</dt>
          <dd>{bySector.other}</dd>
        </div>
        <div className="count">
          <dt>{t('attendance.secretariat')}</dt>
          <dd>{bySector.secretariat}</dd>
        </div>
        <div className="count">
          <dt>{t('attendance.total')}</dt>
          <dd>{bySector.total}</dd>
        </div>
      </dl>
      {attendees && !takingRoll && (
        attendees.length === 0 ? (
          <p className="muted">{t('attendance.none')}</p>
        ) : (
          <p>
            {t('attendance.names')}: {attendees.map((person) => person.displayName).join(', ')}
          </p>
        )
      )}
      {takingRoll && <RollCall meeting={meeting} onChanged={onChanged} />}
      {locked && auth.can(Action.MANAGE_MEETINGS) && <p className="hint">{t('attendance.locked')}</p>}
    </section>
  );
}

function RollCall({ meeting, onChanged }: { meeting: MeetingDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const members = useForumMembers();
  const [{ error }, record] = useMutation(RecordAttendanceMutation);
  const recorded = new Set((meeting.attendance.attendees ?? []).map((person) => person.id));
  // The box follows the click at once; a refused change puts it back.
  const [marked, setMarked] = useState<Map<string, boolean>>(new Map());
  const present = (id: string) => marked.get(id) ?? recorded.has(id);

  async function mark(userId: string, value: boolean) {
    setMarked((current) => new Map(current).set(userId, value));
    const result = await record({ meetingId: meeting.id, userId, present: value });
    if (!result.error) return onChanged();
    setMarked((current) => {
      const next = new Map(current);
      next.delete(userId);
      return next;
    });
  }

  return (
    <fieldset className="roll-call">
      <legend>{t('attendance.record')}</legend>
      {members.map((member) => (
        <label key={member.id} className="checkbox">
          <input
            type="checkbox"
            checked={present(member.id)}
            onChange={(e) => void mark(member.id, e.target.checked)}
          />
          {member.displayName}
        </label>
      ))}
      <FormError error={error} />
    </fieldset>
  );
}
