// A status set as a target by a day ("the paper must be finalised by next Tuesday") is a deadline
// for the status, not the status the text has: it is not linked to a status told as it stands
// ("the paper is still not final"), and is linked to another telling of the target. "By" that
// names who agrees ("will be agreed by both parliaments") sets no target. Invented sentences
// about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => `${l.a.source}${l.b.source} ${l.reason}`);

const target = doc('a', 'Both foreign ministers said the paper must be finalised by next Tuesday.');

describe('a status set as a target', () => {
  it('is not the status a text has', () => {
    const stands = doc('b', 'A Torvanian spokesman said the paper is still not final.', 'press-release');
    expect(reasons(target, stands)).toEqual([]);
    expect(kinds(target, stands)).toEqual([]);
    const byDay = doc('c', 'We agreed the paper should be ready for signing by the fourteenth. That holds.');
    expect(reasons(byDay, stands)).toEqual([]);
  });

  it('is one with another telling of the target', () => {
    const again = doc('b', 'Officials said the paper must be finalised by Friday.', 'press-release');
    expect(reasons(target, again)).toContain('ab the status of paper');
  });

  it('is no target when "by" names who agrees, not when', () => {
    const open = doc('a', 'The text is not final, the Arvenian ministry said.');
    const agents = doc(
      'b',
      'The text is final and will be agreed by both parliaments, a Torvanian spokesman said.',
      'press-release',
    );
    expect(kinds(open, agents)).toEqual(['status ab']);
  });
});
