// The speaker's close to the room at the end of a record: a paragraph of their own after the last
// answer, still their words ("If there are no further questions, we will leave it there.",
// "All right, we're landing. Thanks, everyone."), where the page's closing lines are nobody's.

const SIGN_OFF =
  /^(?:if there are no (?:more|further|other) questions\b|(?:that|this) (?:concludes|ends|brings)\b|thank you(?:,? (?:all|everyone|very much))?[.!]$|that(?:'s| is) all (?:for today|from me)\b)/i;
// A short paragraph that ends on the thanks or the farewell, whatever comes before it ("That's it
// from me. Have a good afternoon."): a longer one is an answer's or the page's.
const FAREWELL =
  /(?:^|[.!?][ \t]+)(?:(?:thanks|thank you)(?:,? (?:all|everyone|everybody|very much|again|so much))?|have a (?:good|great|nice) (?:day|afternoon|evening|weekend)|see you (?:all )?(?:tomorrow|next week))[.!]$/i;
const FAREWELL_MAX = 160;
// "This concludes the unofficial transcript prepared by …": the transcriber's note on the record, not
// the speaker's close to the room.
const ON_THE_RECORD = /\b(?:transcripts?|transcription|record|recording|verbatim)\b/i;

/** Whether a closing line is the speaker's sign-off to the room (see above). */
export const closesToRoom = (line: string): boolean =>
  (SIGN_OFF.test(line) || (line.length <= FAREWELL_MAX && FAREWELL.test(line))) && !ON_THE_RECORD.test(line);
