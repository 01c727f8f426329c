// "The two leaders", "both delegations", "the two armies": a negotiation's parties named by their
// number. Sources that call them so say nothing alike by it; a count of people is another thing.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.reason} ${l.a.source}${l.b.source}`);

describe('the parties named by their number', () => {
  it('does not link a readout and a press conference by "the two leaders"', () => {
    const readout = doc(
      'a',
      'The two leaders instructed their negotiators to continue work through the mediator.',
      'readout',
    );
    const presser = doc(
      'b',
      'MODERATOR: The two leaders will make short statements and then take two questions from each delegation.',
      'press-conference',
    );
    const joint = doc(
      'c',
      'The two leaders express their deep gratitude to the Government of Norland for its mediation.',
      'joint-statement',
    );
    expect(reasons(readout, presser, joint).filter((r) => r.startsWith('one count'))).toEqual([]);
  });

  it('still links two counts of people: 240 monitors however named', () => {
    const joint = doc(
      'a',
      'The Union shall deploy a monitoring mission of up to two hundred and forty monitors.',
      'joint-statement',
    );
    const release = doc(
      'b',
      'With 155 of an authorised strength of 240 monitors deployed, the mission cannot yet verify the pull-back.',
      'press-release',
    );
    expect(reasons(joint, release).some((r) => r.startsWith('one count of monitor'))).toBe(true);
  });
});
