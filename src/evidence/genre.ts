// A document's genre, from the conventions each genre keeps: speaker labels for transcripts,
// a handle for social-media posts, "joint statement" or "press release" in the header,
// the set phrases of official readouts. Reading rules (turns, whose voice the text is,
// whether the headline is part of the record) follow from it.

export type Genre =
  | 'news'
  | 'readout'
  | 'press-conference'
  | 'meeting-transcript'
  | 'joint-statement'
  | 'social'
  | 'press-release';

export interface GenreGuess {
  genre: Genre;
  /** What gave it away, for a reviewer. */
  cue: string;
}

/** A speaker label opening a paragraph: "MS. DORN:", "Q:", "Envoy Holm:", "T. Rieck:", "CHAIR (Mr. Oberg):". */
export const TURN_LABEL =
  /^(?:(Q|Question|QUESTION)(?:\s*\([^)\n]{1,40}\))?|((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*\(([^)\n]{1,40})\))?):[ \t]+(?=\S)/u;

// Capitalised words that open "Word: text" lines without being anyone's name.
const NOT_LABELS =
  /^(?:The|A|An|This|That|Note|Notes|Contact|Media|Source|Sources|Date|Dateline|Update|Updated|Editor|Tags|Photo|Subject|Location|Time|Venue|Re|Ref|Tel|Phone|Email|Web|Website|Agenda|Item|Items|Article|Annex|Section|Chapter|Part|Point|Points|Summary|Topic|Attendees|Participants|Present|Warning|Breaking|Watch|Read|Related|Published|Posted|Caption|Image|Video|Live|Title|Quote|Background|Context|Statement|Transcript|Minutes|Record|Draft|Official|Total|Result|Results|Status|Decision|Decisions)\b/;

/** The label of a speaker's turn at the start of `paragraph`, if it has one. */
export function turnLabel(paragraph: string): RegExpExecArray | undefined {
  const m = TURN_LABEL.exec(paragraph);
  if (!m) return undefined;
  if (m[2] !== undefined && NOT_LABELS.test(m[2])) return undefined;
  return m;
}

const HANDLE = /(?:^|[\s(])@\w{2,30}\b/;
const JOINT = /\bjoint\s+(?:statement|communiqu[eé]|declaration|press\s+statement)\b/i;
const RELEASE = /\b(?:press\s+release|news\s+release|for\s+immediate\s+release|media\s+release)\b/i;
const RELEASE_END = /^(?:###|-\s?30\s?-|ends\.?|media contact:.*|contact:.*|for further information:.*)$/im;
const PRESS = /\b(?:press\s+(?:conference|briefing)|briefing|news\s+conference|press\s+point)\b/i;
const READOUT =
  /\b(?:the sides|the parties|the leaders|the interlocutors|the two (?:leaders|ministers|sides))\b|\b(?:held (?:a )?(?:telephone|phone) (?:conversation|call)|had a telephone (?:conversation|call)|held talks with|holds talks with|received|underlined|emphasi[sz]ed|stressed that|noted that|exchanged views|agreement was reached|it was agreed|set out|speaks with|spoke with|reaffirmed|discussed|touched upon|expressed (?:the )?hope|held consultations|briefed (?:him|her|them|the \w+) on|informed (?:his|her|their) (?:interlocutor|counterpart)s?)\b/gi;

/** Guesses the genre of a decoded document from its header and its conventions. */
export function detectGenre(text: string): GenreGuess {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const head = paragraphs.slice(0, 6).join('\n');
  const labels = paragraphs.map((p) => turnLabel(p)).filter((m) => m !== undefined);
  if (labels.length >= 3) {
    const questions = labels.filter((m) => m[1] !== undefined).length;
    if (questions > 0 || PRESS.test(head))
      return { genre: 'press-conference', cue: `${labels.length} speaker turns` };
    return { genre: 'meeting-transcript', cue: `${labels.length} speaker turns` };
  }
  const firstLines = paragraphs.slice(0, 4);
  if (firstLines.some((p) => HANDLE.test(p) && p.length < 120) && text.length < 3000)
    return { genre: 'social', cue: 'an @handle in the header' };
  if (RELEASE.test(head) || RELEASE_END.test(paragraphs.slice(-3).join('\n')))
    return { genre: 'press-release', cue: 'press release header or footer' };
  if (JOINT.test(paragraphs.slice(0, 3).join('\n')))
    return { genre: 'joint-statement', cue: 'joint statement in the header' };
  const readout = text.match(READOUT)?.length ?? 0;
  const quotes = (text.match(/["“”]/g)?.length ?? 0) / 2;
  if (readout >= 3 && readout > quotes) return { genre: 'readout', cue: `${readout} readout phrases` };
  return { genre: 'news', cue: 'default' };
}
