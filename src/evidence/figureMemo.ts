// One reading per passage or figure, made once: the pair loop asks it of each passage or figure once
// per other one, and the answer depends on that object and what it was read against alone.

import type { Quantity } from './numbers.ts';

/** `read` computed once per key, kept with the context it was read against (another context reads again). */
export function memoWith<K extends object, C, T>(read: (key: K, context: C) => T): (key: K, context: C) => T {
  const memo = new WeakMap<K, { context: C; value: T }>();
  return (key, context) => {
    let hit = memo.get(key);
    if (!hit || hit.context !== context) {
      hit = { context, value: read(key, context) };
      memo.set(key, hit);
    }
    return hit.value;
  };
}

/** `read` computed once per figure and text (a figure read in another text is read again). */
export function oncePerFigure<T>(read: (text: string, q: Quantity) => T): (text: string, q: Quantity) => T {
  const once = memoWith((q: Quantity, text: string) => read(text, q));
  return (text, q) => once(q, text);
}
