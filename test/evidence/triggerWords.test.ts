// The word scan that picks which event patterns run over a sentence: it finds every word only
// while no word starts another (one match is taken at each offset), and it must never keep a
// pattern from a sentence that pattern would match, whatever the case of the words. A new
// alternative in a trigger pattern needs its word in that pattern's list: the last two tests fail
// on a sentence that names an event in a way the words miss.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { triggerScan, triggerWords } from '../../src/evidence/events.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { processDocument } from '../../src/evidence/process.ts';
import { splitSentences } from '../../src/evidence/sentences.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;
const kinds = (text: string) =>
  extractClaims(text, { roster, genre: 'readout', published: '2031-03-05' })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((c) => c.data.eventKind);

describe('trigger words', () => {
  it('holds no word that is the start of another', () => {
    const words = triggerWords().map(([w]) => w);
    for (const a of words)
      for (const b of words) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });

  it('are lower case, as the scan looks them up', () => {
    for (const [w] of triggerWords()) expect(w).toBe(w.toLowerCase());
  });

  it('let each kind through in capitals and inside a longer word', () => {
    expect(kinds('CONVENED AT Drava on Thursday, 5 March.')).toEqual(['meeting']);
    expect(kinds('Held at Kessel on 5 March.')).toEqual(['meeting']);
    expect(kinds('The delegations reconvened in Drava on 5 March.')).toEqual(['meeting']);
    expect(kinds('SOLBERG SPOKE BY PHONE with President Varin on 5 March.')).toEqual(['call']);
    expect(kinds('The Summit in Kessel opened on 5 March.')).toEqual(['summit']);
    expect(kinds('Solberg Visited Drava on 5 March.')).toEqual(['visit']);
  });
});

// One sentence per alternative of every trigger pattern, in the order the patterns list them.
const EACH_FORM = [
  'The deadline passed.',
  'The mandate was extended to Friday.',
  'Both sides must reply by 3 March.',
  'A reply is due within ten days.',
  'Written replies were first due on 6 March.',
  'The accord enters into force on 1 May.',
  'The measures take effect from Monday.',
  'The truce expires on the 3rd of May.',
  'They held a phone call on Monday.',
  'A videoconference followed.',
  'Calls between the two leaders resumed.',
  "Solberg's call with Varin lasted an hour.",
  'Solberg spoke by phone with Varin.',
  'They held a call.',
  'Solberg telephoned Varin.',
  'They spoke today with President Varin.',
  'Kostal and Varin spoke on Tuesday.',
  'The March 4 call was short.',
  'It was their first conversation in a year.',
  'Varin said so in a video address.',
  'Dahl visited Drava.',
  'Dahl travelled to Kessel.',
  'Dahl flew to Kessel.',
  'Dahl heads to Kessel.',
  'Dahl arrived in Kessel.',
  'Dahl landed in Kessel.',
  'Dahl began a tour of the region.',
  'Dahl is on a trip to Kessel.',
  'Dahl continues on to Drava.',
  'Dahl is on a working visit.',
  'Dahl is in Kessel today for talks.',
  "Dahl'll be in Kessel tomorrow.",
  'The summit opened.',
  'They signed the Gannet Bank Accord.',
  // Words read inside a longer word (events.ts MID_WORD): the scan must not need their start.
  'Dahl countersigned the Gannet Bank Accord.',
  'Solberg telephoned Varin on Monday.',
  'The accord was signed.',
  'The envoys met.',
  'The meeting ended.',
  'The delegations gathered in Drava.',
  'The Prime Minister received Envoy Dahl.',
  'The Prime Minister welcomed President Varin.',
  'Solberg greeted the delegation.',
  'Consultations continued.',
  'Two conferences were held.',
  'Working sessions resumed.',
  'The plenary closed.',
  'The delegations reconvened.',
  'A working dinner followed.',
  'Drava hosted the round.',
  'See you in Kessel.',
  'We will see the delegations again.',
  'They will get together soon.',
  'Dahl briefed the Council.',
  'The council approved the plan.',
  'The decision of the Union Council, taken on 2 April, stands.',
  'At its assembly on Monday the Union spoke.',
  'Held at Corbel, on Thursday, 2 April.',
  'Convened in Drava on 2 April.',
  'The talks ended.',
  'Negotiations resumed.',
  'Discussions continued.',
  'The round closed.',
  'The joint statement followed.',
  'The readout was short.',
  'The communique was issued.',
  'The Union published its assessment.',
  'A signing ceremony followed.',
  'Dahl briefed the press.',
  'A press conference followed.',
  'A news briefing followed.',
  'A press point followed.',
  'Varin addressed the nation.',
  'A televised address to the nation followed.',
  'The mediator moved the date to 20 March.',
  'The period for replies was extended from 20 April to 27 April.',
  'It was moved to 21 March.',
  'The mediator gave both sides another week, to 13 March.',
  'The envoy is expected in Drava today.',
  'The envoy will be received in Drava.',
  'On 16 March our team will be in Fjellby.',
  'Yesterday in the Security Council we heard it again.',
  'The Council today tasked the envoy.',
  'The ministers voted on Monday to act.',
  'The ministry said on Friday that it was ready.',
  'Surin told journalists on Monday that nothing was agreed.',
  'Kostal posted on X that the text was agreed.',
  'Varin writes on Telegram that the text is final.',
  'In a Telegram message on Monday, Varin said the text was final.',
  'In a post on Facebook on Monday, Varin said the text was final.',
];

describe('the trigger-word scan', () => {
  it('runs each pattern on a sentence of each of its forms, in any case', () => {
    for (const sentence of EACH_FORM)
      for (const written of [sentence, sentence.toUpperCase()]) {
        const { matching, skipped } = triggerScan(written);
        expect(matching.length, written).toBeGreaterThan(0);
        expect(skipped, written).toEqual([]);
      }
  });

  it('runs every pattern that matches a sentence of the tuning sets and the bench fixtures', () => {
    const corpus = 'test/fixtures/evidence-corpus';
    const corpusRoster = JSON.parse(readFileSync(join(corpus, 'roster.json'), 'utf8')) as Roster;
    const dirs: [string, Roster][] = [
      ...['tuned', 'tuned2', 'tuned3'].map((h): [string, Roster] => [join(corpus, h), corpusRoster]),
      ['test/fixtures/evidence', roster],
    ];
    let sentences = 0;
    for (const [dir, people] of dirs)
      for (const file of readdirSync(dir).filter((f) => ['.txt', '.html', '.md'].includes(extname(f)))) {
        const { cleanText } = processDocument(readFileSync(join(dir, file)), file, { roster: people });
        for (const [start, end] of splitSentences(cleanText)) {
          sentences++;
          expect(triggerScan(cleanText.slice(start, end)).skipped, `${file}: ${start}`).toEqual([]);
        }
      }
    expect(sentences).toBeGreaterThan(500);
  });
});
