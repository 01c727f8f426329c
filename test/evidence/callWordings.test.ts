// Who asked for a call, in the other ways readouts and briefings word it: "at the latter's
// request" (the one named last before it), "on the initiative of" (readouts translated from
// languages that say "on"), an office written in full before the one called ("called President
// of Torvania Oleg Varin"), a time before the call received, a headline without its article. A
// weekly briefing looking back on the call is dated days later but names its day; a channel's
// undated post names the same two people. Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { initiatorOf } from '../../src/evidence/initiative.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const caller = (text: string) => initiatorOf({ text, words: new Set<string>(), names: [] } as never, roster);

describe('who asked for a call, in other wordings', () => {
  it('reads "the latter" and "the former" as the people named before them', () => {
    expect(
      caller('President Mira Kostal spoke by telephone with President Oleg Varin, at the latter’s request.'),
    ).toBe('torvania');
    expect(
      caller('President Mira Kostal spoke by telephone with President Oleg Varin, at the former’s request.'),
    ).toBe('arvenia');
    expect(caller('The call took place at the latter’s request.')).toBeUndefined();
  });

  it('reads "on the initiative of", a full office, a time before the call and a headline', () => {
    expect(caller('The conversation took place on the initiative of the Torvanian side.')).toBe('torvania');
    expect(caller('President Mira Kostal called President of Torvania Oleg Varin on Tuesday.')).toBe(
      'arvenia',
    );
    expect(
      caller('President Kostal received on Tuesday evening a telephone call from President Varin.'),
    ).toBe('torvania');
    expect(caller('President Kostal Receives Phone Call from President Varin')).toBe('torvania');
  });

  it('reads no caller in a letter received or a call on someone', () => {
    expect(caller('President Kostal received on Tuesday a letter from President Varin.')).toBeUndefined();
    expect(caller('President Kostal called on President of Torvania Oleg Varin to free the crews.')).toBe(
      undefined,
    );
    expect(caller('The talks resumed on the initiative front.')).toBeUndefined();
  });

  it('reads "on the initiative of" of the occasion only, not of a proposal agreed or voted on', () => {
    expect(
      caller('On the initiative of the Torvanian side, a telephone conversation was held with Kostal.'),
    ).toBe('torvania');
    expect(caller('The meeting was held, on the initiative of the Arvenian side, in Drava.')).toBe('arvenia');
    expect(caller('The envoys decided on the initiative of Torvania to open a hotline.')).toBeUndefined();
    expect(caller('The session voted on the initiative of the Arvenian side.')).toBeUndefined();
  });

  it('flags no proposal against who asked for a meeting, and no appeal as a call', () => {
    const meeting = doc(
      'b',
      'The foreign ministers of Arvenia and Torvania urged restraint; the meeting was held at the request of the Torvanian side.',
      'readout',
      '2031-03-03',
    );
    const proposal = doc(
      'a',
      'The foreign ministers of Arvenia and Torvania urged restraint and agreed on the initiative of Arvenia to open a hotline.',
      'news',
      '2031-03-03',
    );
    expect(kinds(proposal, meeting)).toEqual([]);
    // An appeal in both ("called for", "called upon") makes neither a call: a meeting and a call apart.
    const talks = doc(
      'a',
      'The ministers called for restraint at talks in Drava held at the request of the Arvenian side.',
      'news',
      '2031-03-03',
    );
    const call = doc(
      'b',
      'The ministers called upon both sides to show restraint; the call took place at the request of the Torvanian side.',
      'readout',
      '2031-03-03',
    );
    expect(kinds(talks, call)).toEqual([]);
  });

  // A post of no date: its claims read without one.
  const post = (text: string) => ({
    source: 'b',
    cleanText: text,
    claims: extractClaims(text, { roster, genre: 'social' }),
  });
  const postKinds = (...docs: Parameters<typeof linkSources>[0]) =>
    linkSources(docs, roster).disagreements.map((d) => `${d.kind} ${d.a.source}${d.b.source}`);
  const readout = doc(
    'a',
    'President Mira Kostal called President Oleg Varin on Monday 2 March 2031.',
    'readout',
    '2031-03-02',
  );

  it('flags a briefing days later that dates the call the same day and gives it to the other side', () => {
    const briefing = doc(
      'b',
      'On 2 March, at the request of the Torvanian side, President Kostal held a telephone conversation with President Varin.',
      'press-conference',
      '2031-03-12',
    );
    expect(kinds(readout, briefing)).toEqual(['attribution ab']);
  });

  it('does not flag a briefing days later about a call of another day', () => {
    const briefing = doc(
      'b',
      'On 9 March, at the request of the Torvanian side, President Kostal held a telephone conversation with President Varin.',
      'press-conference',
      '2031-03-12',
    );
    expect(kinds(readout, briefing)).toEqual([]);
  });

  it('flags an undated post naming the same two people, not one naming someone else', () => {
    expect(
      postKinds(
        readout,
        post('President Oleg Varin this afternoon received a telephone call from President Mira Kostal.'),
      ),
    ).toEqual([]);
    expect(
      postKinds(
        readout,
        post('President Mira Kostal this afternoon received a telephone call from President Oleg Varin.'),
      ),
    ).toEqual(['attribution ab']);
    expect(
      postKinds(
        readout,
        post('President Mira Kostal this afternoon received a telephone call from Henrik Dahl of Norland.'),
      ),
    ).toEqual([]);
  });

  it('reads an undated post that names its day in the dated readout’s year: one call only on its day', () => {
    expect(
      postKinds(
        readout,
        post('On 11 June, President Mira Kostal took a telephone call from President Oleg Varin.'),
      ),
    ).toEqual([]);
    expect(
      postKinds(
        readout,
        post('On 2 March, President Mira Kostal took a telephone call from President Oleg Varin.'),
      ),
    ).toEqual(['attribution ab']);
  });

  it('reads the day of the call, not of a deadline the post names before it', () => {
    expect(
      postKinds(
        readout,
        post(
          'With the 30 April cut-off for replies close, President Mira Kostal took a telephone call from President Oleg Varin on 2 March.',
        ),
      ),
    ).toEqual(['attribution ab']);
    expect(
      postKinds(
        readout,
        post(
          'Ahead of the 30 April deadline, President Mira Kostal took a telephone call from President Oleg Varin.',
        ),
      ),
    ).toEqual(['attribution ab']);
    // The call's own day, after "on", still tells another call.
    expect(
      postKinds(
        readout,
        post(
          'Ahead of the 30 April deadline, President Mira Kostal took a telephone call from President Oleg Varin on 11 June.',
        ),
      ),
    ).toEqual([]);
  });

  it('flags a headline saying who called against the readout of the other side', () => {
    const headline = doc(
      'b',
      'President Varin Receives Phone Call from President Kostal',
      'readout',
      '2031-03-03',
    );
    expect(
      kinds(
        doc(
          'c',
          'The conversation took place on the initiative of the Torvanian side.',
          'readout',
          '2031-03-02',
        ),
        headline,
      ),
    ).toEqual(['attribution cb']);
  });
});
