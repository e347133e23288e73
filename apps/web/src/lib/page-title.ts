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

/**
 * Announces a feed of the page to browsers and feed readers (`<link rel="alternate" type="application/atom+xml">`). The
 * server already puts it in the HTML of a page opened by its address; this keeps it right as the reader moves between pages.
 */
export function useFeedLink(href: string | null | undefined, title: string): void {
  useEffect(() => {
    if (!href) return;
    const existing = document.head.querySelector<HTMLLinkElement>(`link[rel="alternate"][type="application/atom+xml"][href="${CSS.escape(href)}"]`);
    const link = existing ?? Object.assign(document.createElement('link'), { rel: 'alternate', type: 'application/atom+xml', href });
    link.title = title;
    if (!existing) document.head.append(link);
    return () => link.remove();
  }, [href, title]);
}
