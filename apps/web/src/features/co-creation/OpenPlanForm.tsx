import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { PlanDetailsFields, planDetailsInput } from '../plans/PlanDetailsFields';
import { CreateActionPlanMutation } from './co-creation-documents';

export const CALENDAR = ['callOpensOn', 'callClosesOn', 'reviewClosesOn', 'draftingClosesOn', 'dueOn'] as const;
export type CalendarField = (typeof CALENDAR)[number];

/** The secretariat opens the next plan for co-creation, with its calendar (dates left empty are not planned yet). */
export function OpenPlanForm({ nextNumber }: { nextNumber: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [number, setNumber] = useState(nextNumber);
  const [details, setDetails] = useState({ title: '', titleKo: '', periodStart: '', periodEnd: '' });
  const [calendar, setCalendar] = useState<Record<CalendarField, string>>({ callOpensOn: '', callClosesOn: '', reviewClosesOn: '', draftingClosesOn: '', dueOn: '' });
  const [{ fetching, error }, create] = useMutation(CreateActionPlanMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dates = Object.fromEntries(CALENDAR.map((key) => [key, calendar[key] || null]));
    const result = await create({ input: { number, ...planDetailsInput(details), ...dates } });
    if (result.data) navigate(`/plans/${result.data.createActionPlan.id}/co-creation`);
  }

  return (
    <details className="panel">
      <summary className="summary-heading">{t('planForm.title')}</summary>
      <form className="form form-grid" onSubmit={submit}>
        <label>
          {t('planForm.number')}
          <input type="number" min={1} max={99} required value={number} onChange={(e) => setNumber(Number(e.target.value))} />
        </label>
        <PlanDetailsFields values={details} onChange={setDetails} />
        <fieldset className="span-all">
          <legend>{t('planForm.calendar')}</legend>
          <p className="hint">{t('planForm.calendarHint')}</p>
          <div className="form-grid">
            {CALENDAR.map((key) => (
              <label key={key}>
                {t(`planForm.${key}`)}
                <input type="date" value={calendar[key]} onChange={(e) => setCalendar({ ...calendar, [key]: e.target.value })} />
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={fetching}>
            {t('planForm.submit')}
          </button>
        </div>
        <FormError error={error} />
      </form>
    </details>
  );
}
