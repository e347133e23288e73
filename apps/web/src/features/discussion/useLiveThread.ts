import type { SubjectRef } from '@ogp-forum/domain';
import { useCallback, useEffect, useState } from 'react';
import { useThread } from '../../lib/live';

/**
 * The live thread as the page shows it: what was there when it loaded, plus the viewer's own posts, at once; other
 * people's new comments wait behind "N new comments" so the page never jumps under the reader.
 */
export function useLiveThread(subject: SubjectRef, viewerId: string | null) {
  const thread = useThread(subject);
  const [shownUpTo, setShownUpTo] = useState<number | null>(null);
  const maxSeq = thread.entries.reduce((max, entry) => Math.max(max, entry.seq), 0);

  // Everything replayed on the first subscription is shown.
  useEffect(() => {
    if (shownUpTo === null && thread.state === 'live') setShownUpTo(maxSeq);
  }, [thread.state, shownUpTo, maxSeq]);

  const visible = (entry: (typeof thread.entries)[number]) =>
    shownUpTo === null ||
    entry.seq <= shownUpTo ||
    (viewerId !== null && (entry.comment?.author?.id === viewerId || entry.update?.author?.id === viewerId));
  const shown = thread.entries.filter(visible);
  const pending = thread.entries.length - shown.length;
  const showPending = useCallback(() => setShownUpTo(maxSeq), [maxSeq]);

  return { ...thread, shown, pending, showPending };
}
