// A one-speaker briefing's captions with ">>" where the voice changes: a NATO press conference's
// closed captions (capitals, no clock), a briefing's automatic captions (lower case, a stamp over
// each line), and the near misses: a podcast of two voices, a mail thread quoting with ">>", a live
// blog's stamped entries. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { briefingCaptionQuotes } from '../../src/evidence/briefingCaptions.ts';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { roster } from './roster.ts';

const gazetteer = buildGazetteer(roster);
const read = (text: string, title = '') =>
  briefingCaptionQuotes(text, gazetteer, title)?.map((c) =>
    c.kind === 'quote' ? [c.speaker?.personId ?? c.speaker?.name, c.text] : [],
  );
// The quotation's words, as the claim carries them (a cue's number and timing line are not words).
const words = (text: string, title = '') =>
  briefingCaptionQuotes(text, gazetteer, title)?.map((c) =>
    c.kind === 'quote' ? [c.speaker?.personId ?? c.speaker?.name, c.data.words] : [],
  );

const nato = [
  'Press conference by the Foreign Minister of Norland, Ingrid Solberg, at NATO Headquarters',
  'Brussels | 22 minutes',
  'Closed Captioning',
  '',
  '>> GOOD MORNING. I HAVE JUST BRIEFED ALLIES ON THE VELL TALKS. THE TEXT IS NOT YET AGREED.',
  '>> QUESTION: MINISTER, WILL TORVANIA SIGN BY FRIDAY?',
  '>> THAT IS FOR TORVANIA TO SAY. WE HAVE DONE OUR PART.',
  '>> AND THE MONITORS. HOW MANY',
  '>> TWO HUNDRED, AS WE PROPOSED IN MARCH. NEXT.',
  '>> NEXT QUESTION PLEASE.',
  '>> MS. SOLBERG: LET ME ADD ONE THING. THE RIVER IS NOT A BARGAINING CHIP.',
].join('\n');

const briefing = [
  'Special Envoy Henrik Dahl briefs reporters on the Vell talks',
  'Streamed live on Apr 2, 2031',
  '',
  '00:00:01.000',
  '[Music]',
  '00:00:04.200',
  'thank you all for coming the talks',
  '00:00:06.900',
  'resume on monday in geneva',
  '00:00:09.500',
  '>> envoy dahl is the ceasefire holding',
  '00:00:12.100',
  '>> it is holding in the north',
  '00:00:14.000',
  'less so in the south',
  '00:00:16.300',
  '>> last question please',
  '00:00:18.000',
  '>> when will the text be published',
  '00:00:20.400',
  '>> when both sides have read it [Applause]',
  '00:00:23.000',
  '[Music]',
].join('\n');

