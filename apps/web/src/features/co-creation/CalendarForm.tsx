import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { UpdateCoCreationCalendarMutation } from './co-creation-documents';
import { CALENDAR, type CalendarField } from './OpenPlanForm';

/** The secretariat moves the dates of a plan in co-creation; the api refuses dates out of order and names the first. */
export function CalendarForm({ plan }: { plan: { id: string } & Record<CalendarField, string | null> }) {
  const { t } = useTranslation();
  const [calendar, setCalendar] = useState(() => Object.fromEntries(CALENDAR.map((key) => [key, plan[key] ?? ''])) as Record<CalendarField, string>);
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateCoCreationCalendarMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = Object.fromEntries(CALENDAR.map((key) => [key, calendar[key] || null]));
    const result = await update({ id: plan.id, input });
    setSaved(!result.error);
  }

  return (
    <details className="panel">
      <summary>{t('planForm.editCalendar')}</summary>
      <form className="form" onSubmit={submit}>
        <p className="hint">{t('planForm.calendarHint')}</p>
        <div className="form-grid">
          {CALENDAR.map((key) => (
            <label key={key}>
              {t(`planForm.${key}`)}
              <input type="date" value={calendar[key]} onChange={(e) => setCalendar({ ...calendar, [key]: e.target.value })} />
            </label>
          ))}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={fetching}>
            {t('planForm.saveCalendar')}
          </button>
          {saved && (
            <span role="status" className="muted">
              {t('planForm.calendarSaved')}
            </span>
          )}
        </div>
        <FormError error={error} />
      </form>
    </details>
  );
}
