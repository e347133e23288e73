import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * One parameter of the page's address used as the page's state (a tab, a filter, the page of a list), so that a reload,
 * a bookmark or a shared link shows what the reader saw. Setting it keeps the other parameters but those in `resets`
 * (a new filter starts again at the first page); null or '' removes it. The change is a new history entry, so Back
 * returns to the previous view.
 */
export function useSearchParam(name: string, resets: readonly string[] = []): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const resetList = resets.join(' ');
  const set = useCallback(
    (value: string | null) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        for (const key of resetList.split(' ').filter(Boolean)) next.delete(key);
        return next;
      }),
    [name, resetList, setParams],
  );
  return [params.get(name), set];
}
