// Quotes of official genres, class by class: turn labels, the record's own voice between turns,
// threads and reposts on social media, bullets in quotation marks, and two words given to a named
// speaker. Texts invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

function quotes(text: string, genre?: Genre): [string, string | undefined][] {
  return extractClaims(text, { roster, ...(genre ? { genre } : {}) })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.partyId ?? c.speaker?.name]);
}

describe('turn labels', () => {
  it('reads "A. Surname:" as an initial and a surname, not as the article', () => {
    const text =
      'O. Varin: We will sign.\n\nA. Dahl: Norland will witness it.\n\nO. Varin: Then we are done.';
    expect(quotes(text, 'meeting-transcript')).toEqual([
      ['We will sign.', 'varin'],
      ['Norland will witness it.', 'dahl'],
      ['Then we are done.', 'varin'],
    ]);
  });
});

describe("the record's own voice between turns", () => {
  it('ends a turn at a procedural line of a verbatim record', () => {
    const text = [
      'The President: I give the floor to the representative of Arvenia.',
      'The representative of Arvenia (Ms. Kostal): Arvenia supports the proposal.',
      'The President: May I take it that the Council wishes to approve the proposal?',
      'It was so decided.',
      'The meeting rose at 11.40 a.m.',
    ].join('\n\n');
    expect(quotes(text, 'meeting-transcript').at(-1)?.[0]).toBe(
      'May I take it that the Council wishes to approve the proposal?',
    );
  });

  it('leaves a stage direction in brackets out of a turn, unless the speaker goes on after it', () => {
    const text = [
      'PRESIDENT VARIN: We sign today.',
      '(The two presidents sign the Accord.)',
      'MS. KOSTAL: Thank you. (Applause.) The commission meets on Friday.',
      '(Applause)',
      'And it will meet every month after that.',
      '(The session ended at 5.20 p.m.)',
    ].join('\n\n');
    expect(quotes(text, 'meeting-transcript')).toEqual([
      ['We sign today.', 'varin'],
      [
        'Thank you. (Applause.) The commission meets on Friday. (Applause) And it will meet every month after that.',
        'kostal',
      ],
    ]);
  });
});

describe('threads and reposts', () => {
  const social = (raw: string) => {
    const clean = cleanDocument(raw, 'post.txt', { keepTitle: true }).cleanText;
    return quotes(clean, 'social');
  };

  it('reads a repeated account header as the start of a new post, and a repost banner as nobody’s words', () => {
    const raw = [
      'Henrik Dahl @envoy_dahl · 4 Mar 2031',
      'Back from Drava. The talks were long.',
      '↻ Henrik Dahl reposted',
      'Norland Foreign Ministry @NorlandMFA · 4 Mar 2031',
      'The envoy reports to the minister on Friday.',
      'Henrik Dahl @envoy_dahl · 4 Mar 2031',
      'Please share.',
    ].join('\n\n');
    expect(social(raw)).toEqual([
      ['Back from Drava. The talks were long.', 'dahl'],
      ['The envoy reports to the minister on Friday.', 'Norland Foreign Ministry'],
      ['Please share.', 'dahl'],
    ]);
  });

  it('keeps a post whose last words only end like a banner', () => {
    const raw =
      'Henrik Dahl @envoy_dahl · 4 Mar 2031\n\nThe talks were long.\n\nThe joint statement was reposted';
    expect(social(raw)).toEqual([['The talks were long. The joint statement was reposted', 'dahl']]);
  });

  it('reads a display name with a verified badge, and leaves the mark over a quoted post out', () => {
    const raw = [
      'Oleg Varin ✔ @OVarin',
      '4 Mar 2031, 18:02',
      'Signed, and every one of our fishermen home.',
      '',
      'Oleg Varin ✔ @OVarin',
      '4 Mar 2031, 21:40',
      'With thanks to our team in Fjellby.',
      '  Quote',
      '  Torvania Government @TorvaniaGov · 4 Mar 2031',
      '  The President signed the accord this afternoon.',
    ].join('\n');
    expect(social(raw)).toEqual([
      ['Signed, and every one of our fishermen home.', 'varin'],
      ['With thanks to our team in Fjellby.', 'varin'],
      ['The President signed the accord this afternoon.', 'Torvania Government'],
    ]);
  });
});

