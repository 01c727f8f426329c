// Reads and writes for the screens, on one query cache (TanStack Query): a read is keyed by
// its use case and input, so screens asking the same thing share one request and one
// answer; a change from `/api/live` marks stale every read that declares its kind
// (`staleAfter` in the contract), and only those refetch.
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { InputOf, OutputOf, ReadDeclaration, WriteDeclaration } from '../../../src/contract/declare.ts';
import { useLive } from '../live.tsx';
import { call } from './call.ts';
import { ApiError } from './client.ts';

/** One per tab; answers stay fresh until a change says otherwise. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
    },
  });
}

const keyOf = (declaration: ReadDeclaration, input: unknown) => [declaration.name, input ?? {}] as const;

/** Invalidates, on every live change, the reads whose declarations name its kind. Mount once. */
export function useLiveInvalidation(): void {
  const client = useQueryClient();
  const live = useLive();
  useEffect(
    () =>
      live.subscribe((heard) => {
        void client.invalidateQueries({
          predicate: (query) => {
            const declaration = query.meta?.declaration as ReadDeclaration | undefined;
            return heard === 'everything' || Boolean(declaration?.staleAfter.includes(heard.entity));
          },
        });
      }),
    [client, live],
  );
}

export interface Read<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : error ? new ApiError(0, 'error', String(error)) : undefined;

/** The answer of a read use case; `input` null: nothing to ask yet. */
export function useRead<D extends ReadDeclaration>(
  declaration: D,
  input: InputOf<D> | null,
): Read<OutputOf<D>> {
  const query = useQuery({
    queryKey: keyOf(declaration, input),
    queryFn: () => call(declaration, input as InputOf<D>),
    enabled: input !== null,
    meta: { declaration },
    placeholderData: (previous) => previous,
  });
  return {
    data: query.data as OutputOf<D> | undefined,
    error: asApiError(query.error),
    loading: query.isFetching,
    reload: () => void query.refetch(),
  };
}

export interface Write<D extends WriteDeclaration> {
  /** Sends the write; resolves with its answer, or undefined when it failed (see `error`). */
  submit(input: InputOf<D>): Promise<OutputOf<D> | undefined>;
  busy: boolean;
  error: ApiError | undefined;
  /** Forget the last error (the user edited the form). */
  reset(): void;
}

/**
 * A form's busy/error/submit state around one write use case. Reads refresh by the live
 * channel; the writes this tab makes also refresh the reads they make stale at once.
 */
export function useWrite<D extends WriteDeclaration>(declaration: D): Write<D> {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const submit = useCallback(
    async (input: InputOf<D>) => {
      setBusy(true);
      setError(undefined);
      try {
        const output = await call(declaration, input);
        void client.invalidateQueries({
          predicate: (query) => {
            const read = query.meta?.declaration as ReadDeclaration | undefined;
            return Boolean(read?.staleAfter.some((e) => declaration.emits.includes(e)));
          },
        });
        return output;
      } catch (failure) {
        setError(asApiError(failure));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [client, declaration],
  );
  return { submit, busy, error, reset: useCallback(() => setError(undefined), []) };
}
