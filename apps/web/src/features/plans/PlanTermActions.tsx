import { Action, ActionPlanStatus } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useMutation } from 'urql';
import { FormError } from '../../components/FormError';
import { useAuth } from '../../lib/auth';
import { CloseActionPlanMutation } from './plan-documents';

/**
 * The turns of a plan's term on its page: the notice after adoption, and for the secretariat the closing of a plan in
 * implementation, after a confirmation, since completion levels are final from then on.
 */
export function PlanTermActions({ plan }: { plan: { id: string; status: string } }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const [{ fetching, error, data }, close] = useMutation(CloseActionPlanMutation);
  const justAdopted = (location.state as { adopted?: boolean } | null)?.adopted && plan.status === ActionPlanStatus.IMPLEMENTATION;

  return (
    <>
      {justAdopted && (
        <p role="status" className="notice">
          {t('adoption.adopted')}
        </p>
      )}
      {data && (
        <p role="status" className="notice">
          {t('adoption.closed')}
        </p>
      )}
      {auth.can(Action.MANAGE_PLANS) && plan.status === ActionPlanStatus.IMPLEMENTATION && (
        <div className="button-row">
          <button type="button" className="secondary" disabled={fetching} onClick={() => window.confirm(t('adoption.closeConfirm')) && close({ planId: plan.id })}>
            {t('adoption.close')}
          </button>
          <FormError error={error} />
        </div>
      )}
    </>
  );
}
