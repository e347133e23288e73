import { MeetingKind } from '@ogp-forum/domain';
import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../components/FormError';
import { forumTimeToIso, isoToForumTime, useForumTimeZoneName } from '../../lib/format';

export interface MeetingFormValues {
  kind: MeetingKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineUrl: string | null;
  /** Meetings in a monthly series; 1 is a single meeting. */
  repeat: number;
}

interface Props {
  initial?: Partial<Omit<MeetingFormValues, 'repeat'>>;
  /** Scheduling offers the kind and a monthly series; editing does not (the api cannot change them). */
  mode: 'schedule' | 'edit';
  submitLabel: string;
  busy: boolean;
  error?: CombinedError | null;
  onSubmit: (values: MeetingFormValues) => Promise<boolean>;
}

/** The details of a meeting, its date and times entered on the forum's wall clock. */
export function MeetingForm({ initial, mode, submitLabel, busy, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const timeZoneName = useForumTimeZoneName();
  const hintId = useId();
  const start = initial?.startsAt ? isoToForumTime(initial.startsAt) : { date: '', time: '15:00' };
  const end = initial?.endsAt ? isoToForumTime(initial.endsAt) : { date: '', time: '17:00' };
  const [kind, setKind] = useState<MeetingKind>(initial?.kind ?? MeetingKind.REGULAR);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [date, setDate] = useState(start.date);
  const [startTime, setStartTime] = useState(start.time);
  const [endTime, setEndTime] = useState(end.time);
  const [place, setPlace] = useState(initial?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(initial?.onlineUrl ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [repeat, setRepeat] = useState(1);
  const [invalid, setInvalid] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || !date || !startTime || !endTime) return setInvalid(t('meetings.form.required'));
    if (endTime <= startTime) return setInvalid(t('meetings.form.endAfterStart'));
    setInvalid(null);
    const done = await onSubmit({
      kind,
      title: title.trim(),
      description,
      startsAt: forumTimeToIso(date, startTime),
      endsAt: forumTimeToIso(date, endTime),
      place: place.trim() || null,
      onlineUrl: onlineUrl.trim() || null,
      repeat,
    });
    if (done && mode === 'schedule') {
      setTitle('');
      setDescription('');
      setRepeat(1);
    }
  }

  return (
    <form onSubmit={submit} className="form form-grid" noValidate>
      <label>
        {t('meetings.form.title')}
        <input required value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
      </label>
      {mode === 'schedule' && (
        <label>
          {t('meetings.form.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
            {Object.values(MeetingKind).map((value) => (
              <option key={value} value={value}>
                {t(`meetings.kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('meetings.form.date')}
        <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} aria-describedby={hintId} />
      </label>
      <label>
        {t('meetings.form.startTime')}
        <input type="time" required value={startTime} onChange={(e) => setStartTime(e.target.value)} aria-describedby={hintId} />
      </label>
      <label>
        {t('meetings.form.endTime')}
        <input type="time" required value={endTime} onChange={(e) => setEndTime(e.target.value)} aria-describedby={hintId} />
      </label>
      <label>
        {t('meetings.form.place')}
        <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={300} />
      </label>
      <label>
        {t('meetings.form.onlineUrl')}
        <input type="url" value={onlineUrl} onChange={(e) => setOnlineUrl(e.target.value)} placeholder="https://" />
      </label>
      {mode === 'schedule' && (
        <label>
          {t('meetings.form.repeat')}
          <input type="number" min={1} max={24} value={repeat} onChange={(e) => setRepeat(Math.max(1, Math.min(24, Number(e.target.value) || 1)))} />
        </label>
      )}
      <label className="span-all">
        {t('meetings.form.description')}
        <textarea rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <p id={hintId} className="hint span-all">
        {t('meetings.form.timeZoneHint', { zone: timeZoneName })}
      </p>
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
      {invalid && (
        <p className="form-error" role="alert">
          {invalid}
        </p>
      )}
      <FormError error={error} />
    </form>
  );
}
