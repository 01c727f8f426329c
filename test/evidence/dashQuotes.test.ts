// The quotation dash of Nordic and Finnish papers and their translations: a paragraph opens on a
// dash, has no marks, and ends on its reporting clause after a comma ("– …, says Ada Lind."). Near
// misses: a list's dash items, an interview's dash answer with no reporting clause. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'story.txt', 60);

describe('a quotation set apart by a dash', () => {
  it('is the words up to the reporting clause, of the speaker it names or its pronoun', () => {
    const story = [
      'VELL RADIO',
      '',
      'Talks on the dam resumed in Fjellby on Monday.',
      '',
      '– We are here to mend the dam, not to decide who broke it, says Henrik Dahl, the chief mediator, to Vell Radio.',
      '',
      'Dahl wants both sides to share the cost.',
      '',
      '– Half the water is a fair price for a quiet border, he says.',
      '',
      '– The door is open to everyone on the river, Mira Kostal said.',
      '',
      '– Nobody gave the river away. We share it now, Kostal told Vell Radio in Kessel.',
    ].join('\n');
    expect(quotes(story)).toEqual([
      ['dahl', 'We are here to mend the dam, not to decide who broke it'],
      ['dahl', 'Half the water is a fair price for a quiet border'],
      ['kostal', 'The door is open to everyone on the river'],
      ['kostal', 'Nobody gave the river away. We share it now'],
    ]);
  });

  it('reads no list item nor an answer without a reporting clause', () => {
    const story = [
      'VELL RADIO',
      '',
      'The draft holds three points:',
      '',
      '– a gauge on each bank, read by both sides;',
      '',
      '– no works between April and June.',
      '',
      '– Yes, we signed it.',
    ].join('\n');
    expect(quotes(story)).toEqual([]);
  });

  it("reads no wire summary's dashes, nor a question going on past its clause", () => {
    const summary = [
      'VELL WIRE',
      '',
      'WHAT THE MINISTERS AGREED:',
      '',
      '– The ferry to Kessel runs again from Monday, Henrik Dahl said.',
      '',
      '– Both banks will get a gauge by June, Mira Kostal said.',
    ].join('\n');
    expect(quotes(summary)).toEqual([]);
    const interview = [
      'VELL RADIO',
      '',
      'We met the chief mediator in Kessel.',
      '',
      '– The dam deal is dead, Mira Kostal says. Is she right?',
      '',
      '– No. We meet again within the month.',
    ].join('\n');
    expect(quotes(interview)).toEqual([]);
  });

  it('reads the closing dash of Portuguese and Spanish papers before the reporting clause', () => {
    const story = [
      'VELL RADIO',
      '',
      'Senator Mira Kostal asked why Arvenia should pay for a flood that has not reached it.',
      '',
      '— The river is high today. Tomorrow it reaches us — said Kostal, who asked for a hearing.',
      '',
      '— A dam on a map — the envoy wrote in March — is no dam on the river.',
    ].join('\n');
    expect(quotes(story)).toEqual([['kostal', 'The river is high today. Tomorrow it reaches us']]);
  });

  it('reads no closing dash whose words go on after the clause, nor a clause without a speaker', () => {
    const story = [
      'VELL RADIO',
      '',
      'Senator Mira Kostal spoke to the chamber on Monday.',
      '',
      '— We will open the sluice — Kostal said — but only once Drava has paid for the repairs.',
      '',
      '— Two gauges on each bank — the third point — reads the draft both sides received.',
    ].join('\n');
    expect(quotes(story)).toEqual([]);
  });
});
