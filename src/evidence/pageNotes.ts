// Notes about a text rather than its report, each a line of its own or the text's last words: a
// paper's correction of an earlier version ("Correction, 14 March: An earlier version of this
// article gave …") and editor's note, a text's note on itself in one of the fixed forms ("This
// readout is not a verbatim record", "This communiqué is issued in three languages"), a video
// call's joining details and a release's enquiries line. The meetings they name are the ones the
// body reports: no event of their own. A correction that states the right fact ("Correction:
// Kostal and Varin met on Monday") is read, as is a post's "Correction for the record: …".
// A pointer to other coverage ("Read more: …") is a linked title, `pageLinks` skips it.
import { endsLine, endsText, startsLine } from './ownLine.ts';
import { ENQUIRIES } from './pageLinks.ts';

// Opening the note, after its label: "Correction, 4 March: An earlier version of this story …".
const EARLIER_VERSION =
  /^\W*(?:(?:correction|clarification|update)\b[^:\n]{0,40}:\s*)?(?:an? |the )?(?:earlier|previous|original) version of this\b/i;
const EDITORS_NOTE = /^\W*editor['’]s note\b/i;
const JOIN_DETAILS = /^\W*(?:meeting id|passcode|dial-in|join (?:by|via) (?:phone|video))\b/i;
// A call app's transcript logs who came and went, and who turned the transcription on, on lines of
// their own with no stop ("Kari Lind joined the meeting", "Anna Berg started transcription"): the
// record's log of the call it records, no meeting of its own. A sentence saying so ends in a stop.
// A log line is short: the pattern is tried on no longer sentence.
const LOG_LINE = 90;
const PRESENCE_LOG =
  /^(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}(?:(?:has[ \t]+)?(?:joined|left)[ \t]+the[ \t]+(?:meeting|call)|(?:started|stopped)[ \t]+(?:transcription|recording))[ \t]*$/u;
const TEXT =
  '(?:readout|summary|record|account|transcript|communiqu[eé]|statement|declaration|(?:press )?release)';
// The predicates a text uses of itself only: its standing, its languages, where else it is found,
// and what was done to it.
const SELF_NOTE = new RegExp(
  String.raw`^\W*this (?:joint )?${TEXT} (?:(?:is|was) (?:provided for (?:information|reference)\b|not an? (?:verbatim|full|complete|official) (?:record|transcript|account)\b|(?:also )?(?:issued|published|available) in (?:(?:two|three|four|five|several|all|the) (?:official )?languages|\p{Lu}\p{L}+(?:,? (?:and|or) \p{Lu}\p{L}+)+)\b|(?:also )?available (?:at|on|online)\b)|has been (?:edited|abridged|translated|shortened)\b)`,
  'iu',
);

/** True when the sentence at [start, end) of `text` is a note about the text, not its report. */
export function isPageNote(text: string, start: number, end: number): boolean {
  if (!startsLine(text, start) && !endsText(text, end)) return false;
  const sentence = text.slice(start, end);
  return (
    (sentence.length <= LOG_LINE && PRESENCE_LOG.test(sentence) && endsLine(text, end)) ||
    EARLIER_VERSION.test(sentence) ||
    EDITORS_NOTE.test(sentence) ||
    JOIN_DETAILS.test(sentence) ||
    SELF_NOTE.test(sentence) ||
    ENQUIRIES.test(sentence)
  );
}
