// "The next round", "the next meeting", "the delegations will meet again": two sources that name
// the one occasion still ahead, in whatever words, are one event, and two days given to it are
// a date contradiction. Another format, a standing body's sitting, a signing or a "next round"
// told after the other's had passed stay apart.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs, kinds } from './linkedDocs.ts';

const on = '2031-03-18';

describe('the next occasion told by two sources', () => {
  it('links a joint statement’s next round with a ministry’s Telegram post on the next meeting, and flags the days', () => {
    const joint = doc(
      'joint',
      'The Parties agreed to hold the next round of talks in Fjellby on 2 April 2031.',
      'joint-statement',
      on,
    );
    const post = doc('post', 'MFA of Torvania\nThe next meeting will take place on 3 April.', 'social', on);
    expect(eventPairs([joint, post])).toEqual(['joint-post']);
    expect(kinds(joint, post)).toContain('date jointpost');
  });

  it('links "will meet again", "reconvene" and "talks will resume" with "the next round"', () => {
    const wire = doc(
      'wire',
      'FJELLBY, March 18 (Vell Wire) - The delegations will meet again on 2 April, a Norland diplomat said.',
      'news',
      on,
    );
    const briefing = doc(
      'briefing',
      'MS ENG: The next session of the talks will open on 3 April. We will host it here in Fjellby.',
      'press-conference',
      on,
    );
    expect(eventPairs([wire, briefing])).toEqual(['briefing-wire']);
    const readout = doc('readout', 'The next round will take place in Fjellby on 2 April.', 'readout', on);
    const news = doc('news', 'Talks will resume in Fjellby on 3 April, the Citadel said.', 'news', on);
    expect(eventPairs([readout, news])).toEqual(['news-readout']);
    expect(kinds(readout, news)).toContain('date readoutnews');
    const kremlin = doc(
      'kremlin',
      'The next round of talks will be held in Fjellby on 2 April.',
      'readout',
      on,
    );
    const presidency = doc(
      'presidency',
      'The delegations will reconvene in Fjellby on 3 April.',
      'readout',
      on,
    );
    expect(eventPairs([kremlin, presidency])).toEqual(['kremlin-presidency']);
  });

  it('takes the only round a source announces for the next one another names', () => {
    const kessel = doc(
      'kessel',
      'The leaders agreed that the delegations will meet in Fjellby on 18 March.',
      'readout',
      '2031-03-04',
    );
    const drava = doc(
      'drava',
      'It was agreed that contacts would continue at the level of delegations. The next round will be held in Fjellby on March 20.',
      'readout',
      '2031-03-04',
    );
    expect(eventPairs([kessel, drava])).toEqual(['drava-kessel']);
  });

  it('keeps apart a leaders’ meeting and the delegations’ next round', () => {
    expect(
      eventPairs([
        doc('a', 'Kostal and Varin will meet in Fjellby on 2 April.', 'readout', on),
        doc('b', 'The delegations will hold the next round in Fjellby on 3 April.', 'readout', on),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'The leaders will meet again in Fjellby on 2 April.', 'readout', on),
        doc('b', 'The next round of talks is scheduled for 3 April.', 'news', on),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'The expert groups will meet again on 2 April.', 'readout', on),
        doc('b', 'The next round will be held in Fjellby on 3 April.', 'news', on),
      ]),
    ).toEqual([]);
  });

  it('keeps apart the next round told before another round was held and the one told after it', () => {
    const early = doc(
      'early',
      'The next round will be held in Fjellby on 18 March.',
      'readout',
      '2031-03-04',
    );
    const late = doc('late', 'The next round will be held in Fjellby on 2 April.', 'readout', '2031-03-20');
    expect(eventPairs([early, late])).toEqual([]);
    expect(kinds(early, late)).toEqual([]);
  });

  it('keeps apart a committee’s next sitting and the next round, and next rounds in two towns', () => {
    expect(
      eventPairs([
        doc(
          'hansard',
          'The committee will meet again on 2 April in private session.',
          'meeting-transcript',
          on,
        ),
        doc('wire', 'The next round of talks is scheduled for 3 April.', 'news', on),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        doc('a', 'The next round will be held in Lorne on 2 April.', 'readout', on),
        doc('b', 'The next round will be held in Castelmar on 9 April.', 'readout', on),
      ]),
    ).toEqual([]);
  });

  it('keeps the next meeting a source announces apart from the one held before it wrote, also through a third report', () => {
    // The body met in Fjellby on 6 March; a report of 7 March says it will meet there again later in March.
    const held = doc(
      'held',
      'The working group met in Fjellby on 6 March to compare catch figures.',
      'readout',
      '2031-03-06',
    );
    const again = doc(
      'again',
      'The working group will meet again in Fjellby later in March.',
      'news',
      '2031-03-07',
    );
    expect(eventPairs([held, again])).toEqual([]);
    // An undated question on "the Fjellby meeting" matches each of them: it does not join the two.
    const asked = doc(
      'asked',
      'Question: Did the chair of the working group attend the Fjellby meeting?',
      'press-conference',
      '2031-03-08',
    );
    expect(eventPairs([held, again, asked])).not.toContain('again-held');
    // The meeting after the announcement is the one it announced.
    const later = doc(
      'later',
      'The working group met in Fjellby on 24 March and agreed the catch table.',
      'readout',
      '2031-03-24',
    );
    expect(eventPairs([again, later])).toEqual(['again-later']);
  });
});
