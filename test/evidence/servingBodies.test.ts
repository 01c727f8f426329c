// A text issued by a body that serves an office ("A readout issued by the Foreign Minister's Office
// said …"): the body speaks, not the office's holder, and "issued by" names the issuer as "from"
// does. Near miss: the office itself ("the Foreign Minister said") is its holder. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'news-call.txt', 30);

describe('a text issued by the body that serves an office', () => {
  it('gives the quotation to the office’s body, not to its holder', () => {
    const story = [
      'Call between the capitals leaves the annex open',
      '',
      'FJELLBY, March 3 (Tidende) - Norland and Arvenia gave different accounts of Wednesday’s call.',
      '',
      'A readout issued by the Foreign Minister\'s Office in Fjellby said the call had been "requested by the Arvenian side" and lasted twenty minutes.',
    ].join('\n');
    expect(quotes(story)[0]?.[0]).toBe("Foreign Minister's Office");
  });

  it('keeps the office’s holder where the office itself speaks', () => {
    const story = [
      'Call between the capitals leaves the annex open',
      '',
      'FJELLBY, March 3 (Tidende) - Norland and Arvenia gave different accounts of Wednesday’s call.',
      '',
      'Norland\'s Foreign Minister said the call had been "requested by the Arvenian side" and lasted twenty minutes.',
    ].join('\n');
    expect(quotes(story)[0]?.[0]).toBe('solberg');
  });
});
