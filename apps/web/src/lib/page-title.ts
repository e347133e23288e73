import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab's title for a page, "<page> · OGP Forum", so each page is told apart in tabs, history and screen readers. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const full = title ? `${title} · ${t('app.name')}` : t('app.name');
  useEffect(() => {
    document.title = full;
  }, [full]);
}
