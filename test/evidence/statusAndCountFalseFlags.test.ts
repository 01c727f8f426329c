// Classes of wrong contradiction flag found on sets in real house styles (tuned17, tuned18), each
// beside a case that must still flag. A status is not read where a sentence denies it ("does not
// mean that everything is agreed"), names a stage ("initialled"), says which text ("the document
// that is being discussed"), turns down proposals, or is of people ("staff who have continued to
// work"). A count of people by what befell them is no count of monitors; the people a report
// rests on ("three officials familiar with the talks said") are no count at all. Invented
// sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const statusFlags = (a: string, b: string) =>
  kinds(doc('a', a), doc('b', b)).filter((k) => k.startsWith('status'));
const agreed = 'The text is agreed, Minister Solberg told the Storting.';

describe('a status denied, staged or said of something else', () => {
  it('reads "does not mean that everything is agreed" as not agreed', () => {
    const maxim =
      '"Nothing is agreed until everything is agreed," President Kostal said in her evening address.';
    const wire =
      'Surin stressed that the initialling "does not mean that everything is agreed," and that the text would go to President Varin.';
    expect(statusFlags(maxim, wire)).toEqual([]);
    const briefing =
      'Initialling the framework does not mean it is final, the Citadel spokesman told reporters.';
    expect(statusFlags('The Norland envoy said the framework is not final.', briefing)).toEqual([]);
    const denied = "Signing the protocol doesn't mean the text is final, a Torvanian diplomat said.";
    expect(statusFlags(denied, agreed)).toEqual(['status ab']);
  });

  it('reads "not everything was agreed" as not agreed', () => {
    const aide =
      '"Not everything was agreed, and there is no question of a final text yet," the aide told TASS.';
    const wire = 'Surin said the initialling "does not mean that everything is agreed."';
    expect(statusFlags(aide, wire)).toEqual([]);
    const everything = 'Everything is agreed, Solberg told the Storting.';
    expect(statusFlags('"Not everything was agreed," the aide told reporters in Drava.', everything)).toEqual(
      ['status ab'],
    );
  });

  it('takes "initialled" for a stage, not a final status', () => {
    const notFinal = '"The document is now shorter and better, but it is not final," Kostal said.';
    const initialled = 'The document was initialled by the heads of delegations on Tuesday.';
    expect(statusFlags(notFinal, initialled)).toEqual([]);
  });

  it('reads no status in a relative clause that says which text', () => {
    const which = 'The document that is being discussed consists of nineteen points, the spokeswoman said.';
    expect(statusFlags(which, 'THE 17 POINT PLAN IS AGREED!!!')).toEqual([]);
  });

  it('reads no status of the text in proposals turned down', () => {
    const drafts =
      'Norland wrote it and put it on the table on the second day, after both drafts, ours and theirs, were rejected.';
    expect(statusFlags(drafts, agreed)).toEqual([]);
    const rejected = "Torvania's parliament rejected the framework on Monday.";
    expect(statusFlags(rejected, 'The framework is agreed, the Norland envoy said.')).toEqual(['status ab']);
  });

  it('reads no work in progress in people who continued to work', () => {
    const settled = 'The President said that Article 6, on the zone around the plant, was settled.';
    const staff =
      'We commend the operating staff of the plant, who have continued to work under very difficult conditions.';
    expect(statusFlags(settled, staff)).toEqual([]);
    const work = 'The delegations will continue to work on the text next week, the Norland MFA said.';
    expect(statusFlags(work, 'The text is final, Minister Solberg told the Storting.')).toEqual([
      'status ab',
    ]);
  });
});

