import type { SubjectType } from '@ogp-forum/domain';
import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

/**
 * One comment's address is its page's with `#comment-<id>`. Opening it, by a link, a notification or after a reload,
 * scrolls to the comment and highlights it, once the live thread has brought it in. Everything that links to a comment
 * builds the address with commentLink(); the thread does the rest (see Thread and the hooks below).
 */
const PREFIX = 'comment-';
/** How long a linked comment is kept in view while the page around it loads. */
const SETTLE_MS = 2000;
const USER_SCROLLS = ['wheel', 'touchmove', 'keydown'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The element id of a comment in its thread. */
export const commentAnchor = (commentId: string) => `${PREFIX}${commentId}`;

/** The address of one comment on the page at `path` (e.g. `/commitments/<id>`). */
export const commentLink = (path: string, commentId: string) => `${path}#${commentAnchor(commentId)}`;

/** The comment the address points at (`#comment-<id>`), or null. */
export function useLinkedCommentId(): string | null {
  const { hash } = useLocation();
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id.startsWith(PREFIX) && UUID.test(id.slice(PREFIX.length)) ? id.slice(PREFIX.length) : null;
}

const LinkedCommentSubjectQuery = graphql(`
  query LinkedCommentSubject($id: ID!) {
    comment(id: $id) {
      id
      subjectType
      subjectId
    }
  }
`);

/**
 * Which thread the linked comment is in, for a page that folds its threads away (agenda items, draft sections): the one
 * holding it opens itself. Null while unknown, or when the comment is not there or not for this reader.
 */
export function useLinkedCommentSubject(): { subjectType: SubjectType; subjectId: string } | null {
  const id = useLinkedCommentId();
  const [{ data }] = useQuery({
    query: LinkedCommentSubjectQuery,
    variables: { id: id ?? '' },
    pause: !id,
  });
  return id && data?.comment.id === id ? data.comment : null;
}

/** Opens a folded `<details>` when the linked comment is in the thread it holds. */
export function useOpenForLinkedComment(details: RefObject<HTMLDetailsElement | null>, subjectId: string): void {
  const linked = useLinkedCommentSubject();
  const here = linked?.subjectId === subjectId;
  useEffect(() => {
    if (here && details.current && !details.current.open) details.current.open = true;
  }, [here, details]);
}

/**
 * For a comment of the thread: whether the address points at it, and a ref that scrolls it into view and moves the focus
 * to it, once per arrival at the address (a reload or following the link again scrolls again).
 */
export function useLinkedComment(commentId: string): { linked: boolean; ref: RefObject<HTMLElement | null> } {
  const linkedId = useLinkedCommentId();
  const { key } = useLocation();
  const linked = linkedId === commentId;
  const ref = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!linked || !element) return;
    const scroll = () => element.scrollIntoView({ block: 'center' });
    requestAnimationFrame(() => {
      scroll();
      element.focus({ preventScroll: true });
    });
    // Parts of the page above may still be loading (documents, a section's history): keep the comment in view while
    // the page settles, until the reader scrolls themselves.
    const settling = new ResizeObserver(scroll);
    settling.observe(document.body);
    const stop = () => settling.disconnect();
    const timer = setTimeout(stop, SETTLE_MS);
    for (const type of USER_SCROLLS) window.addEventListener(type, stop, { once: true, passive: true });
    return () => {
      clearTimeout(timer);
      stop();
      for (const type of USER_SCROLLS) window.removeEventListener(type, stop);
    };
  }, [linked, key]);
  return { linked, ref };
}
