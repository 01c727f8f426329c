// A ministry's regular briefing names each asker by the outlet alone, in names that need not look
// like an outlet's: the briefer answers every one of them, so they are the room. Near misses: an
// interview of one asker, and a roster person who asks at a joint event. Texts invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const briefing = (asker: string) =>
  [
    "Foreign Ministry Spokesman Pavel Surin's Regular Press Briefing on 3 March 2031",
    '',
    'Pavel Surin: Good afternoon. I have no announcement today. Your questions, please.',
    '',
    'Vellkast: Has Torvania received the annex? Some say it has not.',
    '',
    'Pavel Surin: It was sent on Monday. They have it.',
    '',
    `${asker}: When will the talks resume?`,
    '',
    'Pavel Surin: On the twelfth, in Fjellby.',
    '',
    'Ostra English: The monitors, how many will there be?',
    '',
    'Pavel Surin: Two hundred, as we said.',
    '',
    'Vellkast: A follow-up. Some reports say three hundred.',
    '',
    'Pavel Surin: Those reports are wrong.',
  ].join('\n');

describe("a briefing's askers named by the outlet", () => {
  it('reads every label the briefer answers, and that asks, as a journalist', () => {
    expect(quotesRead(briefing('Dagsavisa'), 'briefing.txt', 12).map(([who]) => who)).toEqual([
      'surin',
      'journalist',
      'surin',
      'journalist',
      'surin',
      'journalist',
      'surin',
      'journalist',
      'surin',
    ]);
  });

  it("keeps a roster person's question as that person's", () => {
    expect(quotesRead(briefing('Ingrid Solberg'), 'briefing.txt', 12)[3]?.[0]).toBe('solberg');
  });

  it('leaves an interview of one asker to its name', () => {
    const interview = [
      'Press conference: Pavel Surin answers Anna Vell',
      '',
      'Anna Vell: Has Torvania received the annex?',
      '',
      'Pavel Surin: It was sent on Monday.',
      '',
      'Anna Vell: And the monitors?',
      '',
      'Pavel Surin: Two hundred.',
    ].join('\n');
    expect(quotesRead(interview, 'interview.txt', 12).map(([who]) => who)).not.toContain('journalist');
  });

  it('leaves a guest at the podium to their name, though they ask the room a question of their own', () => {
    const guested = briefing('Dagsavisa').replace(
      'Pavel Surin: Those reports are wrong.',
      [
        'Pavel Surin: Those reports are wrong. Director Holm may add a word.',
        '',
        'Director Holm: Gladly. Who would send fewer? Nobody would.',
        '',
        'Pavel Surin: Thank you. Next.',
        '',
        'Fjord Post: We have heard the annex is signed. We hear it from two sides. Is it?',
        '',
        'Pavel Surin: Not yet.',
      ].join('\n'),
    );
    const read = quotesRead(guested, 'briefing.txt', 12);
    expect(read[9]?.[0]).toBe('Holm');
    expect(read[11]?.[0]).toBe('journalist');
  });

  it('leaves a label that states more than it asks to its name', () => {
    const statements = briefing('Dagsavisa').replace(
      'Ostra English: The monitors, how many will there be?',
      'Ostra English: The monitors, how many?\n\nPavel Surin: Two hundred.\n\nOstra English: We count three hundred.\n\nPavel Surin: Noted.\n\nOstra English: And we stand by it.',
    );
    expect(
      quotesRead(statements, 'briefing.txt', 12).filter(([, w]) => w?.startsWith('We count'))[0]?.[0],
    ).not.toBe('journalist');
  });
});
