// Notes about a text are not its report: a paper's correction and editor's note, a readout's
// disclaimer, a pointer to other coverage and a video call's joining details name no event of their
// own. Texts invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('notes about a text', () => {
  it("reads no event from a correction, an editor's note or a pointer to other coverage", () => {
    expect(
      events(
        'Correction, March 4, 2031: An earlier version of this story gave the wrong day for the meeting in Kessel.',
        'news',
      ),
    ).toEqual([]);
    expect(
      events(
        "Editor's note: This report draws on interviews with three delegates to the Fjellby talks.",
        'news',
      ),
    ).toEqual([]);
    expect(events('Read more in our live coverage of the Drava talks on Monday.', 'news')).toEqual([]);
  });

  it("reads no event from a text's note on itself or a call's joining details", () => {
    expect(events('This readout is provided for information and is not a full record of the call.')).toEqual(
      [],
    );
    expect(events('This communiqué is issued in English and Torvanian.', 'joint-statement')).toEqual([]);
    expect(events('Meeting ID: 512 3391 0042.\n\nPasscode: 7731.', 'meeting-transcript')).toEqual([]);
  });

  it("still reads the body's report, and a post's own correction of the record", () => {
    expect(events('The delegations met in Kessel on Monday.', 'news')).toEqual([['meeting', '2031-03-03']]);
    expect(events('Correction for the record: Kostal and Varin met in Drava on Monday.', 'social')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });
});
