import type { MeetingStatus } from '@ogp-forum/domain';
import { useTranslation } from 'react-i18next';

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-meeting-${status.toLowerCase()}`}>{t(`meetings.statuses.${status}`)}</span>;
}

/** Seeded, illustrative meetings say so wherever they are listed. */
export function SampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-sample" title={t('meetings.sampleHint')}>
      {t('meetings.sample')}
    </span>
  );
}
