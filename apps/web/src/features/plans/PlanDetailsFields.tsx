import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A plan's titles and period as its forms hold them: opening a plan and correcting one ask for the same four. */
export interface PlanDetailsValues {
  title: string;
  titleKo: string;
  periodStart: string;
  periodEnd: string;
}

/** What the api takes: titles trimmed, no Korean title rather than an empty one. */
export function planDetailsInput(values: PlanDetailsValues) {
  return { title: values.title.trim(), titleKo: values.titleKo.trim() || null, periodStart: values.periodStart, periodEnd: values.periodEnd };
}

/** The four fields, inside a `form-grid` form. */
export function PlanDetailsFields({ values, onChange }: { values: PlanDetailsValues; onChange: (values: PlanDetailsValues) => void }) {
  const { t } = useTranslation();
  const change = (key: keyof PlanDetailsValues) => (event: ChangeEvent<HTMLInputElement>) => onChange({ ...values, [key]: event.target.value });
  return (
    <>
      <label>
        {t('planForm.planTitle')}
        <input required minLength={3} maxLength={200} value={values.title} onChange={change('title')} />
      </label>
      <label>
        {t('planForm.planTitleKo')}
        <input maxLength={200} value={values.titleKo} onChange={change('titleKo')} lang="ko" />
      </label>
      <label>
        {t('planForm.periodStart')}
        <input type="date" required value={values.periodStart} onChange={change('periodStart')} />
      </label>
      <label>
        {t('planForm.periodEnd')}
        <input type="date" required value={values.periodEnd} onChange={change('periodEnd')} />
      </label>
    </>
  );
}
