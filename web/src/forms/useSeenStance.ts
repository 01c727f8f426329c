// The latest stance of a party on a provision as the form first showed it: what a save is
// `basedOn`. Read once per party, never refreshed by the live channel: if it followed every
// change, a stance recorded meanwhile would become the base unseen, and the conflict that
// should tell the user would never come.
import { useEffect, useRef, useState } from 'react';
import { type Position, positions } from '../../../src/contract/positions.ts';
import { call } from '../api/call.ts';

/**
 * `seen`: undefined while reading, null when the party has no stance there yet. `onRead`
 * hears each answer read (not the stances set later with `setSeen`).
 */
export function useSeenStance(
  party: string,
  draft: string,
  provision: string,
  onRead: (seen: Position | null) => void,
) {
  const [seen, setSeen] = useState<Position | null>();
  const heard = useRef(onRead);
  heard.current = onRead;
  useEffect(() => {
    if (!party) return;
    let stale = false;
    setSeen(undefined);
    call(positions.list, { party, draft, provision }).then(
      (list) => {
        if (stale) return;
        const latest = list.at(-1) ?? null;
        setSeen(latest);
        heard.current(latest);
      },
      () => !stale && setSeen(null),
    );
    return () => {
      stale = true;
    };
  }, [party, draft, provision]);
  return [seen, setSeen] as const;
}
