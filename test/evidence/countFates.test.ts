// Two figures that count two things: one return of a part of those held against the whole held
// (countFates.ts), and a length given to a thing in a relative clause against another thing's
// length (measuredRelative.ts). Invented sentences about the Arvenia–Torvania talks, in the house
// styles of a joint statement, a ministry briefing, a parliamentary answer and a wire explainer.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

describe('a part returned against the whole held', () => {
  it('does not set a return of a few against the count of those held', () => {
    expect(
      kinds(
        doc(
          'a',
          'The Ministers expressed serious concern over the continued detention of 23 fishing vessels and their crews, and called for their early return.',
        ),
        doc(
          'b',
          'Following the decisions of the Joint Working Group, nine vessels were returned at Port Vell on 19 March, and six Norlandic nationals were among their crews.',
        ),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          "Torvania's coastguard has been holding 21 vessels from the Arvenian fishing fleet, the spokesperson told the briefing.",
        ),
        doc(
          'b',
          'Eight Arvenian fishing boats and their crews were handed back to Arvenia on Wednesday at Port Vell.',
        ),
      ),
    ).toEqual([]);
  });

  it('still flags two counts of one group, and two counts of those held', () => {
    expect(
      kinds(
        doc(
          'a',
          'He went on to say that 25 Torvanian soldiers are still held by Arvenia, and that their return must come first.',
        ),
        doc(
          'b',
          'In return, 23 Torvanian soldiers were handed over to the Torvanian side at the same crossing.',
        ),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        doc(
          'a',
          'The Ministers expressed concern over the continued detention of 23 Arvenian fishing vessels by Torvania.',
        ),
        doc(
          'b',
          "Torvania's coastguard has been holding 21 Arvenian fishing vessels since February, the briefing was told.",
        ),
      ),
    ).toEqual(['number ab']);
  });

  it('reads no custody in a meeting held somewhere: two counts of those returned still disagree', () => {
    expect(
      kinds(
        doc('a', 'The summit, held in Fjellby, heard that 23 Arvenian vessels had been sent back.'),
        doc('b', 'Torvania said on Monday that 12 Arvenian vessels had been returned.'),
      ),
    ).toEqual(['number ab']);
  });
});

describe('a length given in a relative clause', () => {
  it('does not set those freed against those still held after the release, whatever their sizes', () => {
    expect(
      kinds(
        doc('a', 'Torvania released 14 Arvenian sailors on Monday at Port Vell, the ministry said.'),
        doc(
          'b',
          'After the release of Monday, 16 Arvenian sailors remain under the jurisdiction of the Torvanian courts.',
          'press-conference',
        ),
      ),
    ).toEqual([]);
    // Two counts of those freed still disagree.
    expect(
      kinds(
        doc('a', 'Torvania released 14 Arvenian sailors on Monday at Port Vell, the ministry said.'),
        doc('b', 'On Monday Torvania released 16 Arvenian sailors at Port Vell.', 'press-conference'),
      ),
    ).toEqual(['number ab']);
  });

  it('does not set a pipeline’s length against a road corridor’s', () => {
    expect(
      kinds(
        doc(
          'a',
          'Arvenian lorries and trains would have guaranteed passage on the 310-km road and rail corridor from Kessel to Port Vell.',
        ),
        doc(
          'b',
          'Almost all its crude leaves through Torvania: by road and rail to Port Vell, or through the Vell pipeline, which is more than 600 kilometres long.',
        ),
      ),
    ).toEqual([]);
  });

  it('still flags two lengths of the one pipeline', () => {
    expect(
      kinds(
        doc('a', 'The 640-km Vell pipeline carries Arvenian crude to Port Vell, a Reuters factbox says.'),
        doc('b', 'The Vell pipeline, which is 604 kilometres long, was shut on 19 February.'),
      ),
    ).toEqual(['number ab']);
  });
});

describe('those taken against those who still remain held', () => {
  it('does not set the count detained against the count still held after a release', () => {
    expect(
      kinds(
        doc(
          'a',
          'Torvanian naval officers said 52 Arvenian sailors were detained when the trawlers were boarded.',
        ),
        doc('b', 'Arvenia says 44 of its sailors remain in Torvanian custody after the release on Monday.'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc('a', 'Some 52 Arvenian sailors had been arrested in the Halse estuary, the briefing heard.'),
        doc('b', 'The ministry said 44 Arvenian sailors are still being held in Port Vell.'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc('a', 'Arvenia says 44 of its sailors remain in Torvanian custody after the release on Monday.'),
        doc('b', 'The minister welcomed the release of nine Arvenian sailors, which took place on Monday.'),
      ),
    ).toEqual([]);
  });

  it('still flags two counts of those detained, and two counts of those still held', () => {
    expect(
      kinds(
        doc(
          'a',
          'Torvanian naval officers said 52 Arvenian sailors were detained when the trawlers were boarded.',
        ),
        doc('b', 'According to Arvenia, 47 Arvenian sailors were detained when the trawlers were boarded.'),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        doc('a', 'Arvenia said 44 Arvenian sailors remain in Torvanian custody after the release on Monday.'),
        doc(
          'b',
          'Torvania said 38 Arvenian sailors remain in Torvanian custody after the release on Monday.',
        ),
      ),
    ).toEqual(['number ab']);
  });
});

describe('those to be freed against those freed', () => {
  it('does not set the count a text calls to free against the count freed', () => {
    expect(
      kinds(
        doc(
          'a',
          'All 260 Arvenian detainees named on the joint list should be released within thirty days, the communiqué says.',
        ),
        doc('b', 'Torvania says 110 Arvenian detainees were released from Kessel prison on Friday.'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          'All 260 Arvenian detainees named on the list handed to the Norland mediator in May should be released.',
        ),
        doc('b', 'Torvania: 110 Arvenian detainees freed on Friday from Kessel prison.'),
      ),
    ).toEqual([]);
  });

  it('still flags two counts of those freed', () => {
    expect(
      kinds(
        doc('a', 'Arvenia says only 90 Arvenian detainees were released from Kessel prison on Friday.'),
        doc('b', 'Torvania says 110 Arvenian detainees were released from Kessel prison on Friday.'),
      ),
    ).toEqual(['number ab']);
  });
});
