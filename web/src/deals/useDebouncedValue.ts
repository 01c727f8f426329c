// The Deal lab's what-ifs, held back while a slider moves (see debounce.ts). Answers to
// what-ifs already superseded are dropped by the read cache: `useRead` shows the answer to
// the current input's key only (test/web/debounce.test.ts holds it to that).
import { useEffect, useRef, useState } from 'react';
import { type Debouncer, debouncer } from './debounce.ts';

/** What the debounced value compares by: equal what-ifs (a re-render) do not restart the wait. */
const keyOf = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/**
 * `value` once it has stayed the same (by content) for `delayMs`; until then the last
 * settled one. The first value is settled at once, so a screen opens without a wait.
 */
export function useDebouncedValue<T>(value: T, delayMs = 200): T {
  const [settled, setSettled] = useState(value);
  const debounced = useRef<Debouncer<T>>(undefined);
  debounced.current ??= debouncer<T>(delayMs, setSettled);
  const key = keyOf(value);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    const d = debounced.current;
    if (key === keyOf(settled)) d?.cancel();
    else d?.push(latest.current);
  }, [key, settled]);
  useEffect(() => () => debounced.current?.cancel(), []);
  return settled;
}
