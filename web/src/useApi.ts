// Data for a view: fetches a path under `/api`, keeps the last answer while refetching,
// and refetches when `/api/live` reports a change to one of the entities it shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, get } from './api/client.ts';
import { useLive } from './live.tsx';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** `path` null: nothing to fetch yet. `entities`: change kinds (`position`, `event`…) that make it stale. */
export function useApi<T>(path: string | null, entities: readonly string[]): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const latest = useRef(0);
  const live = useLive();
  const watched = entities.join(',');

  const load = useCallback(() => {
    if (path === null) return;
    const ticket = ++latest.current;
    setLoading(true);
    get<T>(path).then(
      (result) => {
        if (ticket !== latest.current) return;
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        setError(failure instanceof ApiError ? failure : new ApiError(0, 'error', String(failure)));
        setLoading(false);
      },
    );
  }, [path]);

  useEffect(load, [load]);

  useEffect(() => {
    const kinds = new Set(watched.split(','));
    return live.subscribe((change) => {
      if (change.entity === '*' || kinds.has(change.entity)) load();
    });
  }, [live, load, watched]);

  return { data, error, loading, reload: load };
}
