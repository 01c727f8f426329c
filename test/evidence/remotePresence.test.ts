// Someone put at an occasion by video link by one source, and the occasion said to have had no
// link at all by another. Read in a presidential release, an alliance transcript, a committee
// record and a wire; a meeting held wholly by videoconference, a video message, two sessions
// apart and two reports that agree are no disagreement.
import { describe, expect, it } from 'vitest';
import { readRemote } from '../../src/evidence/remotePresence.ts';
import { doc, kinds } from './linkedDocs.ts';

describe('joined from afar, or no link at all', () => {
  it('reads someone joining by video link or remotely', () => {
    expect(
      readRemote('President Kostal joined the final part of the session by video link from Kessel.'),
    ).toBe('joined');
    expect(
      readRemote(
        'We have just concluded a meeting, with Foreign Minister Solberg joining us from Fjellby by video link.',
      ),
    ).toBe('joined');
    expect(readRemote('CHAIR: The Union observer joins us by video link.')).toBe('joined');
    expect(readRemote('Minister Solberg took part in the second session remotely.')).toBe('joined');
  });

  it('reads a link denied, and leaves other videos alone', () => {
    expect(readRemote('"There was no video link with anyone during the session," the envoy said.')).toBe(
      'none',
    );
    expect(readRemote('No one joined the talks remotely, the spokesman added.')).toBe('none');
    expect(readRemote('The foreign ministers met by videoconference on 10 April.')).toBeUndefined();
    expect(readRemote('She said in a video message on Tuesday that the text was not final.')).toBeUndefined();
  });

  it('flags one session told with a remote participant and with no link (release, wire)', () => {
    const release = doc(
      'release',
      'President Mira Kostal joined the final part of the session in Fjellby by video link from Kessel.',
      'press-release',
      '2031-03-05',
    );
    const wire = doc(
      'wire',
      'Surin noted that "there was no video link with anyone during the session."',
      'news',
      '2031-03-06',
    );
    expect(kinds(release, wire)).toEqual(['participants releasewire']);
  });

  it('does not flag two sessions weeks apart, or two that agree', () => {
    const early = doc(
      'early',
      'President Kostal joined the session of 5 March by video link.',
      'press-release',
      '2031-03-05',
    );
    const late = doc('late', 'There was no video link during the session of 26 March.', 'news', '2031-03-26');
    expect(kinds(early, late)).toEqual([]);
    const other = doc(
      'other',
      'Melnyk said the President had joined the session by video link.',
      'news',
      '2031-03-06',
    );
    expect(kinds(early, other)).toEqual([]);
  });
});
