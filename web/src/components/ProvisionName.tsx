// A provision as people look for it: its heading with its number ("15 · Territory"),
// never a draft id and a path. `ProvisionLink` names a provision it only knows by path,
// reading the draft once per page load (a draft's text never changes).
import { useEffect, useState } from 'react';
import { type DraftView, drafts as draftCases } from '../../../src/contract/drafts.ts';
import { call } from '../api/call.ts';
import { href } from '../router.ts';

/** "15 · Territory": the number without its trailing dot, then the heading or excerpt. */
export function provisionLabel(number: string, title: string | undefined): string {
  const n = number.replace(/\.$/, '');
  return title ? `${n} · ${title}` : n;
}

/** The number (tabular, muted) and the title, read as "15 · Territory". */
export function ProvisionName({ number, title }: { number: string; title: string | undefined }) {
  const n = number.replace(/\.$/, '');
  return (
    <span className="provision-name">
      <span className="num">{n}</span>
      {title ? (
        <>
          <span className="sep">· </span>
          {title}
        </>
      ) : null}
    </span>
  );
}

/** A provision without a heading is named by the start of its text. */
export function shortText(text: string, max = 60): string {
  const first = (text.trim().split(/(?<=[.;:])\s/)[0] ?? '').replace(/\s+/g, ' ').replace(/[.;:]$/, '');
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

const drafts = new Map<string, Promise<DraftView>>();

function fetchDraft(id: string): Promise<DraftView> {
  let pending = drafts.get(id);
  if (!pending) {
    pending = call(draftCases.show, { draft: id });
    pending.catch(() => drafts.delete(id));
    drafts.set(id, pending);
  }
  return pending;
}

let latest: Promise<string | undefined> | undefined;

/** The latest draft's id, read once per page load: what claims without a draft refer to. */
function latestDraft(): Promise<string | undefined> {
  latest ??= call(draftCases.list, {}).then((list) => list.at(-1)?.id);
  latest.catch(() => {
    latest = undefined;
  });
  return latest;
}

interface Found {
  draft: string;
  number: string;
  heading?: string;
  label: string;
}

/**
 * A link into the reader at a provision, named by heading and number; `withDraft` adds
 * the draft's label ("15 · Territory, Geneva revision") where several drafts mix. Without
 * `draft`, the provision is the latest draft's.
 */
export function ProvisionLink({
  draft,
  path,
  withDraft,
}: {
  draft?: string;
  path: string;
  withDraft?: boolean;
}) {
  const [found, setFound] = useState<Found>();
  useEffect(() => {
    let live = true;
    (draft ? Promise.resolve(draft) : latestDraft())
      .then(async (id) => {
        if (!id) return;
        const d = await fetchDraft(id);
        const p = d.provisions.find((x) => x.path === path);
        if (live && p)
          setFound({ draft: id, number: p.number, heading: p.heading ?? shortText(p.text), label: d.label });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [draft, path]);
  const target = found?.draft ?? draft;
  return (
    <a href={target ? href('drafts', target, { at: path }) : href('drafts')}>
      <ProvisionName number={found?.number ?? path} title={found?.heading} />
      {withDraft ? <span className="muted">, {found?.label ?? target}</span> : null}
    </a>
  );
}
