// Keyboard review of the claims queue: move between rows, accept or reject the current one,
// turn pages. A key presses the current row's own button, so the keyboard does exactly what
// a click does (an event without a date opens its form, a group is reviewed in one write).
import { useEffect } from 'react';

/** The keys, as the page documents them. */
export const REVIEW_KEYS: readonly [keys: string, does: string][] = [
  ['j / ↓', 'next'],
  ['k / ↑', 'previous'],
  ['a', 'accept (a group: all of it)'],
  ['r', 'reject'],
  ['e', 'edit then accept'],
  ['n / p', 'next / previous page'],
];

const ACTIONS: Record<string, string> = { a: 'accept', r: 'reject', e: 'edit' };

export interface ReviewKeys {
  /** The current row's element, if any. */
  current(): HTMLElement | null;
  move(by: 1 | -1): void;
  turn(by: 1 | -1): void;
}

/** Listens on the document while the queue is shown; typing in a field is left alone. */
export function useReviewKeys(keys: ReviewKeys): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = e.key;
      if (key === 'j' || key === 'ArrowDown') keys.move(1);
      else if (key === 'k' || key === 'ArrowUp') keys.move(-1);
      else if (key === 'n') keys.turn(1);
      else if (key === 'p') keys.turn(-1);
      else if (ACTIONS[key]) {
        const button = keys
          .current()
          ?.querySelector<HTMLButtonElement>(`button[data-action="${ACTIONS[key]}"]`);
        if (!button || button.disabled) return;
        button.click();
      } else return;
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [keys]);
}
