import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

function quotes(text: string): { words: string; speaker: string | undefined }[] {
  return extractClaims(text, { roster })
    .filter((c): c is Extract<SuggestedClaim, { kind: 'quote' }> => c.kind === 'quote')
    .map((c) => ({
      words: c.data.words,
      speaker: c.speaker?.personId ?? c.speaker?.partyId ?? c.speaker?.name,
    }));
}

describe('quotes and speakers', () => {
  it('finds "X said" after and "said X" after the quote', () => {
    expect(
      quotes('"We are close to a text," Dahl said. "Nobody leaves the room yet," said Ingrid Solberg.'),
    ).toEqual([
      { words: 'We are close to a text,', speaker: 'dahl' },
      { words: 'Nobody leaves the room yet,', speaker: 'solberg' },
    ]);
  });

  it('finds the subject of a reporting verb before the quote and "according to"', () => {
    expect(
      quotes(
        'Oleg Varin told reporters the draft was "a step in the wrong direction". According to Pavel Surin, "the Citadel has seen no paper at all."',
      ),
    ).toEqual([
      { words: 'a step in the wrong direction', speaker: 'varin' },
      { words: 'the Citadel has seen no paper at all.', speaker: 'surin' },
    ]);
  });

  it('resolves a pronoun to the last person named as a subject, not to names inside quotes', () => {
    const text =
      'President Mira Kostal said on Monday she was ready to meet Varin.\n\n"I will talk to President Varin wherever he likes," she said.';
    expect(quotes(text)).toEqual([
      { words: 'I will talk to President Varin wherever he likes,', speaker: 'kostal' },
    ]);
  });

  it('resolves a title to the last person holding it', () => {
    const text =
      'Special envoy Henrik Dahl flew to Drava. Later the envoy said the plan "still needs the water annex".';
    expect(quotes(text)).toEqual([{ words: 'still needs the water annex', speaker: 'dahl' }]);
  });

  it('keeps an unnamed source and a person outside the roster', () => {
    const text =
      'A senior Norland official told the Fjord Herald the text was "nearly finished". "The rest is politics," the official said. "We will see," Senator Ruth Okafor said.';
    // The official is described, not named, but Norland's: two words reported as the official's are kept.
    expect(quotes(text)).toEqual([
      { words: 'nearly finished', speaker: 'norland' },
      { words: 'The rest is politics,', speaker: 'norland' },
      { words: 'We will see,', speaker: 'Ruth Okafor' },
    ]);
    const described = extractClaims(text, { roster }).find((c) => c.kind === 'quote');
    expect(described?.kind === 'quote' && described.speaker?.name).toBe('senior Norland official');
  });

  it('follows a quotation across paragraphs', () => {
    const text =
      'Kostal spoke last.\n\n"We came here to finish.\n\n"And we will not leave without a map," Kostal said.';
    expect(quotes(text)).toEqual([
      { words: 'We came here to finish. And we will not leave without a map,', speaker: 'kostal' },
    ]);
  });

  it('ignores scare quotes of fewer than three words', () => {
    expect(quotes('Varin called the plan a "basis" and a "good start".')).toEqual([]);
  });
});

describe('sources who give only a name', () => {
  it('gives the quote the name a source gave, after the quote or earlier in its paragraph', () => {
    expect(
      quotes('"The river took everything," said one fisherman, who gave his name as Jonas.').map(
        (q) => q.speaker,
      ),
    ).toEqual(['Jonas']);
    expect(
      quotes(
        'A nurse who gave only her first name, Agnes, described the night in Fjellby. "We had no light and no water for two days."',
      ).map((q) => q.speaker),
    ).toEqual(['Agnes']);
    expect(
      quotes('"Nobody asked us," said a resident identified only as Marek Olsen.').map((q) => q.speaker),
    ).toEqual(['Marek Olsen']);
  });

  it('keeps a named speaker, and reads no name in a sentence after the quote’s own', () => {
    expect(
      quotes(
        '"The quota holds for one season," Oleg Varin said, thanking a fisherman who gave his name as Jonas.',
      ).map((q) => q.speaker),
    ).toEqual(['varin']);
    expect(
      quotes(
        '"We had no light and no water for two days," one nurse said. Later a doctor, identified as Agnes, arrived.',
      ).map((q) => q.speaker),
    ).not.toContain('Agnes');
  });
});

