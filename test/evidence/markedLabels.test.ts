// Speaker labels behind a mark the record repeats before each turn: a podcast transcript that sets
// "■" before every voice, a Commons committee's oral evidence that numbers the questions ("Q12
// Chair:") under a head listing who is present, and a translated plenary record that numbers each
// speech ("Anf. 7"). Key points under symbols in a news story are no turns. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { quotesRead } from './quotesRead.ts';
import { roster } from './roster.ts';

const read = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'record.txt', { roster, received: '2031-04-01' });
const quotes = (text: string) => quotesRead(text, 'record.txt', 40);

describe('labels behind a repeated mark', () => {
  it('a podcast that sets a symbol before every voice is read turn by turn', () => {
    const podcast = [
      'The Vell Desk podcast, episode 41',
      'Transcript',
      '■ Ana Berg: Welcome back. With me is the special envoy, Henrik Dahl.',
      '■ Henrik Dahl: Thank you for having me. It has been a long week.',
      '■ Ana Berg: Is there a text both capitals accept?',
      '■ Henrik Dahl: There is a text of nine points, and seven of them are settled.',
    ].join('\n\n');
    expect(read(podcast).genre.genre).not.toBe('news');
    expect(quotes(podcast)).toEqual([
      ['Ana Berg', 'Welcome back. With me is the special env'],
      ['dahl', 'Thank you for having me. It has been a l'],
      ['Ana Berg', 'Is there a text both capitals accept?'],
      ['dahl', 'There is a text of nine points, and seve'],
    ]);
  });

  it("a numbered speech mark over the label's own line is the speaker's turn", () => {
    const plenary = [
      'Record of proceedings 2030/31:88',
      'Thursday 4 March 2031',
      'Anf. 7 Foreign Minister INGRID SOLBERG:',
      'Madam Speaker! The third round closed on Tuesday, and the river chapter is agreed.',
      'Anf. 8 TARAS MELNYK:',
      'Madam Speaker! Kessel has not yet seen the revised text of the mediator.',
      'Anf. 9 Foreign Minister INGRID SOLBERG:',
      'Madam Speaker! The text reached both embassies on the same evening.',
    ].join('\n\n');
    expect(quotes(plenary)).toEqual([
      ['solberg', 'Madam Speaker! The third round closed on'],
      ['melnyk', 'Madam Speaker! Kessel has not yet seen t'],
      ['solberg', 'Madam Speaker! The text reached both emb'],
    ]);
  });

  it("a committee's head listing who is present speaks no words before the first marked turn", () => {
    const committee = [
      'Minutes of the Committee on Foreign Affairs',
      'Members present',
      'Chair: Pavel Surin',
      'State officials present',
      'Foreign Minister: Ingrid Solberg',
      '◆Chair (Pavel Surin): The meeting will come to order. The Minister has the floor.',
      '◆Foreign Minister (Ingrid Solberg): Thank you. The round closed on Tuesday.',
      '◆Chair (Pavel Surin): Thank you. The meeting is adjourned.',
      'Adjourned at 11:42 a.m.',
    ].join('\n\n');
    expect(quotes(committee)).toEqual([
      ['surin', 'The meeting will come to order. The Mini'],
      ['solberg', 'Thank you. The round closed on Tuesday.'],
      ['surin', 'Thank you. The meeting is adjourned.'],
    ]);
  });

  it('key points under a symbol in a news story, no label coming back, are no turns', () => {
    const story = [
      'Vell talks: where the parties stand',
      'FJELLBY, March 4 — The third round closed with three positions on the table.',
      '◆ Arvenia: wants the river chapter signed before the summer.',
      '◆ Torvania: asks for a second reading of the annex.',
      '◆ Norland: proposes a joint commission on the dam.',
      'Mediators said a fourth round could open in April.',
    ].join('\n\n');
    expect(read(story).genre.genre).toBe('news');
    expect(quotes(story)).toEqual([]);
  });

  it("a wire roundup's topics under a bullet, topics coming back, are no turns and leave the closing quotation", () => {
    const roundup = [
      'Where the Vell talks stand before the fourth round',
      'KESSEL (AP) — The delegations return on Monday with three chapters open. Where things stand:',
      '■ River: Arvenia wants the flow fixed for ten years; Torvania offers five.',
      '■ Annex: Torvania accepts the map but not the footnotes.',
      '■ River: A joint commission would review the flow every two years, the mediators proposed.',
      '■ Annex: Both sides want the footnotes settled by the lawyers.',
      '■ Signing: A date before the summer is still possible.',
      '"We are close on two of the three," Pavel Surin said on Friday.',
    ].join('\n\n');
    expect(read(roundup).genre.genre).toBe('news');
    expect(quotes(roundup)).toEqual([['surin', 'We are close on two of the three,']]);
  });

  it('numbered key points in a briefing note, the topics coming back, are no turns', () => {
    const note = [
      'Vell talks: the open points',
      'The mediators circulated their list on Thursday evening.',
      '(1) Dam: the flow is to be measured at the border station.',
      '(2) Fishing: quotas for the lower river are to be set each spring.',
      '(3) Dam: repairs are shared half and half.',
      '(4) Fishing: a joint patrol on the lake.',
      'The list goes to both capitals before the round on Monday.',
    ].join('\n\n');
    expect(quotes(note)).toEqual([]);
  });
});
