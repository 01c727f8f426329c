// A reading of the words around one figure, made once: the pair loop asks it of each figure once
// per other figure, and the answer depends on the figure and its text alone.

import type { Quantity } from './numbers.ts';

/** `read` computed once per figure and text (a figure read in another text is read again). */
export function oncePerFigure<T>(read: (text: string, q: Quantity) => T): (text: string, q: Quantity) => T {
  const memo = new WeakMap<Quantity, { text: string; value: T }>();
  return (text, q) => {
    let hit = memo.get(q);
    if (hit?.text !== text) {
      hit = { text, value: read(text, q) };
      memo.set(q, hit);
    }
    return hit.value;
  };
}
