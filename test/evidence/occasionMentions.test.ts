// A round named in passing by its place or number ("the Velmar round", "after three days at
// Castel Brune", "the second round") is linked to the reports that give the round its day, and to
// the other sources naming it so; two rounds in one town, or a round and a signing there, stay
// apart. Invented wire copy, press releases, posts and records about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

type Doc = ReturnType<typeof doc>;

/** The pairs of sources linked through an occasion named in passing, sorted. */
function mentionPairs(...docs: Doc[]): string[] {
  const { links } = linkSources(docs, roster);
  return [
    ...new Set(
      links
        .filter((l) => /names the|both name the/.test(l.reason))
        .map((l) => [l.a.source, l.b.source].sort().join('-')),
    ),
  ].sort();
}

// Two reports that give the first round its days, linked to each other as one event.
const ap = doc(
  'ap',
  'VELMAR (AP) — Arvenia and Torvania held a first round of talks in Velmar from 2 to 4 March, the Norlandic mediator said.',
  'news',
  '2031-03-05',
);
const un = doc(
  'un',
  'The Secretary-General welcomes the first round of talks between Arvenia and Torvania, held in Velmar from 2 to 4 March 2031.',
  'press-release',
  '2031-03-05',
);

describe('an occasion named in passing', () => {
  it('links a post naming the round by its place to the reports that date it', () => {
    const telegram = doc(
      'telegram',
      'Still no word from Kessel on what was agreed during the talks in Velmar. Our sources say the mood was grim.',
      'social',
      '2031-03-08',
    );
    expect(mentionPairs(ap, un, telegram)).toEqual(['ap-telegram', 'telegram-un']);
  });

  it('reads no mention of the round in a longer place name that starts with its venue', () => {
    const telegram = doc(
      'telegram',
      'The envoys left Velmar by car on Friday for the talks in Velmarsund. Our sources say the mood was grim.',
      'social',
      '2031-03-08',
    );
    expect(mentionPairs(ap, un, telegram)).toEqual([]);
  });

  it('names the round by its place before the noun, and by its number', () => {
    const hansard = doc(
      'hansard',
      'The Minister told the House that the Velmar round had produced a shorter text. He said the first round had been difficult.',
      'meeting-transcript',
      '2031-03-09',
    );
    expect(mentionPairs(ap, un, hansard)).toEqual(['ap-hansard', 'hansard-un']);
  });

  it('links two sources that each name the round only in passing', () => {
    const podcast = doc(
      'podcast',
      'Our guest this week argues that the Velmar round had produced a shorter text than anyone expected.',
      'meeting-transcript',
      '2031-03-07',
    );
    const guardian = doc(
      'guardian',
      'Diplomats close to the Velmar talks say the mediator has circulated a revised text to both capitals.',
      'news',
      '2031-03-08',
    );
    expect(mentionPairs(ap, un, podcast, guardian)).toContain('guardian-podcast');
  });

  it('leaves a source that dates the round itself to its own report', () => {
    const reuters = doc(
      'reuters',
      'The first round of talks opened in Velmar on 2 March. The talks in Velmar ended with a revised text.',
      'news',
      '2031-03-06',
    );
    expect(mentionPairs(ap, un, reuters)).toEqual([]);
  });

  it('keeps apart a mention of a town that held two rounds', () => {
    const second = doc(
      'afp',
      'VELMAR (AFP) — A second round of talks between Arvenia and Torvania was held in Velmar from 20 to 22 April.',
      'news',
      '2031-04-23',
    );
    const xpost = doc(
      'x',
      'Whatever they say in Drava, the talks in Velmar changed nothing on the river.',
      'social',
      '2031-04-25',
    );
    expect(mentionPairs(ap, un, second, xpost)).toEqual([]);
  });

  it('does not take a round for a signing in the same town', () => {
    const signing = doc(
      'kyodo',
      'The agreement was signed in Velmar on 2 March by the two foreign ministers.',
      'news',
      '2031-03-03',
    );
    const whatsapp = doc(
      'whatsapp',
      'Anyone going to the talks in Velmar next week? I need a lift from Kessel.',
      'social',
      '2031-03-01',
    );
    expect(mentionPairs(signing, whatsapp)).toEqual([]);
  });

  it('does not read a party named beside the talks as their place', () => {
    const reddit = doc(
      'reddit',
      'Honestly the Arvenia talks are going nowhere and everyone knows it.',
      'social',
      '2031-03-08',
    );
    expect(mentionPairs(ap, un, reddit)).toEqual([]);
  });
});
