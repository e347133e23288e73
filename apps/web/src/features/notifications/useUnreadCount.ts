import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { onNotification } from '../../lib/live';

const UnreadQuery = graphql(`
  query UnreadNotifications { unreadNotificationCount }
`);

/** The signed-in member's unread notifications: fetched once, then kept current by the live connection. */
export function useUnreadCount(signedIn: boolean): number {
  const [{ data }] = useQuery({ query: UnreadQuery, pause: !signedIn, requestPolicy: 'network-only' });
  const [live, setLive] = useState<number | null>(null);
  useEffect(() => (signedIn ? onNotification((count) => setLive(count)) : undefined), [signedIn]);
  useEffect(() => setLive(null), [data?.unreadNotificationCount]);
  if (!signedIn) return 0;
  return live ?? data?.unreadNotificationCount ?? 0;
}
