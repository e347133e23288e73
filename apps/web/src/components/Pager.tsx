import { useTranslation } from 'react-i18next';

interface Props {
  /** The cursor of the page shown; null on the first page. */
  after: string | null;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  onChange: (after: string | null) => void;
}

/** "First page" and "Next page" for a cursor connection. */
export function Pager({ after, pageInfo, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="pager">
      {after && (
        <button type="button" onClick={() => onChange(null)}>
          {t('pager.first')}
        </button>
      )}
      {pageInfo?.hasNextPage && (
        <button type="button" onClick={() => onChange(pageInfo.endCursor)}>
          {t('pager.next')}
        </button>
      )}
    </div>
  );
}
