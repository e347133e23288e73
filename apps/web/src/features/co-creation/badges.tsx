import type { ProposalStatus } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-proposal-${status.toLowerCase()}`} data-testid="proposal-status">
      {t(`proposalStatus.${status}`)}
    </span>
  );
}

/** The share of the specificity rules a proposal meets, as a badge on cards. */
export function SpecificityBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const level = score === 100 ? 'full' : score >= 60 ? 'partial' : 'low';
  return <span className={`badge badge-specificity-${level}`}>{t('specificity.badge', { score })}</span>;
}

/** Seeded proposals of earlier plans: who proposed them is our reading of the report, not a record. */
export function SampleAttributionNote() {
  const { t } = useTranslation();
  return <p className="hint">{t('proposal.sampleAttribution')}</p>;
}
