// The note a transcription tool sets under the last turn of its record ("Transcription ended after
// 00:41:12", "Transcribed by https://otter.ai"): the tool's words, which end the record, not the
// last speaker's.
export const TRANSCRIBER_NOTE =
  /^(?:transcribed by\b.{0,80}|transcription (?:ended|stopped|finished)\b.{0,60})$/i;
