// Interview and Q&A transcripts in labelling conventions the engine had not read: an office with its
// body's initials ("SATO Secretary General:", "DG Mendes:"), an office named in full once and alone
// after ("Marshal:"), a paper's initials ("FT:", "TM:"), and labels alone on their line over the
// words ("Interviewer:", "Ingrid Solberg, Federal Minister for Foreign Affairs:", "Piet Lund (00:07):").
// Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const who = (c: Quote) => c.speaker?.personId ?? c.speaker?.name;
const quotes = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, who(c)]);
const processed = (text: string) =>
  processDocument(Buffer.from(text), 'doc.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, who(c)]);

describe('an office in a label', () => {
  it("reads a body's initials before an office as no name, and an office's initials before a surname", () => {
    const doorstep = [
      'Doorstep statement\nby SATO Secretary General Rutger Vandel\nahead of the meeting of Foreign Ministers',
      'Question (Ada Berg, Fjord Radio): Will the Alliance help?',
      'SATO Secretary General: No decision has been taken.',
      'Question (Per Lund, Wolmar Daily): And the monitors?',
      'Secretary General: That is for the parties.',
    ].join('\n\n');
    expect(quotes(doorstep).filter(([, s]) => s !== 'journalist')).toEqual([
      ['No decision has been taken.', 'Rutger Vandel'],
      ['That is for the parties.', 'Rutger Vandel'],
    ]);
    const agency = [
      "Director General's press conference, Vienna",
      'Fredrik Lode (Spokesperson): Good afternoon. The Director General will speak first.',
      'Director General Rafael Mendes: I have just returned from the dams.',
      'Reuters: Did you meet President Varin?',
      'DG Mendes: I did, on Tuesday.',
    ].join('\n\n');
    expect(quotes(agency).map(([, s]) => s)).toEqual([
      'Fredrik Lode',
      'Rafael Mendes',
      'journalist',
      'Rafael Mendes',
    ]);
  });

  it('keeps a surname in capitals after a form of address, and a hyphened office off the name', () => {
    const hansard = [
      'HOUSE OF REPRESENTATIVES\n\nQUESTIONS WITHOUT NOTICE',
      'Mr HOLM (Fjellby North) (14:02): My question is to the Minister. Is the annex agreed?',
      'Ms SOLBERG (Eastmark—Minister for Foreign Affairs) (14:03): The annex is nearly complete.',
      'Mr HOLM: When?',
    ].join('\n\n');
    expect(quotes(hansard).map(([, s]) => s)).toEqual(['Holm', 'solberg', 'Holm']);
    const bundestag = [
      'German Bundestag, 58th sitting',
      'Vice-President Anja Roth: I open the item.',
      'Per Holm (AfD): Madam President, the minister says the same every month.',
      'Vice-President Anja Roth: Thank you.',
    ].join('\n\n');
    expect(quotes(bundestag).map(([, s]) => s)).toEqual(['Anja Roth', 'Per Holm', 'Anja Roth']);
  });

  it('reads an office alone as the one an earlier label named with it, but not a council presidency', () => {
    const sejm = [
      'Sejm of the Republic, 12th sitting',
      'Marshal of the Sejm Szymon Holt: I give the floor to the Minister.',
      'Minister of Foreign Affairs Ingrid Solberg: The annex is almost ready.',
      'Marshal: Thank you, Madam Minister.',
    ].join('\n\n');
    expect(quotes(sejm).map(([, s]) => s)).toEqual(['Szymon Holt', 'solberg', 'Szymon Holt']);
    const council = [
      'Security Council, 9012th meeting',
      'President Tarek Amani: I thank the Council for inviting me.',
      'The President: I thank President Amani for his statement.',
      'Mr. Brenn (Norland): Norland supports the talks.',
    ].join('\n\n');
    expect(quotes(council)[1]![1]).not.toBe('Tarek Amani');
  });

  it("gives a briefing's staff no roster office holding the word, and a deputy spokesman the head's holder", () => {
    const pentagon = [
      'Defence Ministry Press Briefing',
      'COLONEL ERIK HAUGE: Good afternoon. I will take your questions.',
      'Q: How many monitors?',
      'COL. HAUGE: Twelve.',
      'STAFF: Next question goes to Tom Birk, Fjord Times.',
      'Q: Did the Citadel agree?',
    ].join('\n\n');
    expect(quotes(pentagon)[3]![1]).not.toBe('melnyk');
    const noon = [
      'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General',
      "The following is a near-verbatim transcript of today's noon briefing by Farhan Deol, Deputy Spokesperson for the Secretary-General.",
      'Deputy Spokesman: Yes, Edie?',
      'Question: Has the Secretary-General spoken to President Varin?',
      'Deputy Spokesman: Not this week.',
    ].join('\n\n');
    expect(quotes(noon).map(([, s]) => s)).toEqual(['Farhan Deol', 'journalist', 'Farhan Deol']);
  });
});

describe("a paper's initials", () => {
  it("reads the paper's initials as the journalist's and the guest's as the guest's", () => {
    const lunch = [
      'Lunch with the FT: Taras Melnyk',
      'By Carla Honig',
      'FT: You have been chief of staff for three years. What has changed?',
      'TM: Everything and nothing.',
      'FT: Is April realistic?',
      'TM: It is, if Torvania wants it.',
    ].join('\n\n');
    expect(quotes(lunch).map(([, s]) => s)).toEqual(['journalist', 'melnyk', 'journalist', 'melnyk']);
  });
});

describe('a label alone on its line over the words', () => {
  it("reads a broadcast's initials as the names its head sets in capitals, on the roster or not", () => {
    const radio = [
      'FJELLBY RADIO - THE MORNING REPORT\nTHURSDAY 3 APRIL 2031\n0810 INTERVIEW: INGRID SOLBERG, FOREIGN MINISTER\nPRESENTER: ANA BERGSTROM',
      'AB: The Foreign Minister is with us. Good morning.',
      'IS: Good morning.',
      'AB: Have you seen the text?',
      'IS: Not a page of it.',
    ].join('\n\n');
    expect(quotes(radio).map(([, s]) => s)).toEqual(['Ana Bergstrom', 'solberg', 'Ana Bergstrom', 'solberg']);
    const podcast = [
      'The Vell Brief. Episode 12: "A river in two halves"',
      'Hosted by Tomas Reif. With Henrik Dahl, special envoy.',
      'TR: Welcome, Henrik.',
      'HD: Glad to be here.',
      'TR: Where do the talks stand?',
    ].join('\n\n');
    expect(quotes(podcast).map(([, s]) => s)).toEqual(['Tomas Reif', 'dahl', 'Tomas Reif']);
  });

  it("reads a government page's interview whose labels repeat on lines of their own", () => {
    const page = [
      "Foreign Minister's interview on Fjord Morning: 8 March 2031",
      "Transcript of Foreign Minister Ingrid Solberg's interview on the Vell talks.",
      'Interviewer:',
      'Foreign Minister, are the talks dead?',
      'Foreign Minister:',
      'No. The talks are very much alive.',
      'Interviewer:',
      'The Citadel says you are taking sides.',
      'Foreign Minister:',
      'We take the side of the river.',
    ].join('\n\n');
    expect(processed(page)).toEqual([
      ['Foreign Minister, are the talks dead?', 'journalist'],
      ['No. The talks are very much alive.', 'solberg'],
      ['The Citadel says you are taking sides.', 'journalist'],
      ['We take the side of the river.', 'solberg'],
    ]);
  });

  it("reads a parliament's minutes and a transcription service's labels with the time", () => {
    const minutes = [
      'Plenary Protocol 21/58',
      'Vice-President Anja Roth:',
      'I open the item. The first speaker is the Foreign Minister.',
      '(Applause from the CDU/CSU and the SPD)',
      'Ingrid Solberg, Federal Minister for Foreign Affairs:',
      'Madam President! The annex on the dams is not finished.',
      'Vice-President Anja Roth:',
      'Thank you. The next speaker is Per Holm.',
    ].join('\n\n');
    expect(processed(minutes).map(([, s]) => s)).toEqual(['Anja Roth', 'solberg', 'Anja Roth']);
    const service = [
      'Mira Kostal Interview with Fjord Radio Transcript',
      'Piet Lund (00:00):\nPresident Kostal, thank you for joining us.',
      'Mira Kostal (00:03):\nThank you, Piet.',
      'Piet Lund (00:07):\nIs Arvenia ready to sign?',
      'Mira Kostal (00:10):\nWe are ready to sign a complete text.',
    ].join('\n\n');
    expect(processed(service).map(([w, s]) => `${s}: ${w}`)).toEqual([
      'Piet Lund: President Kostal, thank you for joining us.',
      'kostal: Thank you, Piet.',
      'Piet Lund: Is Arvenia ready to sign?',
      'kostal: We are ready to sign a complete text.',
    ]);
  });

  it('leaves a line closed by a colon that introduces a list or a quotation in news prose', () => {
    const news = [
      'Talks on the Vell resume',
      'FJELLBY, March 4 (Fjord Wire) - Talks resumed on Monday.',
      'The mediators listed three open points:',
      'the annex, the monitors and the date.',
      'Ingrid Solberg said on Monday:',
      '"The annex is not finished."',
    ].join('\n\n');
    expect(detectGenre(news).genre).toBe('news');
  });
});

describe('an interview whose turns carry no label', () => {
  it("reads an agency's turns opened by dashes, questions and answers by turns", () => {
    const agency = [
      'Pavel Surin: "The text is ready, the will is not"',
      'The Citadel spokesman Pavel Surin told the news agency TNA in an interview about the talks.',
      '— Mr Surin, the mediators say the annex is open. Is the text ready?',
      '— The text is ready. What is missing is the will in Kessel.',
      'We have said this many times.',
      '— President Kostal says she will not sign a blank page.',
      '— Nobody is asking her to. The page is full.',
    ].join('\n\n');
    expect(detectGenre(agency).genre).toBe('press-conference');
    expect(quotes(agency)).toEqual([
      ['The text is ready, the will is not', 'surin'],
      ['Mr Surin, the mediators say the annex is open. Is the text ready?', 'journalist'],
      ['The text is ready. What is missing is the will in Kessel. We have said this many times.', 'surin'],
      ['President Kostal says she will not sign a blank page.', 'journalist'],
      ['Nobody is asking her to. The page is full.', 'surin'],
    ]);
  });

  it("reads a paper's web copy whose questions lost their bold: each a paragraph ending in its mark", () => {
    const paper = [
      'Henrik Dahl: "The text is not finished" — Norland\'s envoy interviewed',
      "INTERVIEW. Norland's special envoy Henrik Dahl on the river talks. Interview by Claire Morel.",
      'Is the text finished?',
      'No. Two paragraphs of the annex are still open.',
      'We will close them in Fjellby.',
      'Why has it taken so long?',
      'Because water is life.',
      'Will the leaders meet?',
      'Only when the annex is done.',
    ].join('\n\n');
    expect(quotes(paper).map(([w, s]) => `${s}: ${w}`)).toEqual([
      'dahl: The text is not finished',
      'journalist: Is the text finished?',
      'dahl: No. Two paragraphs of the annex are still open. We will close them in Fjellby.',
      'journalist: Why has it taken so long?',
      'dahl: Because water is life.',
      'journalist: Will the leaders meet?',
      'dahl: Only when the annex is done.',
    ]);
  });

  it("leaves a report's points set off by dashes and an explainer's questions to the news reading", () => {
    const points = [
      'Kostal gives interview on the talks',
      'KESSEL, March 4 (Fjord Wire) - President Mira Kostal said in an interview on Monday that four points remain open:',
      '— the annex on the dams;',
      '— the monitors;',
      '— the date of signature;',
      '— the order of signature.',
    ].join('\n\n');
    expect(detectGenre(points).genre).toBe('news');
    const explainer = [
      'Explainer: what Kostal said on the talks',
      'President Mira Kostal spoke for an hour on Sunday. Here is what it means.',
      'What is the annex?',
      'It sets how much water the dams release.',
      'Why does it matter?',
      'Because the river feeds two countries.',
      'What happens next?',
      'The envoy goes to Kessel.',
      'Who else has a say?',
      'The Union, as guarantor.',
    ].join('\n\n');
    // The title says "interview", the head under it does not: the questions are the explainer's own.
    expect(detectGenre(explainer).genre).toBe('news');
    // A lede that reports a remark from an interview elsewhere is news, and so are the questions under it.
    const reported = [
      'What is in the Arvenia–Torvania framework? Our explainer',
      'Foreign Minister Ada Lind said in an interview on Sunday that the text was close to final.',
      'What does the framework say about the river?',
      'The draft sets a line 15 kilometres from the river, according to two diplomats.',
      'Who wrote the text?',
      'Officials in Drava say the mediators drafted it.',
      'When will it be signed?',
      'No date has been set.',
    ].join('\n\n');
    expect(detectGenre(reported).genre).toBe('news');
    const elsewhere = reported.replace(
      'said in an interview on Sunday that',
      'told Fjord Radio in an interview that',
    );
    expect(detectGenre(elsewhere).genre).toBe('news');
  });
});

describe("a broadcast's and a parliament's record", () => {
  it('ends a turn where a broadcast cuts away to a clip or a break', () => {
    const show = [
      'NORTHSTAR NEWS\n\nSUNDAY FRONT LINE\n\nAired March 8, 2031 - 09:00 ET',
      'HOLLOWAY: Let us listen to what President Varin said.',
      '(BEGIN VIDEO CLIP)',
      'VARIN (through translator): The text is complete.',
      '(END VIDEO CLIP)',
      'HOLLOWAY: Your response?',
      'SOLBERG: It is not.',
      '(COMMERCIAL BREAK)',
      'The annex is the only open part, say officials.',
      'HOLLOWAY: Welcome back.',
    ].join('\n\n');
    expect(quotes(show).map(([w, s]) => `${s}: ${w}`)).toEqual([
      'Holloway: Let us listen to what President Varin said.',
      'varin: The text is complete.',
      'Holloway: Your response?',
      'solberg: It is not.',
      'Holloway: Welcome back.',
    ]);
  });

  it('reads the House speaking as one as its own turn, and a line of who interjected as no one’s words', () => {
    const commons = [
      'House of Commons Debates, Oral Questions',
      'Mr. Per Holm (Fjellby North, CPC): Mr. Speaker, where is the annex?',
      'Some hon. members: Oh, oh!',
      'Hon. Ingrid Solberg (Minister of Foreign Affairs, Lib.): Mr. Speaker, the annex is in its final stage.',
      'Opposition members interjecting—',
      'Members: Hear, hear.',
    ].join('\n\n');
    expect(quotes(commons).map(([w, s]) => `${s}: ${w}`)).toEqual([
      'Per Holm: Mr. Speaker, where is the annex?',
      'Some hon. members: Oh, oh!',
      'solberg: Mr. Speaker, the annex is in its final stage.',
      'Members: Hear, hear.',
    ]);
    const speech = [
      'Questions Without Notice',
      'Ms SOLBERG (Minister for Foreign Affairs): The annex is nearly complete.',
      'I ask the member to stop interjecting.',
      'The SPEAKER: Order!',
      'Mr HOLM (Fjellby North): When?',
    ].join('\n\n');
    expect(quotes(speech)[0]?.[0]).toBe(
      'The annex is nearly complete. I ask the member to stop interjecting.',
    );
  });
});

describe("an office's initials in a broadcast's head", () => {
  it('reads "CN:" as the name the office follows, never the office as a name', () => {
    const radio = (head: string, label: string) =>
      quotes(
        [
          `FJORD RADIO - MIDDAY\n${head}\nPRESENTER: MARTHA HALE`,
          'MH: Welcome.',
          `${label}: Thank you for having me.`,
          'MH: Is the annex agreed?',
          `${label}: Not yet, but it will be.`,
        ].join('\n\n'),
      ).map(([, s]) => s);
    expect(radio('INTERVIEW: ANA VOSS, CHIEF NEGOTIATOR', 'CN')).toEqual([
      'Martha Hale',
      'Ana Voss',
      'Martha Hale',
      'Ana Voss',
    ]);
    expect(radio('Guest: Jonas Pryce, Deputy Minister', 'DM')).toEqual([
      'Martha Hale',
      'Jonas Pryce',
      'Martha Hale',
      'Jonas Pryce',
    ]);
  });
});