describe('briefingCaptionQuotes', () => {
  it('reads closed captions: the head names the briefer, labels and marks give the turns', () => {
    expect(read(nato)).toEqual([
      ['solberg', 'GOOD MORNING. I HAVE JUST BRIEFED ALLIES ON THE VELL TALKS. THE TEXT IS NOT YET AGREED.'],
      ['journalist', 'MINISTER, WILL TORVANIA SIGN BY FRIDAY?'],
      ['solberg', 'THAT IS FOR TORVANIA TO SAY. WE HAVE DONE OUR PART.'],
      ['journalist', 'AND THE MONITORS. HOW MANY'],
      ['solberg', 'TWO HUNDRED, AS WE PROPOSED IN MARCH. NEXT.'],
      ['solberg', 'LET ME ADD ONE THING. THE RIVER IS NOT A BARGAINING CHIP.'],
    ]);
  });

  it('reads automatic captions: the opening is the briefer’s, stamps stay inside a turn, the room’s business is left out', () => {
    const quotes = read(briefing) ?? [];
    expect(quotes.map((q) => q[0])).toEqual(['dahl', 'journalist', 'dahl', 'journalist', 'dahl']);
    expect(quotes[0]![1]).toBe(
      'thank you all for coming the talks\n00:00:06.900\nresume on monday in geneva',
    );
    expect(quotes[2]![1]).toBe('it is holding in the north\n00:00:14.000\nless so in the south');
    expect(quotes[4]![1]).toBe('when both sides have read it [Applause]');
  });

  it('takes the briefer from the page title that cleaning set apart', () => {
    const body = briefing.split('\n').slice(2).join('\n');
    expect(read(body, 'Special Envoy Henrik Dahl briefs reporters')?.[0]?.[0]).toBe('dahl');
  });

  it('leaves a podcast of two named voices, a mail thread and a live blog alone', () => {
    const podcast = briefing.replace(
      'Special Envoy Henrik Dahl briefs reporters on the Vell talks',
      'Vell Weekly podcast: Ingrid Solberg and Henrik Dahl on the talks',
    );
    expect(read(podcast)).toBeUndefined();
    const mail = [
      'From: Desk <desk@example.org>',
      'Subject: Re: Dahl briefs reporters at noon',
      '',
      'Agreed, see below.',
      '>> Envoy Dahl briefs at noon.',
      '>> He will take questions.',
      '>> Press pool only.',
    ].join('\n');
    expect(read(mail)).toBeUndefined();
    const blog = [
      'Live: Henrik Dahl briefs the press in Geneva',
      '14:02 Dahl arrives at the podium.',
      '14:05 He says the talks resume on Monday.',
      '14:09 Questions from the floor follow.',
    ].join('\n');
    expect(read(blog)).toBeUndefined();
  });

  const exported = [
    'Norland Foreign Ministry: press conference on the Vell talks',
    'Captions: English (auto-generated) | Download .vtt',
    '',
    'WEBVTT',
    '',
    '1',
    '00:00:01.500 --> 00:00:04.000',
    ">> good afternoon and welcome. i'm taras melnyk,",
    'chief of staff. the envoy will speak first',
    '',
    '2',
    '00:00:04.000 --> 00:00:07.250',
    '>> thank you taras. the annex is ready',
    '',
    '3',
    '00:00:07.250 --> 00:00:09.900',
    'and both sides have read it',
    '',
    '4',
    '00:00:10.100 --> 00:00:12.400',
    '>> ana berg, fjord herald. who wrote the annex?',
    '',
    '5',
    '00:00:12.400 --> 00:00:15.000',
    '>> the mediators wrote it, line by line',
    '',
    '6',
    '00:00:15.200 --> 00:00:17.000',
    '>> right, i must close there, thank you',
    '',
    'Comments (3)',
    'Add a comment...',
    'Great briefing, finally some answers',
  ].join('\n');

  it("reads a minister's statement to the cameras and the questions after it", () => {
    const statement = briefing.replace(
      'Special Envoy Henrik Dahl briefs reporters on the Vell talks',
      'Statement by Special Envoy Henrik Dahl on the Vell talks',
    );
    expect(read(statement)?.map(([who]) => who)).toEqual([
      'dahl',
      'journalist',
      'dahl',
      'journalist',
      'dahl',
    ]);
  });

  it('reads a WebVTT export whose host introduces themself and hands over to an office', () => {
    // The quotation is the page's span: a cue's number and timing line inside it stay, as a stamp does.
    expect(read(exported)).toEqual([
      ['melnyk', "good afternoon and welcome. i'm taras melnyk,\nchief of staff. the envoy will speak first"],
      [
        'dahl',
        'thank you taras. the annex is ready\n\n3\n00:00:07.250 --> 00:00:09.900\nand both sides have read it',
      ],
      ['journalist', 'ana berg, fjord herald. who wrote the annex?'],
      ['dahl', 'the mediators wrote it, line by line'],
      ['melnyk', 'right, i must close there, thank you'],
    ]);
  });

  it('leaves an export alone when no host names themself, or the office has no holder', () => {
    expect(read(exported.replace("i'm taras melnyk,", 'we are glad you came,'))).toBeUndefined();
    expect(
      read(exported.replace('the envoy will speak first', 'the treasurer will speak first')),
    ).toBeUndefined();
  });

  it('keeps a figure the captions break onto its own line: a cue number has a timing line under it', () => {
    const broken = briefing
      .replace('>> it is holding in the north', '>> we asked for')
      .replace('less so in the south', '300\n00:00:15.100\nand they offered\n40');
    expect(words(broken)?.[2]).toEqual([
      'dahl',
      'we asked for 00:00:14.000 300 00:00:15.100 and they offered 40',
    ]);
  });

  it('gives the host only a closing without a question, in the last turns; a reporter’s thanks stays a question', () => {
    const thanked = exported.replace(
      '>> right, i must close there, thank you',
      '>> thank you for coming, envoy. a last word on the monitors?\n\n7\n00:00:17.200 --> 00:00:19.000\n>> two hundred, as agreed\n\n8\n00:00:19.100 --> 00:00:21.000\n>> thank you all for coming',
    );
    expect(words(thanked)?.slice(4)).toEqual([
      ['journalist', 'thank you for coming, envoy. a last word on the monitors?'],
      ['dahl', 'two hundred, as agreed'],
      ['melnyk', 'thank you all for coming'],
    ]);
  });

  it('hands over only to a holder of the house the head names, else of the host’s own house', () => {
    const minister = exported.replace('the envoy will speak first', 'the foreign minister will speak first');
    // Norland's house, Norland's foreign minister.
    expect(words(minister)?.[1]?.[0]).toBe('solberg');
    // Another house named: its foreign minister is not on the roster.
    expect(
      words(minister.replace('Norland Foreign Ministry: press conference', 'Torvania: press conference')),
    ).toBeUndefined();
    // No house named: the host's (Arvenia's) holder, not the roster's only foreign minister.
    expect(
      words(minister.replace('Norland Foreign Ministry: press conference', 'Press conference')),
    ).toBeUndefined();
  });
});
