import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../components/FormError';
import { Loading, QueryError } from '../../components/states';
import { graphql } from '../../gql';
import { useFormatDate } from '../../lib/format';

const MyCalendarFeedQuery = graphql(`
  query MyCalendarFeed { myCalendarFeed { createdAt } }
`);
const RenewCalendarFeedMutation = graphql(`
  mutation RenewCalendarFeed { renewCalendarFeed { url createdAt } }
`);
const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed { revokeCalendarFeed }
`);

/**
 * The member's personal calendar feed on the account page: a secret iCalendar address for calendar apps, shown once when
 * made (only its hash is stored), renewable and revocable.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const headingId = useId();
  const urlId = useId();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyCalendarFeedQuery, requestPolicy: 'network-only' });
  const [renewing, renew] = useMutation(RenewCalendarFeedMutation);
  const [revoking, revoke] = useMutation(RevokeCalendarFeedMutation);
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const feed = data?.myCalendarFeed ?? null;

  async function makeNew() {
    if (feed && !window.confirm(t('calendarFeed.renewConfirm'))) return;
    const result = await renew({});
    if (result.data) {
      setUrl(result.data.renewCalendarFeed.url);
      setMessage(null);
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function turnOff() {
    if (!window.confirm(t('calendarFeed.revokeConfirm'))) return;
    const result = await revoke({});
    if (!result.error) {
      setUrl(null);
      setMessage(t('calendarFeed.revoked'));
      refetch({ requestPolicy: 'network-only' });
    }
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('calendarFeed.copied'));
    } catch {
      document.getElementById(urlId)?.focus();
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('calendarFeed.title')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      {fetching && !data && <Loading />}
      {error && <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && (
        <>
          {url ? (
            <div className="form">
              <label htmlFor={urlId}>{t('calendarFeed.newUrl')}</label>
              <input id={urlId} readOnly value={url} onFocus={(e) => e.target.select()} />
              <div className="button-row">
                <button type="button" className="secondary" onClick={() => void copy()}>
                  {t('calendarFeed.copy')}
                </button>
              </div>
            </div>
          ) : (
            <p className="muted">{feed ? t('calendarFeed.since', { date: formatDate(feed.createdAt) }) : t('calendarFeed.none')}</p>
          )}
          <div className="button-row">
            <button type="button" disabled={renewing.fetching} onClick={() => void makeNew()}>
              {feed ? t('calendarFeed.renew') : t('calendarFeed.create')}
            </button>
            {feed && (
              <button type="button" className="secondary" disabled={revoking.fetching} onClick={() => void turnOff()}>
                {t('calendarFeed.revoke')}
              </button>
            )}
          </div>
          {message && <p role="status">{message}</p>}
          <FormError error={renewing.error ?? revoking.error} />
        </>
      )}
    </section>
  );
}
