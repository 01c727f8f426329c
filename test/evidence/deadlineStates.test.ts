// A deadline a source says moved has two states: the day it stood at, and the day it was moved
// to. Sources that each tell one state are not linked as one deadline, nor flagged; two days for
// one state stay one deadline in dispute.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const deadlineLinks = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .links.filter((l) => l.reason === 'one event' && l.a.claim?.kind === 'event')
    .filter((l) => l.a.claim?.kind === 'event' && l.a.claim.data.eventKind === 'deadline')
    .map((l) => `${l.a.source}${l.b.source}`);

describe('two states of one deadline', () => {
  const readout = doc(
    'a',
    'The Presidents confirmed the 10 April deadline for the withdrawal of forces from the Vell line.',
    'readout',
    '2031-03-28',
  );
  const joint = doc(
    'b',
    'The withdrawal of forces from the Vell line shall be completed by 20 April 2031.',
    'joint-statement',
    '2031-04-06',
  );
  const wire = doc(
    'c',
    'The deadline for the withdrawal of forces from the Vell line, originally set for April 10, was moved to April 20, the mediator said.',
    'news',
    '2031-04-06',
  );

  it('does not link the day a deadline stood at to the day it was moved to', () => {
    expect(deadlineLinks(readout, joint, wire)).not.toContain('ab');
    expect(
      linkSources([readout, joint, wire], roster).disagreements.filter((d) => d.kind === 'date'),
    ).toEqual([]);
  });

  it('links two sources that give the deadline one day, in a set that says it moved', () => {
    const post = doc(
      'd',
      'Our forces will complete the withdrawal from the Vell line by 20 April, as agreed.',
      'social',
      '2031-04-07',
    );
    expect(deadlineLinks(readout, joint, wire, post)).toContain('bd');
  });
});
