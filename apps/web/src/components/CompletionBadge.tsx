import { useTranslation } from 'react-i18next';

interface Props {
  completion: string;
  /** The code of the commitment this one was merged into; shown instead of the completion level. */
  incorporatedInto?: string | null;
}

export function CompletionBadge({ completion, incorporatedInto }: Props) {
  const { t } = useTranslation();
  if (incorporatedInto) {
    return <span className="badge badge-incorporated">{t('completion.INCORPORATED', { code: incorporatedInto })}</span>;
  }
  return <span className={`badge badge-${completion.toLowerCase()}`}>{t(`completion.${completion}`)}</span>;
}
