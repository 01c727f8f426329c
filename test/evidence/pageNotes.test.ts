// Notes about a text are not its report: a paper's note on an earlier version, an editor's note, a
// readout's fixed note on itself, a call's joining details and an enquiries line name no event of
// their own. Each is a line of its own; the same words inside a report, or a correction that states
// the right fact, are read. Texts invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events, PUBLISHED } from './eventsOf.ts';

describe('notes about a text', () => {
  it("reads no event from a note on an earlier version, an editor's note or a linked title", () => {
    expect(
      events(
        'Correction, March 4, 2031: An earlier version of this story gave the wrong day for the meeting in Kessel.',
        'news',
      ),
    ).toEqual([]);
    expect(
      events("Editor's note: Three delegates to the Fjellby talks spoke to us for this piece.", 'news'),
    ).toEqual([]);
    expect(events('Read more: our live coverage of the Drava talks on Monday', 'news')).toEqual([]);
  });

  it("reads no event from a text's fixed note on itself, joining details or an enquiries line", () => {
    expect(
      events('Kostal met Varin in Kessel on Monday.\n\nThis summary is not a full record of the call.'),
    ).toEqual([['meeting', '2031-03-03']]);
    expect(events('This communiqué is issued in English and Torvanian.', 'joint-statement')).toEqual([]);
    expect(events('Meeting ID: 512 3391 0042.\n\nPasscode: 7731.', 'meeting-transcript')).toEqual([]);
    expect(
      events('Press enquiries about the Fjellby talks on Monday go to the Drava desk.', 'press-release'),
    ).toEqual([]);
  });

  it("reads no event from a call app's log of who joined, left or started the transcription", () => {
    expect(
      events(
        'Kari Lind joined the meeting\n\nKari Lind   0:04\nGood morning, can everyone hear me?\n\nAnna Berg left the meeting\n\nAnna Berg started transcription',
        'meeting-transcript',
      ),
    ).toEqual([]);
  });

  it('reads a sentence that tells someone joined a meeting', () => {
    expect(events('Minister Lind joined the meeting in Kessel on Monday.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('After a delay, Minister Lind joined the meeting on Monday', 'social')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });

  it("still reads the body's report, and a post's own correction of the record", () => {
    expect(events('The delegations met in Kessel on Monday.', 'news')).toEqual([['meeting', '2031-03-03']]);
    expect(events('Correction for the record: Kostal and Varin met in Drava on Monday.', 'social')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });

  it('reads a sentence that only opens like a note on the text', () => {
    expect(
      events(
        'This statement reflects the outcome of the talks held in Kessel on 3 and 4 March.',
        'joint-statement',
      ),
    ).toContainEqual(['talks', '2031-03-03']);
    expect(
      events('This readout is issued after President Kostal spoke with President Varin by phone on Monday.'),
    ).toContainEqual(['call', '2031-03-03']);
    expect(
      events('This summary is not exhaustive; the envoys also met in Fjellby on Monday.'),
    ).toContainEqual(['meeting', '2031-03-03']);
    expect(events('This communiqué is issued in Kessel today.', 'joint-statement')).toContainEqual([
      'statement',
      PUBLISHED,
    ]);
  });

  it('reads enquiries, a correction of fact and "read more" inside a report', () => {
    expect(
      events(
        'Kostal said Torvania had answered all inquiries by email and would meet Varin in Fjellby on 20 March.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-20']]);
    expect(
      events(
        'Correction: Kostal and Varin met in Kessel on Monday, not on Tuesday as first reported.',
        'news',
      ),
    ).toContainEqual(['meeting', '2031-03-03']);
    expect(events('Read more about how Kostal and Varin met in Kessel on Monday.', 'news')).toContainEqual([
      'meeting',
      '2031-03-03',
    ]);
  });

  it("reads a note's words inside a paragraph", () => {
    expect(
      events(
        'Vik gave no details. This summary is not a full record of the talks in Kessel on Monday, she added.\n\nMore to follow.',
        'news',
      ),
    ).toEqual([['talks', '2031-03-03']]);
    expect(
      events('Berg met Vik in Kessel on Monday; an earlier version of this plan had them meet in Fjellby.'),
    ).toContainEqual(['meeting', '2031-03-03']);
  });
});
