// The note a transcription tool or an editor sets under the last turn of a record ("Transcription
// ended after 00:41:12", "Transcribed by https://otter.ai", "This transcript was exported on 4 May", "This interview has been edited for
// length and clarity."): the record's words about itself, which end it, not the last speaker's.
// A service's export of part of a record says where the part ends, set off by dashes or not ("— End of
// excerpt. Full transcript available to members. —").
export const TRANSCRIBER_NOTE =
  /^(?:[—–-][ \t]*end of (?:the )?(?:excerpt|extract|transcript|recording)\b.{0,200}|end of (?:the )?(?:excerpt|extract)\b.{0,200}|transcribed by\b.{0,200}|(?:this |the )?(?:transcript|transcription|file)\s+was\s+(?:exported|generated|created|downloaded)\b.{0,200}|transcription (?:ended|stopped|finished)\b.{0,60}|(?:this |the )?(?:interview|transcript|conversation|exchange|answers)\s+(?:has|have)\s+been\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed|abridged)\b.{0,80})$/i;
