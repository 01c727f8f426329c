// Holding back what-ifs while a slider moves: a value is passed on once it has stayed the
// same for `delayMs` (the last one wins), so dragging a slider asks the server once, not
// once per step. Pure timer logic: the clock is injected, so a test drives it; the Deal
// lab's hook is useDebouncedValue.ts.

/** The clock a debouncer runs on: the browser's timers, or a test's. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debouncer<T> {
  /** A new value: restarts the wait; `emit` gets the last value once `delayMs` pass quietly. */
  push(value: T): void;
  /** Drops the pending value (the screen went away). */
  cancel(): void;
}

/** A debouncer that hands each settled value to `emit`. Throws nothing. */
export function debouncer<T>(
  delayMs: number,
  emit: (value: T) => void,
  timers: Timers = browserTimers,
): Debouncer<T> {
  let pending: unknown;
  const cancel = () => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = undefined;
  };
  return {
    push(value) {
      cancel();
      pending = timers.setTimeout(() => {
        pending = undefined;
        emit(value);
      }, delayMs);
    },
    cancel,
  };
}
