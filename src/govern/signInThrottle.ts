// Sign-in throttling as pure rules: each failed sign-in counts against the submitted user
// name and against the address it came from; past a few free tries, each further failure
// makes that key wait twice as long, up to a ceiling. Nothing ever locks: the right password
// works again as soon as the wait is over, so nobody can shut an account out for long, and
// a name that does not exist is throttled exactly like one that does.

export interface ThrottleState {
  failures: number;
  lastFailureAt: string;
  /** Until when the key is not heard (ISO), or null. */
  waitUntil: string | null;
}

export interface ThrottlePolicy {
  /** Failures allowed before any wait. */
  free: number;
  /** The first wait, doubled by each further failure. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** A key whose last failure is this old starts again from zero. */
  forgetAfterMs: number;
}

/**
 * Per user name: an account under attack answers its owner again within a minute of the
 * attacker's last try. Per address: one address guessing across many names soon waits a
 * quarter of an hour between tries.
 */
export const USER_POLICY: ThrottlePolicy = {
  free: 5,
  firstWaitMs: 1_000,
  maxWaitMs: 60_000,
  forgetAfterMs: 15 * 60_000,
};
export const ADDRESS_POLICY: ThrottlePolicy = {
  free: 10,
  firstWaitMs: 1_000,
  maxWaitMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

/** Milliseconds this key must still wait at `nowMs` (0: it may try now). */
export function waitLeft(state: ThrottleState | undefined, nowMs: number): number {
  if (!state?.waitUntil) return 0;
  return Math.max(0, Date.parse(state.waitUntil) - nowMs);
}

/** The key's state after one more failure at `nowMs`. */
export function afterFailure(
  state: ThrottleState | undefined,
  nowMs: number,
  policy: ThrottlePolicy,
): ThrottleState {
  const stale = !state || nowMs - Date.parse(state.lastFailureAt) > policy.forgetAfterMs;
  const failures = (stale ? 0 : state.failures) + 1;
  const over = failures - policy.free;
  const waitMs = over > 0 ? Math.min(policy.maxWaitMs, policy.firstWaitMs * 2 ** (over - 1)) : 0;
  return {
    failures,
    lastFailureAt: new Date(nowMs).toISOString(),
    waitUntil: waitMs ? new Date(nowMs + waitMs).toISOString() : null,
  };
}
