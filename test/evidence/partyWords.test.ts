// A party named by its people's adjective or its capital is the party named by its name, for
// claim linking (partyWords.ts).
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { meaningStem } from '../../src/evidence/meaning.ts';
import { partyWords, withPartyNames } from '../../src/evidence/partyWords.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('party words', () => {
  it("reads a people's adjective and a capital as the party's name", () => {
    const words = partyWords(roster);
    expect(words.get(meaningStem('Torvanian'))).toBe(meaningStem('Torvania'));
    expect(words.get(meaningStem('Arvenian'))).toBe(meaningStem('Arvenia'));
    expect(words.get(meaningStem('Kessel'))).toBe(meaningStem('Arvenia'));
  });

  it('leaves words that name no party alone', () => {
    const words = new Set(['river', 'grain', meaningStem('Kesselring'), meaningStem('Normandy')]);
    expect(withPartyNames(words, roster)).toBe(words);
  });

  it('links two sources that name the parties by adjective and by name', () => {
    const wire = doc('a', 'Torvanian barges will haul the Arvenian logs until the thaw, the envoy wrote.');
    const paper = doc('b', "Arvenia's logs go down the river on Torvania's barges until the thaw.");
    const links = linkSources([wire, paper], roster).links.filter((l) => l.reason.startsWith('alike'));
    expect(links).toHaveLength(1);
  });

  it("does not read one party's adjective as another's name", () => {
    const words = partyWords(roster);
    expect(words.get(meaningStem('Torvanian'))).not.toBe(words.get(meaningStem('Arvenian')));
    expect(words.has(meaningStem('Normandy'))).toBe(false);
  });
});
