import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab (and a bookmark) after the page: "<page> · OGP Forum". */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const full = title ? `${title} · ${t('app.name')}` : t('app.name');
  useEffect(() => {
    document.title = full;
  }, [full]);
}
