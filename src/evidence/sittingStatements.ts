// A statement made to a chamber at the sitting its record reports: the minister asking leave to
// make one, or the chair calling it as the business now taken. Said ahead, it is delivered in the
// same sitting, on the record's day; a member asking whether the minister "will make a statement"
// asks for one, and none is made.

// The minister announcing the statement being made, or the chair calling it as the business now taken.
const MADE_NOW =
  /\b(?:I (?:shall|will|wish to|would like to|should like to) (?:now )?make (?:a|an oral|this)|(?:next|first) item of business (?:is|will be) (?:a|an oral|the)(?: ministerial)?) $/i;
// A statement promised for a time to come, not the one now made: "When the talks end, I will make a
// statement", "I shall make a statement after the recess".
const LATER =
  /\b(?:when|whenever|once|if|after|before|until|following|later|next(?! item)|tomorrow|in due course|as soon as|at the end)\b/i;

/** Whether the statement at `at` is one made at the sitting the record reports. */
export const madeAtSitting = (sentence: string, at: number): boolean =>
  /^statement\b/i.test(sentence.slice(at, at + 9)) &&
  MADE_NOW.test(sentence.slice(Math.max(0, at - 60), at)) &&
  !LATER.test(sentence);
