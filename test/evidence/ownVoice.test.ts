// A post or an address tells its author's own meetings without naming the author ("Met with …",
// "Today I met …", "Productive meeting with …"): the author is a participant, so a mediator's two
// meetings of one day, one with each principal, stay two.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/index.ts';
import { toldByAuthor } from '../../src/evidence/ownVoice.ts';
import { doc, eventPairs } from './linkedDocs.ts';
import { roster } from './roster.ts';

/** A raw document read whole, its title line included (an address names its speaker there). */
const page = (source: string, raw: string) => {
  const d = processDocument(Buffer.from(raw), source, { roster, received: '2031-03-06' });
  return { source, published: d.meta.date, claims: d.claims, cleanText: d.cleanText };
};

const citadel = doc(
  'c',
  'Citadel | Official\n[05.03.31 19:40]\nOleg Varin received Special Envoy of Norland Henrik Dahl in the Citadel.',
  'social',
);

describe('an event told in its author’s own voice', () => {
  it('reads the sentence openings of a speaker’s own act', () => {
    expect(toldByAuthor('Met with FM @IngridSolberg in Kessel today.', true)).toBe(true);
    expect(toldByAuthor('Today I met the Foreign Minister of Norland, Ingrid Solberg.', false)).toBe(true);
    expect(toldByAuthor('Frank & useful talks with the Norland envoy.', true)).toBe(true);
    expect(toldByAuthor('This morning I have just spoken with President Varin.', false)).toBe(true);
    // Not the speaker's act, or no subject elided outside a post.
    expect(toldByAuthor('Met with FM Solberg in Kessel today.', false)).toBe(false);
    expect(toldByAuthor('Meetings with both sides will continue next week.', true)).toBe(false);
    expect(toldByAuthor('I think the envoy met both leaders.', false)).toBe(false);
  });

  it('puts the author on a call the author received, and on no meeting "called me" sits beside', () => {
    const authors = (text: string) =>
      doc(
        'a',
        `Press conference of President Mira Kostal\n\nQUESTION: Any news from Drava?\n\nPRESIDENT KOSTAL: Yes. ${text} That is all.\n`,
        'press-conference',
      ).claims.flatMap((c) => (c.kind === 'event' ? [`${c.data.eventKind} ${c.data.author ?? '-'}`] : []));
    expect(authors('President Oleg Varin phoned me this morning about the exchange.')).toEqual([
      'call kostal',
    ]);
    expect(authors('After the talks in Drava on Monday, Varin called me a partner.')).toEqual(['talks -']);
    // A call denied, or a name called, beside a call between two others leaves the author off it.
    expect(authors('Varin has not rung me since the spring, but he phoned Envoy Dahl on Friday.')).toEqual([
      'call -',
    ]);
    expect(authors('Dahl says Varin phoned him on Friday and called us reckless.')).toEqual(['call -']);
  });

  it('keeps a principal’s X post apart from the mediator’s meeting with the other principal', () => {
    const post = doc(
      'a',
      'Mira Kostal @MiraKostal · Mar 5, 2031\nMet with Special Envoy Henrik Dahl in Kessel today. Discussed the exchange.',
      'social',
    );
    expect(eventPairs([post, citadel])).toEqual([]);
  });

  it('keeps a nightly address in the first person apart from the other capital’s meeting', () => {
    const address = page(
      'a',
      'Address by President Mira Kostal\n5 March 2031\nDear Arvenians!\nToday I met the Special Envoy of Norland, Henrik Dahl. We spoke about our people in captivity.\nGlory to Arvenia!',
    );
    expect(eventPairs([address, citadel])).toEqual([]);
  });

  it('keeps a Facebook-style "productive meeting with" post apart as well', () => {
    const post = doc(
      'a',
      'Mira Kostal · 5 March 2031\nProductive meeting with Special Envoy Henrik Dahl today. Our position is clear.',
      'social',
    );
    expect(eventPairs([post, citadel])).toEqual([]);
  });

  it('still links the author’s post to its own meeting told by another source', () => {
    const post = doc(
      'a',
      'Henrik Dahl @HenrikDahl · Mar 5, 2031\nMet President Oleg Varin in Drava today. Long and frank talks.',
      'social',
    );
    const office = doc(
      'b',
      'Office of the President of Arvenia\n5 March 2031\nPresident Mira Kostal met Special Envoy Henrik Dahl in Kessel today.',
    );
    const kostalPost = doc(
      'd',
      'Mira Kostal @MiraKostal · Mar 5, 2031\nMet with Special Envoy Henrik Dahl in Kessel today.',
      'social',
    );
    expect(eventPairs([post, citadel, office, kostalPost])).toEqual(['a-c', 'b-d']);
  });
});
