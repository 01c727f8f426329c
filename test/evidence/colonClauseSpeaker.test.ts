// A quotation a colon introduces, in a clause that names one person somewhere after a time, a place
// or a job rather than as its opening subject: the words are that person's. Texts invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakerOf = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.speaker?.personId ?? q.speaker?.name ?? null);

describe('a colon clause naming one person', () => {
  it("gives the words to the person named after a party's job, set apart by commas", () => {
    expect(
      speakerOf(
        'Norland\'s special envoy, Henrik Dahl, summed up the round last week: "Nothing moves until the maps do."',
      ),
    ).toEqual(['dahl']);
  });

  it('leaves a clause naming two people to the other rules', () => {
    expect(
      speakerOf(
        'Over a long evening in Fjellby with Henrik Dahl and Mira Kostal, the mood soured: "We are far apart."',
      ),
    ).not.toContain('dahl');
  });

  it('leaves the person a clause writes to, meets or honours to the other rules', () => {
    for (const [text, addressed] of [
      ['In a message to Mira Kostal, the Norland cabinet replied: "The offer stands until June."', 'kostal'],
      ['At a lunch given in honour of Oleg Varin, the hosts declared: "Our doors remain open."', 'varin'],
      ['In a note to Henrik Dahl dated 9 April, the Arvenian mission answered: "We see no basis."', 'dahl'],
      [
        'Welcoming Ingrid Solberg to the capital, the palace communique read: "Friends speak plainly."',
        'solberg',
      ],
    ])
      expect(speakerOf(text!), text).not.toContain(addressed);
  });

  it('still gives the words to the one person named after a place and set apart by commas', () => {
    expect(
      speakerOf(
        'At the border post, Henrik Dahl, the Norland envoy, told the crowd: "The road opens tomorrow."',
      ),
    ).toEqual(['dahl']);
  });

  it('gives the words to the person a closing preposition credits them to', () => {
    expect(
      speakerOf(
        'The sharpest remark of the summit came from Norland\'s envoy Henrik Dahl: "Maps are not promises."',
      ),
    ).toEqual(['dahl']);
  });
});

describe('a colon lead-in over its own paragraph of words', () => {
  const words = '"Every checkpoint will be open by May."';
  it("gives a text carried or read out, or another's pledge, to no one who only holds it", () => {
    for (const lead of [
      'Ingrid Solberg took the floor after Pavel Surin had gone. She quoted his promise from the spring:',
      "Henrik Dahl began the hearing by reading the ministry's note aloud:",
      'Mira Kostal welcomed Pavel Surin in Kessel. She passed on a note from the harbour board, which reads:',
      'Henrik Dahl, who chaired, observed that the final text reads in full:',
    ])
      expect(speakerOf(`${lead}\n\n${words}`)).toEqual([null]);
  });

  it('resolves an opening pronoun only when the sentence before names one person', () => {
    expect(
      speakerOf(`Ingrid Solberg sat down with Oleg Varin on Friday. He set out the plan:\n\n${words}`),
    ).toEqual([null]);
    expect(speakerOf(`Henrik Dahl spoke in Kessel on Monday. He set out the plan:\n\n${words}`)).toEqual([
      'dahl',
    ]);
    expect(speakerOf(`Henrik Dahl said in a statement on Monday:\n\n${words}`)).toEqual(['dahl']);
    expect(speakerOf(`Spokesman Henrik Dahl issued the following statement:\n\n${words}`)).toEqual(['dahl']);
    expect(
      speakerOf(
        `Henrik Dahl spoke in Kessel. "We are close," he told reporters. He set out the plan:\n\n${words}`,
      ),
    ).toEqual(['dahl', 'dahl']);
  });
});

describe("a list's quoted items under a speaker's colon", () => {
  it("are the speaker's words under a typed double hyphen or a number, as under a bullet", () => {
    for (const mark of ['--', '2.', '•'])
      expect(
        speakerOf(
          `Henrik Dahl summed up his terms in two points:\n\n${mark} "The ferry must run in winter."\n\n${mark} "The gauges stay on both banks."`,
        ),
      ).toEqual(['dahl', 'dahl']);
  });
});
