// A briefing whose turns keep to one paragraph each ends its last turn at that paragraph (what follows
// is the page's), unless the speaker closes the record in a paragraph of their own, to the room.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const briefing = (after: string) =>
  [
    'Press conference by the Norland envoy, 3 March 2031',
    '',
    'Henrik Dahl: Good morning. The second round ended yesterday in Fjellby.',
    '',
    'Fjell Radio: Has the annex been sent to both delegations?',
    '',
    'Henrik Dahl: It went to both on Friday evening, at the same hour.',
    '',
    'Vell Times: Is the signing date fixed?',
    '',
    'Henrik Dahl: I have nothing to add on the date.',
    '',
    after,
  ].join('\n');

const lastWords = (text: string) => String(quotesRead(text, 'press-conference.txt', 200).at(-1)![1]);

describe("a briefing's last turn", () => {
  it('keeps the speaker’s closing words to the room', () => {
    expect(
      lastWords(briefing('If there are no further questions, that concludes this briefing. Thank you.')),
    ).toBe(
      'I have nothing to add on the date. If there are no further questions, that concludes this briefing. Thank you.',
    );
  });

  it('leaves out a paragraph of the page after it', () => {
    expect(lastWords(briefing('Subscribe to our newsletter for the envoy’s next briefings.'))).toBe(
      'I have nothing to add on the date.',
    );
  });
  it('leaves out the transcriber’s closing note on the record', () => {
    expect(lastWords(briefing('This ends the provisional transcript issued by the envoy’s office.'))).toBe(
      'I have nothing to add on the date.',
    );
  });

  it('keeps the speaker ending the briefing in those words', () => {
    expect(lastWords(briefing('This ends our briefing for today.'))).toBe(
      'I have nothing to add on the date. This ends our briefing for today.',
    );
  });
});
