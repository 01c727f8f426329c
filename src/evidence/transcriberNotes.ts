// The note a transcription tool or an editor sets under the last turn of a record ("Transcription
// ended after 00:41:12", "Transcribed by https://otter.ai", "This transcript was exported on 4 May", "This interview has been edited for
// length and clarity."): the record's words about itself, which end it, not the last speaker's.
// A service's export of part of a record says where the part ends, alone or set off by dashes ("— End of
// excerpt. Full transcript available to members. —"). Only the tool's own wording, the whole paragraph:
// a speaker's "The file was created in Torvania in January" or "End of extract. That is all they sent
// us." is a turn's words, and the record goes on. The tool's export says by what, with what, or on
// what date ("exported on 4 May", "generated automatically", "created by Scribe").
// A transcription app's footer names it by its site or among its links ("Powered by Scribely.ai ·
// Download: DOCX | PDF"). A service's disclaimer under its transcript says it may hold errors ("Scribely
// transcripts may contain errors. Visit Scribely.com to learn more.").
export const TRANSCRIBER_NOTE =
  /^(?:[—–-][ \t]*end of (?:the )?(?:excerpt|extract|transcript|recording)(?:[.!]?|\b[^\n]{0,200}?[ \t][—–-])|end of (?:the )?(?:excerpt|extract)[.!]?|transcribed by\b.{0,200}|powered by\s+[\w-]+(?:\.(?:ai|io|com|app|net|org)\b|\s*[·|]).{0,200}|(?:this |the )?(?:transcript|transcription|file)\s+was\s+(?:exported|generated|created|downloaded)\s+(?:automatically\b|(?:by|from|using|with|via)\s|on\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)).{0,200}|(?:(?!(?:our|my|your|their|his|her|its|these|those)\s)[\w.-]+\s+)?(?:automated\s+|automatic\s+|machine\s+)?(?:transcripts?|transcriptions?|captions)\s+(?:may|might|can|could)\s+contain\s+(?:errors|mistakes|inaccuracies)[.;](?:\s.{0,200})?|transcription (?:ended|stopped|finished)\b.{0,60}|(?:this |the )?(?:interview|transcript|conversation|exchange|answers)\s+(?:has|have)\s+been\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed|abridged)\b.{0,80})$/i;
