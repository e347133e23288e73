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
    // The server names it with an absolute address; `link.href` resolves both to compare them.
    const absolute = new URL(href, location.href).href;
    const existing = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]')].find((link) => link.href === absolute);
    const link = existing ?? Object.assign(document.createElement('link'), { rel: 'alternate', type: 'application/atom+xml', href });
    link.title = title;
    if (!existing) document.head.append(link);
    return () => link.remove();
  }, [href, title]);
}

/** The page's description (`<meta name="description">`) once the page knows it, put back when the page goes. */
export function usePageDescription(text: string | null) {
  useEffect(() => {
    if (!text) return;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    const created = !meta;
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.appendChild(meta);
    }
    const previous = meta.content;
    meta.content = text;
    return () => {
      if (created) meta!.remove();
      else meta!.content = previous;
    };
  }, [text]);
}
