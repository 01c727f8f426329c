// A list of a speaker's lines under a sentence that names the speaker and ends on a colon, each item
// quoting some of the words in marks: a travel pool's report ("-- Signing is "pencilled for …""),
// a desk's e-mail, a liveblog's key lines. The marked words are the speaker's, the rest the writer's,
// even when the sentence says "gave a readout" rather than "said". Every text is invented.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.text]);

describe('marked words in the items of a list a named speaker introduces', () => {
  it("gives a pool report's double-hyphen items' marked words to the spokesperson", () => {
    const pool = [
      'Pool report #2 -- Fjellby',
      '',
      '4:10 PM -- Government spokesperson Pavel Surin gave the pool a readout in the lobby, on the record:',
      '',
      '-- The meeting was "long and useful" and ran past six.',
      '-- On the order of signature: "Nothing is settled."',
      '',
      'Your pooler could not confirm the venue.',
    ].join('\n');
    expect(quotes(pool)).toEqual([
      ['surin', 'long and useful'],
      ['surin', 'Nothing is settled.'],
    ]);
  });

  it("reads a desk's bulleted e-mail and a liveblog's key lines alike", () => {
    const email = [
      'Quick note from the ministry. Mira Kostal briefed the diplomatic corps this morning:',
      '',
      '• the nine-point text is "the basis, not the end";',
      '• Arvenia wants "a date before the summer".',
    ].join('\n');
    expect(quotes(email)).toEqual([
      ['kostal', 'the basis, not the end'],
      ['kostal', 'a date before the summer'],
    ]);
    const live = [
      '11:42 Key lines from Henrik Dahl, speaking in Fjellby a moment ago:',
      '',
      '1. The envoy called the text "nearly done".',
      '2. He would not give a date: "When it is ready."',
    ].join('\n');
    expect(quotes(live).map(([s]) => s)).toEqual(['dahl', 'dahl']);
  });

  it('does not give the marked words to the one person a fronted phrase names as met or thanked', () => {
    const items = ['', '- the round was "long but useful";', '- a second round is "likely in May".'].join(
      '\n',
    );
    for (const intro of [
      'During a call with Henrik Dahl, the ministry gave its readout:',
      'Thanking Henrik Dahl for his visit, the ministry gave its readout:',
    ])
      expect(quotes(`${intro}\n${items}`).map(([s]) => s)).not.toContain('dahl');
    // An apposition sets the description apart: Dahl is still the one who sets the lines out.
    expect(quotes(`Henrik Dahl, the envoy, gave his readout:\n${items}`).map(([s]) => s)).toEqual([
      'dahl',
      'dahl',
    ]);
  });

  it('leaves the marks of a list whose sentence names two people or none to the usual rules', () => {
    const two = [
      'Mira Kostal and Oleg Varin met in Fjellby. Henrik Dahl hosted Mira Kostal and Oleg Varin for lunch:',
      '',
      '- the "Fjellby format" was not discussed;',
      '- the next round is in May.',
    ].join('\n');
    expect(quotes(two).every(([s]) => s !== 'dahl' && s !== 'kostal' && s !== 'varin')).toBe(true);
  });
  it("keeps an item without marks the pooler's, and a 'said:' list's items whole, marks and all", () => {
    const pool = [
      '5:02 PM -- Government spokesperson Pavel Surin gave the pool a readout on the record:',
      '-- The meeting was "long and useful".',
      '-- The motorcade left for the airport at 5:10 PM.',
      '-- Signing is "pencilled for June".',
    ].join('\n\n');
    expect(quotes(pool)).toEqual([
      ['surin', 'long and useful'],
      ['surin', 'pencilled for June'],
    ]);
    const said = [
      'Henrik Dahl said:',
      '- The talks resume in May.',
      '- The so-called "Fjellby format" is dead and will not come back.',
    ].join('\n\n');
    expect(quotes(said)).toEqual([
      ['dahl', 'The talks resume in May.'],
      ['dahl', 'The so-called "Fjellby format" is dead and will not come back.'],
    ]);
  });
});