describe('a profile page: bio, timestamps, rules and counts', () => {
  const social = (raw: string) =>
    quotes(cleanDocument(raw, 'post.txt', { keepTitle: true }).cleanText, 'social');

  it('leaves the bio out and reads each post closed by its time as one quote', () => {
    const raw = [
      'Henrik Dahl',
      '@envoy_dahl',
      'Special Envoy of Norland for the Drava talks. Views are my own.',
      '1/2 Both delegations are in Fjellby. The first session opens at ten.',
      '9:14 AM · Mar 4, 2031',
      '2/2 The lists of fishermen have been exchanged.',
      '9:16 AM · Mar 4, 2031',
      '214 Replies   1.1K Reposts   3.4K Likes',
    ].join('\n\n');
    expect(social(raw)).toEqual([
      ['Both delegations are in Fjellby. The first session opens at ten.', 'dahl'],
      ['The lists of fishermen have been exchanged.', 'dahl'],
    ]);
  });

  it('splits posts without counters at their times, and gives a quoted post after a rule to its account', () => {
    const raw = [
      'Oleg Varin ✔',
      '@OVarin',
      'President of the Republic of Torvania',
      'Signed today in Fjellby: the Accord on the Drava. Thank you to our hosts.',
      '08:02 · 04.03.2031',
      'Next: every fisherman home by the spring.',
      '08:09 · 04.03.2031',
      '——',
      'Quote',
      'Norland Foreign Ministry @NorlandMFA · 04.03.2031',
      'Official account of the Ministry of Foreign Affairs of Norland',
      'The annex on quotas is not yet agreed.',
      '312 replies · 540 reposts · 1,904 likes',
    ].join('\n\n');
    expect(social(raw)).toEqual([
      ['Signed today in Fjellby: the Accord on the Drava. Thank you to our hosts.', 'varin'],
      ['Next: every fisherman home by the spring.', 'varin'],
      ['The annex on quotas is not yet agreed.', 'Norland Foreign Ministry'],
    ]);
  });

  it('keeps a first post that names an office in the speaker’s own voice', () => {
    const raw = [
      'Oleg Varin @OVarin · 4 Mar 2031',
      'Minister Dahl and I agreed the dates today.',
      'We meet again in April.',
    ].join('\n\n');
    expect(social(raw)).toEqual([
      ['Minister Dahl and I agreed the dates today. We meet again in April.', 'varin'],
    ]);
  });
});

describe('a question that quotes the one it asks', () => {
  it('gives words a question puts to the one asked ("you said …") to the speaker of the answer', () => {
    const text = [
      'MS. SOLBERG: Good morning. The talks resume on Monday.',
      'Q: Minister, you said in May that "no quota is final until the river is mapped". Does that still hold?',
      'MS. SOLBERG: It does.',
      'Question (Vell Herald): You have called the accord "a good start" — is it more?',
      'MR. DAHL: It is a start.',
      'Q: The agency wrote that "the quota is too high". Is it?',
      'MS. SOLBERG: No. As I told them, "the quota is the science".',
    ].join('\n\n');
    const said = quotes(text, 'press-conference').filter(
      ([words]) => !/^(?:Good|Minister|You|It |The agency|No\.)/.test(words),
    );
    expect(said).toEqual([
      ['no quota is final until the river is mapped', 'solberg'],
      ['a good start', 'dahl'],
    ]);
  });
});

describe('bullets in quotation marks', () => {
  it('reads each once, as the words of the speaker whose colon introduced them', () => {
    const text =
      'Speaking to reporters, Oleg Varin set out three red lines:\n\n- "A closed season every spring, with no exceptions."\n\n- "Every detained fisherman home first."';
    expect(quotes(text)).toEqual([
      ['A closed season every spring, with no exceptions.', 'varin'],
      ['Every detained fisherman home first.', 'varin'],
    ]);
  });
});

describe('two words given to a named speaker', () => {
  it('keeps them when a reporting verb names who said them, and drops them when none does', () => {
    expect(quotes('Oleg Varin said on Monday that the sides were "within reach" of an accord.')).toEqual([
      ['within reach', 'varin'],
    ]);
    expect(quotes('The so-called "water formula" has no author.')).toEqual([]);
    expect(quotes('"Not yet," Oleg Varin said when asked about the date.')).toEqual([['Not yet,', 'varin']]);
    expect(quotes('Oleg Varin called the plan a "good start".')).toEqual([]);
    expect(quotes('Oleg Varin said the sides were "close".')).toEqual([]);
  });
});

describe('speakers without a reporting verb beside the quote', () => {
  it('gives what a subject welcomes "as" to that subject, not to a name inside the clause', () => {
    const text =
      'Oleg Varin today welcomed the accord, signed in Fjellby on Tuesday by President Mira Kostal, as "the first good news for our rivers in years".';
    expect(quotes(text)).toEqual([['the first good news for our rivers in years', 'varin']]);
  });

  it("reads a subject opened by a party's possessive before a colon", () => {
    const text =
      'Norland\'s special envoy Henrik Dahl, who opened the talks on Tuesday, put it more bluntly: "Nobody leaves this table until the boats are home."';
    expect(quotes(text)).toEqual([['Nobody leaves this table until the boats are home.', 'dahl']]);
  });

  it('gives the words of a side or a delegation to the one the appositive says leads it', () => {
    const text =
      'The Torvanian side, headed by President Oleg Varin, told reporters that the figure was "a starting point, not an answer".';
    expect(quotes(text)).toEqual([['a starting point, not an answer', 'varin']]);
    const talksWith =
      'The envoy met the side headed by Oleg Varin, and Henrik Dahl told reporters it was "a starting point, not an answer".';
    expect(quotes(talksWith)).toEqual([['a starting point, not an answer', 'dahl']]);
  });
});

