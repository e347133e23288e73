import { Action, ActionPlanStatus } from '@ogp-forum/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { useAuth } from '../../lib/auth';
import { PlanDetailsFields, planDetailsInput } from './PlanDetailsFields';
import { UpdateActionPlanMutation } from './plan-documents';

interface PlanDetails {
  id: string;
  title: string;
  titleKo: string | null;
  periodStart: string;
  periodEnd: string;
  status: string;
}

/**
 * The secretariat corrects a plan's titles and period on its page; the co-creation calendar is changed on the co-creation
 * page. A closed plan is the record of its term and is not edited.
 */
export function PlanDetailsForm({ plan, onSaved }: { plan: PlanDetails; onSaved: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const [details, setDetails] = useState({ title: plan.title, titleKo: plan.titleKo ?? '', periodStart: plan.periodStart, periodEnd: plan.periodEnd });
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, update] = useMutation(UpdateActionPlanMutation);
  if (!auth.can(Action.MANAGE_PLANS) || plan.status === ActionPlanStatus.CLOSED) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await update({ id: plan.id, input: planDetailsInput(details) });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  }

  return (
    <details className="panel">
      <summary className="summary-heading">{t('planForm.editDetails')}</summary>
      <form className="form form-grid" onSubmit={submit}>
        <PlanDetailsFields values={details} onChange={setDetails} />
        <div className="form-actions">
          <button type="submit" disabled={fetching}>
            {t('planForm.saveDetails')}
          </button>
          <span role="status">{saved && !fetching ? t('planForm.detailsSaved') : ''}</span>
        </div>
        <FormError error={error} />
      </form>
    </details>
  );
}
