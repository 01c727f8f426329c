// A status set as a target by a day ("the paper is to be ready to sign by Friday") is a
// deadline for the status, not the status the text has: it is not linked to a status told as it
// stands ("the text is not agreed"), and is linked to another telling of the target. Invented
// sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.a.source}${l.b.source} ${l.reason}`);

const target = doc('a', 'Both foreign ministers want the paper ready to sign by Friday.');

describe('a status set as a target', () => {
  it('is not the status a text has', () => {
    const stands = doc('b', 'A Torvanian spokesman said the text is not agreed.', 'press-release');
    expect(reasons(target, stands)).toEqual([]);
  });

  it('is one with another telling of the target', () => {
    const again = doc('b', 'Officials said the paper has to be ready to sign by Friday.', 'press-release');
    expect(reasons(target, again).length).toBeGreaterThan(0);
  });
});
