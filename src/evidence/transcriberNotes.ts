// The note a transcription tool or an editor sets under the last turn of a record ("Transcription
// ended after 00:41:12", "Transcribed by https://otter.ai", "This interview has been edited for
// length and clarity."): the record's words about itself, which end it, not the last speaker's.
export const TRANSCRIBER_NOTE =
  /^(?:transcribed by\b.{0,200}|transcription (?:ended|stopped|finished)\b.{0,60}|(?:this |the )?(?:interview|transcript|conversation|exchange|answers)\s+(?:has|have)\s+been\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed|abridged)\b.{0,80})$/i;
