import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessToken, refreshSession } from '../../lib/session';

/**
 * An .ics download. Signed in, it is fetched with the access token so that the file carries the members-only online
 * link; anonymous visitors get a plain link to the public file.
 */
export function CalendarLink({ href, filename, children }: { href: string; filename: string; children: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const token = accessToken();
  if (!token) {
    return (
      <a href={href} download={filename} className="calendar-link">
        {children}
      </a>
    );
  }

  async function download() {
    setFailed(false);
    const fetchIcs = () => fetch(href, { headers: { Authorization: `Bearer ${accessToken() ?? ''}` } }).catch(() => null);
    let response = await fetchIcs();
    if (response?.status === 401) {
      // The 15-minute access token ran out while the page was open: refresh it, as the GraphQL client does, and retry.
      if (await refreshSession()) response = await fetchIcs();
    }
    if (!response?.ok) return setFailed(true);
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <>
      <button type="button" className="link-button calendar-link" onClick={() => void download()}>
        {children}
      </button>
      {failed && (
        <span className="hint-error" role="alert">
          {' '}
          {t('meetings.calendar.failed')}
        </span>
      )}
    </>
  );
}