describe('speakers described, not named', () => {
  const said = (text: string) =>
    extractClaims(text, { roster })
      .filter((c): c is Quote => c.kind === 'quote')
      .map((c) => [c.speaker?.name, c.speaker?.partyId]);

  it("keeps a party's office nobody on the roster holds as said, with the party", () => {
    expect(
      said('Norland\'s foreign ministry has called the leak "a deliberate attempt to derail the talks".'),
    ).toEqual([["Norland's foreign ministry", 'norland']]);
    expect(said('Torvania\'s chief negotiator said the text was "not yet a basis for signature".')).toEqual([
      ["Torvania's chief negotiator", 'torvania'],
    ]);
    expect(
      said('Torvania\'s foreign ministry spokesperson said the text was "a basis for further work".'),
    ).toEqual([["Torvania's foreign ministry spokesperson", 'torvania']]);
    // An office the roster holds is its holder.
    expect(said('Torvania\'s President said the text was "not yet a basis for signature".')).toEqual([
      ['Oleg Varin', 'torvania'],
    ]);
  });

  it('drops the count from a description, and gives "one of its officials" to the body named before', () => {
    expect(
      said(
        'Two officials familiar with the talks, who spoke on condition of anonymity, said the date was "chosen to put pressure on us".',
      ),
    ).toEqual([['officials', undefined]]);
    expect(
      said(
        'The Union, which runs the monitoring track, wants "a mission of two thousand at the start", one of its officials said.',
      ),
    ).toEqual([['Union official', 'union']]);
  });

  it('reads a plural without an article as a description when a capitalised word qualifies it, "speak of" as reporting', () => {
    expect(
      said('How many came back is disputed. Arvenian officials speak of "more than three thousand".'),
    ).toEqual([['Arvenian officials', undefined]]);
    expect(said('Western diplomats said the draft was "a basis, not a text to sign".')).toEqual([
      ['Western diplomats', undefined],
    ]);
    // A plural inside the clause, uncapitalised, is nobody: the quotation keeps its named speaker.
    expect(said('"We are close," Henrik Dahl said after officials said the talks would resume.')).toEqual([
      ['Henrik Dahl', 'norland'],
    ]);
  });

  it('keeps two words a described speaker is reported to have said, not two words a thing is called', () => {
    expect(
      said('A Torvanian diplomat said his government had "serious reservations" about point 11.'),
    ).toEqual([['Torvanian diplomat', undefined]]);
    expect(said('A Torvanian diplomat called the plan a "good start" in Fjellby.')).toEqual([]);
  });

  it('gives a quotation after another sentence with a described subject to the speaker named beside the one before it', () => {
    expect(
      said(
        'Torvanian officials were unconvinced. "Nothing is settled," said Oleg Varin, the chief negotiator. "We have been told it is settled three times."',
      ),
    ).toEqual([
      ['Oleg Varin', 'torvania'],
      ['Oleg Varin', 'torvania'],
    ]);
  });

  it('gives the words after a colon to a description opening the sentence, whatever its verb', () => {
    expect(
      said(
        'A Norlandic diplomat involved in the talks put it bluntly: "If they cannot agree, the river will decide."',
      ),
    ).toEqual([['Norlandic diplomat', undefined]]);
  });
});

describe('names given to a thing', () => {
  it('reads no quotation in a principle, a formula or a title put in marks', () => {
    for (const text of [
      'The sides agreed to exchange prisoners on the principle of "all for all" within ten days.',
      'The so-called "leaked draft of the framework" was never a Norland paper.',
      'The plan, known as "Bridge to the River", was tabled in Fjellby.',
      'Arvenia tabled a paper entitled "Steps Towards a Lasting Settlement".',
    ])
      expect(quotes(text), text).toEqual([]);
  });

  it('still reads the words a speaker gives about a principle', () => {
    expect(quotes('Henrik Dahl said the exchange rests "on the principle of all for all".')).toEqual([
      ['on the principle of all for all', 'dahl'],
    ]);
  });
});

describe("a hearing's head", () => {
  it('takes its list of witnesses as the head, not as a turn', () => {
    expect(
      quotes(
        'Witnesses: Mira Kostal, President of Arvenia; Henrik Dahl, Special Envoy, Vell talks\n\nChair: Ingrid Solberg\n\nTHE CHAIR: Welcome.\n\nMira Kostal: Thank you.\n\nHenrik Dahl: Thank you.',
        'meeting-transcript',
      ),
    ).toEqual([
      ['Welcome.', 'solberg'],
      ['Thank you.', 'kostal'],
      ['Thank you.', 'dahl'],
    ]);
  });
});
