// A plenary record in translation labels the chair and the government's bench by office in lower
// case ("The chair:", "The minister:"), its members by name and party. Every text is invented.
import { describe, expect, it } from 'vitest';
import { turnLabel } from '../../src/evidence/genre.ts';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'record.txt', 36);

describe('an office in lower case as a label', () => {
  it('reads "The chair:", "The president (Ms Berg):" and "The minister:" as labels, on the line or over it', () => {
    expect(turnLabel('The chair:\nI give the floor to Mr Holm.')?.name).toBe('The Chair');
    expect(turnLabel('The president (Ms Berg): The sitting is open.')).toMatchObject({
      name: 'The President',
      aside: 'Ms Berg',
    });
    expect(turnLabel('The deputy minister: Thank you.')?.name).toBe('The Deputy Minister');
  });

  it('leaves prose that opens with an office alone', () => {
    expect(turnLabel('The chair of the committee said the text was late.')).toBeUndefined();
    expect(turnLabel('The chairs: eleven of them, set in a circle.')).toBeUndefined();
  });

  it("gives a translated record's chair turns to the chair, not to the member before", () => {
    const record = [
      'German Bundestag, 112th sitting (translation)',
      '',
      'The president:',
      'I open the debate. The floor goes to Mr Holm.',
      '',
      'Per Holm (CDU/CSU):',
      'Madam President, the text went to Kessel and to Drava on the same evening. We know it.',
      '',
      'The president:',
      'There is a question from Ms Lind. Do you allow it?',
      '',
      'Per Holm (CDU/CSU):',
      'Gladly.',
      '',
      'Ada Lind (SPD):',
      'Mr Holm, who told you that both capitals have it?',
    ].join('\n');
    expect(quotes(record).map(([who]) => who)).toEqual([
      'The President',
      'Per Holm',
      'The President',
      'Per Holm',
      'Ada Lind',
    ]);
  });
});
