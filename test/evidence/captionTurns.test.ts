// A video's timed captions as platforms print them: YouTube's transcript of a streamed interview
// (">>" where the captioner heard a new voice), a broadcaster's closed captions with the clock on
// the line, and automatic captions of a joint press conference that mark no voice at all. Every
// text is invented for the test.
import { describe, expect, it } from 'vitest';
import { captionQuotes, isCaptionTranscript } from '../../src/evidence/captionTurns.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { splitSentences } from '../../src/evidence/sentences.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const turns = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote' && c.data.form === 'turn')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

const youtube = [
  'Norland\'s envoy: "We are close" | Henrik Dahl, full interview',
  'River Desk',
  '88K subscribers',
  'Streamed live on Mar 4, 2031',
  "Ana Berg talks to Norland's special envoy Henrik Dahl about the Vell text.",
  'Transcript',
  '0:00',
  '>> good evening and welcome to river desk',
  '0:03',
  "i'm ana berg and with me from fjellby is",
  '0:05',
  "henrik dahl norland's special envoy",
  '0:08',
  '>> good evening ana',
  '0:10',
  '>> is there a text',
  '0:11',
  '>> there is a text of nine points',
  '0:14',
  'both sides have it since monday',
  '0:16',
  '[Music]',
  '0:18',
  '>> who signs first',
  '0:20',
  '>> nobody has agreed an order yet',
  '0:23',
  '>> henrik dahl thank you',
  '0:25',
  '>> thank you ana',
].join('\n');

describe("a streamed interview's captions with a mark for each new voice", () => {
  it('is read as captions', () => {
    expect(isCaptionTranscript(youtube)).toBe(true);
  });

  it("gives the host's turns to the journalist and the guest's to the envoy, time stamps and all", () => {
    expect(turns(youtube)).toEqual([
      [
        'journalist',
        "good evening and welcome to river desk 0:03 i'm ana berg and with me from fjellby is 0:05 henrik dahl norland's special envoy",
      ],
      ['dahl', 'good evening ana'],
      ['journalist', 'is there a text'],
      ['dahl', 'there is a text of nine points 0:14 both sides have it since monday'],
      ['journalist', 'who signs first'],
      ['dahl', 'nobody has agreed an order yet'],
      ['journalist', 'henrik dahl thank you'],
      ['dahl', 'thank you ana'],
    ]);
  });

  it('reads sentence-cased captions with a colon in a sentence as captions, not labels (review 23)', () => {
    const cased = youtube
      .replace('>> there is a text of nine points', '>> My answer is simple: there is a text of nine points')
      .replace('>> nobody has agreed an order yet', '>> The order is still open: nobody has agreed it');
    expect(isCaptionTranscript(cased)).toBe(true);
  });

  it('reads closed captions that set the clock on the line', () => {
    const captions = [
      'EVENING NEWS — interview, 4 March 2031',
      '[00:00:01] >> welcome back with me is pavel surin the citadel spokesman',
      '[00:00:04] >> thank you for having me',
      '[00:00:06] >> has torvania seen the text',
      '[00:00:08] >> we have seen a text',
      '[00:00:10] we have not seen the final one',
      '[00:00:12] >> will you sign it',
      '[00:00:14] >> not this one',
      '[00:00:16] >> pavel surin thank you',
    ].join('\n');
    expect(turns(captions).map(([who]) => who)).toEqual([
      'journalist',
      'surin',
      'journalist',
      'surin',
      'journalist',
      'surin',
      'journalist',
    ]);
    expect(turns(captions)[3]![1]).toBe('we have seen a text [00:00:10] we have not seen the final one');
  });

  it('guesses no speaker when the captions name no guest the roster knows', () => {
    const unknown = youtube.replace(/henrik dahl/g, 'karl lund').replace(/Henrik Dahl/g, 'Karl Lund');
    expect(turns(unknown)).toEqual([]);
  });
});

describe('automatic captions of a press conference with no mark at all', () => {
  const voldby = [
    'LIVE | President Kostal and Envoy Dahl – joint press conference',
    'Transcript (auto-generated, English)',
    '0:00',
    '[Music]',
    '0:05',
    'ladies and gentlemen the president of arvenia mira kostal',
    '0:09',
    'and the special envoy of norland henrik dahl',
    '0:12',
    '[Applause]',
    '0:20',
    'thank you dear envoy dahl thank you dear friends',
    '0:24',
    'we spoke for two hours about the river and the dam',
    '0:29',
    'we will answer the mediator by friday',
    '0:33',
    '[Applause]',
    '0:40',
    'thank you president kostal for your welcome',
    '0:44',
    'norland will host the next round in fjellby',
    '0:48',
    'the text has nine points and both sides have it',
    '0:52',
    '[Applause]',
    '0:58',
    'we have time for one question',
    '1:01',
    '[Music]',
    '1:03',
    'good afternoon kessel radio a question for president kostal',
    '1:07',
    'is the quota agreed',
    '1:09',
    'no the quota is not agreed nothing is agreed until everything is',
    '1:14',
    'we will talk about it in fjellby',
    '1:17',
    '[Music]',
  ].join('\n');

  it('gives each speech to the speaker introduced for it, in turn, and the answer to the one asked', () => {
    expect(turns(voldby)).toEqual([
      [
        'kostal',
        'thank you dear envoy dahl thank you dear friends 0:24 we spoke for two hours about the river and the dam 0:29 we will answer the mediator by friday',
      ],
      [
        'dahl',
        'thank you president kostal for your welcome 0:44 norland will host the next round in fjellby 0:48 the text has nine points and both sides have it',
      ],
      ['journalist', 'good afternoon kessel radio a question for president kostal 1:07 is the quota agreed'],
      [
        'kostal',
        'no the quota is not agreed nothing is agreed until everything is 1:14 we will talk about it in fjellby',
      ],
    ]);
  });

  it('reads the pauses a cleaned page leaves as stamps alone', () => {
    const cleaned = voldby.replace(/\n\[(?:Applause|Music)\]/g, '').replace(/\n(?=\d)/g, '\n\n');
    expect(
      (captionQuotes(cleaned, buildGazetteer(roster)) as Quote[]).map(
        (q) => q.speaker?.personId ?? q.speaker?.name,
      ),
    ).toEqual(['kostal', 'dahl', 'journalist', 'kostal']);
  });

  it('keeps a line a stamp opens in the sentence before it, and counts no minutes', () => {
    const text = 'we have agreed the\n\n0:20 points of the text\n\n0:23 thirty fishermen came home';
    expect(splitSentences(text)).toHaveLength(1);
    expect(quantities(text).map((q) => q.value)).toEqual([30]);
  });
});

describe('what are no captions', () => {
  it('leaves a live page stamped by the hour to the news', () => {
    const live = [
      'Vell talks live: envoys meet in Fjellby',
      ...Array.from(
        { length: 9 },
        (_, i) => `1${i}:05 GMT\n\nThe envoy met the delegations for the ${i + 1}th time today.`,
      ),
    ].join('\n\n');
    expect(isCaptionTranscript(live)).toBe(false);
  });

  it('leaves a podcast whose stamped lines name their speakers to the labels', () => {
    const podcast = Array.from(
      { length: 10 },
      (_, i) => `[00:0${i}:00] ${i % 2 ? 'Henrik Dahl' : 'Host'}: line ${i} of the talk.`,
    ).join('\n');
    expect(isCaptionTranscript(podcast)).toBe(false);
  });
});