describe('counts of people', () => {
  const numberFlags = (a: string, b: string) =>
    kinds(doc('a', a), doc('b', b)).filter((k) => k.startsWith('number'));

  it('takes people counted by what befell them for no monitors', () => {
    const released =
      'On 12 March our two governments released 340 people who had been held since the clashes of the autumn.';
    const mission =
      'The monitoring mission, which will consist of 180 observers, will begin its deployment within thirty days.';
    expect(numberFlags(released, mission)).toEqual([]);
    expect(quantities('Arvenia and Torvania freed 230 people on Wednesday.')[0]?.which).toBeDefined();
    const detainees = 'The two sides released 318 detainees on 12 March.';
    expect(numberFlags(released, detainees)).toEqual(['number ab']);
    const staffed = 'The Union mission will have 300 people on the Vell, Solberg said.';
    expect(numberFlags(staffed, 'The Union mission will deploy 250 monitors on the Vell.')).toEqual([
      'number ab',
    ]);
  });

  it('counts no sources a report rests on', () => {
    const counted = (text: string) => quantities(text).map((q) => q.text);
    expect(counted('"No island will be traded," she said, according to two people in the room.')).toEqual([]);
    expect(counted('The draft sets March 14, three officials familiar with the talks said.')).toEqual([]);
    expect(
      counted('Arvenia will withdraw its artillery, four diplomats briefed on the talks told Reuters.'),
    ).toEqual([]);
    expect(counted('Torvania is ready to sign, two sources close to the Citadel said.')).toEqual([]);
    expect(
      counted('The fund would hold 90 million euros, three people who have seen the text told the agency.'),
    ).toEqual(['90 million euros']);
    expect(counted('Two officials who had read the draft described it to reporters.')).toEqual([]);
    // People a report is about, who have seen something, are still counted.
    expect(counted('Twelve monitors who have seen the line filed reports.')).toEqual(['Twelve monitors']);
    expect(counted('Two officials from Arvenia attended the meeting in Fjellby.')).toEqual(['Two officials']);
    expect(counted('Five people were killed, two officials said.')).toEqual(['Five people']);
  });
});

describe('one speaker on two occasions', () => {
  const briefing = (source: string, day: string, answer: string) =>
    doc(
      source,
      `Citadel Spokesman Pavel Surin's Regular Press Conference\n\nReuters: Was Norland there?\n\nPavel Surin: Torvania welcomes the progress made. ${answer} This is important.`,
      'press-conference',
      day,
    );
  const march =
    'Special Envoy Henrik Dahl attended the session in Fjellby on March 14 as an observer at the invitation of the host.';
  const april =
    'Special Envoy Henrik Dahl attended the signing ceremony in Fjellby yesterday as a witness at the invitation of the host.';

  it('takes two briefings’ records on two days for two sentences, not two renderings of one', () => {
    expect(kinds(briefing('a', '2031-03-15', march), briefing('b', '2031-04-04', april))).toEqual([]);
  });

  it('still compares two records of one day as renderings', () => {
    const otherDay = march.replace('March 14', 'March 12');
    expect(kinds(briefing('a', '2031-03-15', march), briefing('b', '2031-03-15', otherDay))).toEqual([
      'quote ab',
    ]);
  });
});

describe('a spokesman’s formula of saying nothing', () => {
  it('is no one’s words in particular', () => {
    const wire = (source: string, who: string) =>
      doc(source, `Asked about the annex, ${who} said: "I have nothing further to add on the annex."`);
    expect(kinds(wire('a', 'Surin'), wire('b', 'Solberg'))).toEqual([]);
  });
});

describe('a text’s size told as of a time', () => {
  const numberFlags = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
    kinds(a, b).filter((k) => k.startsWith('number'));
  const signed = doc(
    'b',
    'Under the 16-article framework signed in Fjellby, the Union will deploy monitors.',
    'news',
    '2031-04-03',
  );

  it('takes a former size for another version', () => {
    const oped = doc(
      'a',
      'When I first sat across the table from my counterpart in Fjellby, the framework between us ran to 24 articles.',
      'news',
      '2031-03-24',
    );
    expect(numberFlags(oped, signed)).toEqual([]);
  });

  it('takes a size "currently" told weeks before for another version', () => {
    const readout = doc(
      'a',
      'The Minister hoped that the framework, which currently comprises 24 articles, could be shortened at the next round.',
      'news',
      '2031-03-05',
    );
    expect(
      numberFlags(
        readout,
        doc('b', 'The framework has 17 articles, the Norland envoy said.', 'news', '2031-03-17'),
      ),
    ).toEqual([]);
  });

  it('still flags two sizes of the signed text', () => {
    const wire = doc(
      'a',
      'The framework signed in Fjellby has 17 articles, the Norland envoy said.',
      'news',
      '2031-04-03',
    );
    expect(numberFlags(wire, signed)).toEqual(['number ab']);
  });
});
