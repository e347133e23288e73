import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import type { CoCreationPlan } from './co-creation-documents';

/** The "Co-creation" entry when more than one plan is in co-creation: the reader picks the plan. */
export function CoCreationChooser({ plans }: { plans: CoCreationPlan[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  usePageTitle(t('coCreation.choose'));
  return (
    <>
      <h1>{t('coCreation.choose')}</h1>
      <p className="lead">{t('coCreation.chooseIntro', { count: plans.length })}</p>
      <ul className="card-list">
        {[...plans]
          .sort((a, b) => a.number - b.number)
          .map((plan) => (
            <li key={plan.id} className="card">
              <Link to={`/plans/${plan.id}/co-creation`}>{t('coCreation.title', { number: plan.number })}</Link>
              <p className="muted">{localized(plan.title, plan.titleKo)}</p>
            </li>
          ))}
      </ul>
    </>
  );
}