describe('a pronoun after a quotation of the same paragraph', () => {
  it('is the speaker last named, by a title too, not the name mentioned before that', () => {
    const text =
      'President Oleg Varin spoke with Foreign Minister Ingrid Solberg on Monday.\n\n' +
      'Ingrid Solberg joined for the second half.\n\n' +
      'The President said the quota was the priority. "Not one boat goes out before the river is mapped," the President said. ' +
      'He added that Torvania would release the crews "in equal numbers and on the same day."';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['varin', 'varin']);
  });

  it('goes to a name written after the last quotation', () => {
    const text =
      '"Not one boat goes out before the river is mapped," Oleg Varin said. Ingrid Solberg listened. ' +
      'She added that Norland would host the next round "in the spring, and for as long as it takes."';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['varin', 'solberg']);
  });
});

describe('a headline opening with a quotation in single marks', () => {
  const body =
    '\n\nFJELLBY — The boats came home on Tuesday. "We had given up. When I saw the harbour I could not speak," said Oleg Varin, who met the crews.';

  it('gives it the speaker of the body quotation that holds its words', () => {
    expect(quotes(`'I could not speak': crews return to Fjellby${body}`)).toEqual([
      { words: 'I could not speak', speaker: 'varin' },
      { words: 'We had given up. When I saw the harbour I could not speak,', speaker: 'varin' },
    ]);
  });

  it('leaves it out when the body never says it, or when the marks are no quotation', () => {
    expect(quotes(`'Never again': crews return to Fjellby${body}`)).toHaveLength(1);
    expect(quotes(`'Hope' returns to Fjellby as the crews come home${body}`)).toHaveLength(1);
  });
});

describe('quotations in single marks', () => {
  it('reads British-style single marks like double ones, apostrophes inside the words left alone', () => {
    expect(
      quotes("Oleg Varin called the quota 'a gift to Arvenia's trawlers, paid by Torvania's ports'."),
    ).toEqual([{ words: "a gift to Arvenia's trawlers, paid by Torvania's ports", speaker: 'varin' }]);
    expect(quotes("'We are not there yet,' said Ingrid Solberg. 'The annex needs another week.'")).toEqual([
      { words: 'We are not there yet,', speaker: 'solberg' },
      { words: 'The annex needs another week.', speaker: 'solberg' },
    ]);
    expect(
      quotes("President Kostal told the assembly (in Kessel) the text was 'the best we could get'."),
    ).toEqual([{ words: 'the best we could get', speaker: 'kostal' }]);
  });

  it('reads no quotation in apostrophes alone: possessives, contractions, plural possessives', () => {
    expect(
      quotes(
        "The delegations' experts met in Fjellby. Torvania's team didn't sign, and the Union's observers weren't asked. The ministers' statement came later.",
      ),
    ).toEqual([]);
    // A quotation in double marks keeps the single marks inside it as its own words.
    expect(quotes('"He told me, \'We sign tomorrow,\' and left," Henrik Dahl said.')).toEqual([
      { words: "He told me, 'We sign tomorrow,' and left,", speaker: 'dahl' },
    ]);
  });
});

describe('marks that are no quotation marks, and speakers named once with a title', () => {
  it('reads a straight mark after a figure as the inch or the second, not as an opening mark', () => {
    expect(
      quotes('The pipe is 48" wide, engineers said. "The pipe will be ready by May," Henrik Dahl said.'),
    ).toEqual([{ words: 'The pipe will be ready by May,', speaker: 'dahl' }]);
    expect(
      quotes('The last gun fell silent at 11:02:30" local time. "It is over," Mira Kostal said.'),
    ).toEqual([{ words: 'It is over,', speaker: 'kostal' }]);
    // A closing mark after a figure still closes.
    expect(quotes('Henrik Dahl said the count was "more than 48" and left.')).toEqual([
      { words: 'more than 48', speaker: 'dahl' },
    ]);
  });

  it('gives a quotation to a surname outside the roster that the text named once with a title', () => {
    for (const name of ['Connell', "O'Neill"])
      expect(quotes(`Ambassador ${name} met Henrik Dahl. "We are ready," ${name} said in Fjellby.`)).toEqual([
        { words: 'We are ready,', speaker: name },
      ]);
    // Without a title the lone surname is no one known.
    expect(quotes('Connell met Henrik Dahl. "We are ready," Connell said in Fjellby.')).toEqual([
      { words: 'We are ready,', speaker: undefined },
    ]);
  });
});
