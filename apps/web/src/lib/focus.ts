import { useCallback, useEffect, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once `value` has changed, for an action whose control disappears or is disabled with the result (WCAG
 * 2.4.3): without it, focus falls to <body>. Call the returned function when the action succeeded, with the value it
 * started from (so a live event that got there first still counts) and the element to focus; that element may only
 * exist once the refetched data has rendered, which is why it is looked up then.
 */
export function useFocusWhenChanged(value: unknown): (from: unknown, target: Target) => void {
  const [pending, setPending] = useState<{ from: unknown; target: Target } | null>(null);

  useEffect(() => {
    if (!pending || Object.is(value, pending.from)) return;
    setPending(null);
    pending.target()?.focus();
  }, [value, pending]);

  return useCallback((from: unknown, target: Target) => setPending({ from, target }), []);
}

/** The first of these elements that can take focus now: still in the page, and not a disabled control. */
export function firstUsable(...elements: (Element | null | undefined)[]): HTMLElement | undefined {
  return elements.find((element): element is HTMLElement => element instanceof HTMLElement && element.isConnected && !element.matches(':disabled'));
}
