// An assembly's verbatim report sets its speakers off by a dash alone, the surname or the office in
// capitals ("THE PRESIDENT – …", "Mr HOLM (Norland, EPP/CD) – …"), and names its chair in the head
// ("(Ms Lind, President of the Assembly, in the Chair)", Hansard's "[Mr Per Holm in the Chair]").
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { turnLabel } from '../../src/evidence/genre.ts';
import { recordChair } from '../../src/evidence/turns.ts';
import { quotesRead } from './quotesRead.ts';
import { cpuTimed } from './timedRuns.ts';

const quotes = (text: string) => quotesRead(text, 'record.txt', 30);

describe('a capitals-and-dash label', () => {
  it('reads a member in capitals with the aside, and the office in capitals', () => {
    expect(turnLabel('Mr VAN DER BERG (Norland, ALDE) – Thank you, Madam President.')).toMatchObject({
      said: 'Mr VAN DER BERG',
      aside: 'Norland, ALDE',
    });
    expect(turnLabel('THE PRESIDENT – The sitting is open.')?.said).toBe('THE PRESIDENT');
  });

  it('leaves a name in running text before a dash, and a hyphen, to prose', () => {
    expect(turnLabel('Mr Berg – who chaired the talks – left early.')).toBeUndefined();
    expect(turnLabel('Mr BERG - a hyphen is prose.')).toBeUndefined();
  });

  it('names the chair from the head line "in the Chair"', () => {
    expect(
      recordChair('OSCE Parliamentary Assembly\n(Ms Solberg, President of the Assembly, in the Chair)\n'),
    ).toBe('Solberg');
    expect(recordChair('House of Commons\n[Mr Per Holm in the Chair]\n')).toBe('Per Holm');
  });

  it("gives an assembly's turns to the members and the office's to the chair in the head", () => {
    const record = [
      'OSCE PARLIAMENTARY ASSEMBLY',
      'Standing Committee, verbatim record',
      '(Ms Solberg, President of the Assembly, in the Chair)',
      '',
      'THE PRESIDENT – We turn to the report on the Vell river talks. I call Mr Dahl.',
      '',
      'Mr DAHL (Norland) – Thank you, Madam President. The text reached both capitals on the same evening.',
      '',
      'THE PRESIDENT – Thank you. I call Mr Varin.',
      '',
      'Mr VARIN (Torvania) – Madam President, Drava has received nothing that it could sign.',
    ].join('\n');
    expect(quotes(record).map(([who]) => who)).toEqual(['solberg', 'dahl', 'solberg', 'varin']);
  });
});

describe('a capitals-and-dash label on hostile input', () => {
  it('reads a paragraph of one capitals word thousands of letters long in one pass', () => {
    const { ms, value } = cpuTimed(() => turnLabel(`Mr ${'A'.repeat(200_000)} (x) - no dash`));
    expect(ms).toBeLessThan(2000);
    expect(value).toBeUndefined();
  });
});
