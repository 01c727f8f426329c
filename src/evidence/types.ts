// The evidence engine's inputs and outputs: the roster and draft it reads against, the
// cleaned document, and the suggested claims it produces. Structurally compatible with
// `Party`, `Person` and `Provision` in src/core/model.ts, so the store can pass those in.
import type { Genre, GenreGuess } from './genre.ts';
import type { ShapedLabelReader } from './shapedLabels.ts';

/** A negotiating party as the engine needs it (compatible with core `Party`). */
export interface RosterParty {
  id: string;
  name: string;
  role: string;
  aliases: string[];
}

/** A person as the engine needs it (compatible with core `Person`). */
export interface RosterPerson {
  id: string;
  name: string;
  office?: string | undefined;
  party?: string | undefined;
  aliases: string[];
}

export interface Roster {
  parties: RosterParty[];
  people: RosterPerson[];
}

/** A provision of the current draft (compatible with core `Provision`). */
export interface ProvisionRef {
  path: string;
  number: string;
  heading?: string | undefined;
  text: string;
  topics: string[];
}

/** Half-open character range `[start, end)` into a document's clean text. */
export type Span = [number, number];

export interface DocumentMeta {
  title?: string;
  outlet?: string;
  /** Publication date `YYYY-MM-DD`. */
  date?: string;
  /** Where the date was found, and how far to trust it (0–1). */
  dateFrom?: 'front-matter' | 'url' | 'dateline' | 'text';
  dateConfidence?: number;
  author?: string;
  /** The page's address when the document starts with it. */
  url?: string;
}

export type RemovedKind =
  | 'front-matter'
  | 'header'
  | 'navigation'
  | 'caption'
  | 'embed'
  | 'duplicate'
  | 'credit';

/** Something cleaning dropped, kept so a reviewer can see what went and why. */
export interface Removed {
  kind: RemovedKind;
  text: string;
}

export interface CleanedDocument {
  meta: DocumentMeta;
  rawText: string;
  cleanText: string;
  removed: Removed[];
  /** How many mojibake sequences were repaired (0 when the text was sound). */
  repairs: number;
  /** Where the parts under day headings start ("Monday 16 March 2043" over a feed's entries), when there are two days or more. */
  dayHeadings?: { start: number; day: string }[];
}

/** Who said a quote: a roster person or party when resolved, else the name or description. */
export interface Speaker {
  name: string;
  personId?: string;
  partyId?: string;
  /** How the speaker was found: named beside the quote, a pronoun, a title, or "according to". */
  via: 'name' | 'pronoun' | 'title' | 'description';
  /** The speaker as the document names them ("MS. DORN", "the presidential press service"). */
  said?: string;
}

export interface QuoteData {
  words: string;
  speakerSpan?: Span;
  /** How the quotation is marked: quote marks (the default), a transcript turn, a post, a bullet. */
  form?: 'turn' | 'post' | 'bullet';
  /** Opened and never closed: the quotation is taken to its paragraph's end. */
  unclosed?: boolean;
  /** Another speaker's words relayed with their owner named ("As X said, …"): for attribution only. */
  relayed?: boolean;
}

export type EventClaimKind = 'meeting' | 'call' | 'talks' | 'summit' | 'visit' | 'statement' | 'deadline';

export interface EventData {
  eventKind: EventClaimKind;
  /** `YYYY-MM-DD`, resolved against the publication date. */
  date?: string;
  dateText?: string;
  /**
   * The first and last day the event may fall on, where the text gives a period, not a day
   * ("mid-April", "next week", "from 18 to 20 March"). `date` is then the day the period names,
   * if any: a span's first day, the 15th of "by mid-April", none for "next week".
   */
  period?: [string, string];
  place?: string;
  /** Party and person ids named in the sentence. */
  participants: string[];
  tense: 'past' | 'future';
  /** The party whose own page or spokesperson's turn tells the event: its bare titles are its people (ownSide.ts). */
  side?: string;
  /** The speaker of the post or turn that tells the event as their own act ("Met with …", "I met …"): ownVoice.ts. */
  author?: string;
}

export interface MentionData {
  entity: 'party' | 'person' | 'provision';
  /** Party or person id; for provisions, the topic. */
  id: string;
  /** Paths of draft provisions on this topic (provision mentions only). */
  provisions?: string[];
}

export type PositionStance = 'accept' | 'reject' | 'amend' | 'red_line' | 'authored';

export interface PositionData {
  party: string;
  stance: PositionStance;
  topic?: string;
  provisions?: string[];
  /** "may not accept" rather than "rejects". */
  hedged: boolean;
}

interface ClaimBase {
  text: string;
  span: Span;
}

export type SuggestedClaim =
  | (ClaimBase & { kind: 'quote'; speaker?: Speaker; data: QuoteData })
  | (ClaimBase & { kind: 'event'; data: EventData })
  | (ClaimBase & { kind: 'mention'; data: MentionData })
  | (ClaimBase & { kind: 'position'; data: PositionData });

export type ClaimKind = SuggestedClaim['kind'];

export interface ExtractContext {
  roster: Roster;
  /** How to read the text (see genre.ts); news when not given. */
  genre?: Genre;
  provisions?: ProvisionRef[];
  /** Publication date `YYYY-MM-DD`: relative dates ("on Tuesday") resolve against it. */
  published?: string;
  /**
   * The day the document was received (`YYYY-MM-DD`, the ingest day): never its date, but the
   * year of a dateline that writes none ("SORRANCE, March 19 (Corbel Wire) -").
   */
  received?: string;
  /**
   * The headline the cleaner took out of the text (a news page's): an institution's masthead there
   * ("Official website of the President of Arvenia") still says whose page it is (ownPage.ts).
   */
  title?: string;
  /** The publisher the page names itself by ("Official website of the President of Arvenia"), read as the title is. */
  site?: string;
  /**
   * The labels the decoded document gives by their lines' shape (shapedLabels.ts), read once for
   * its genre and passed on for its turns (null: it gives none); read from the text when not given.
   */
  shapedLabels?: ShapedLabelReader | null;
  /** Where the parts under the page's day headings start, and their days (CleanedDocument). */
  dayHeadings?: { start: number; day: string }[];
}

export interface ProcessedDocument extends CleanedDocument {
  fileName: string;
  genre: GenreGuess;
  /** sha256 (hex) of the clean text: the same article cleaned twice has the same hash. */
  contentHash: string;
  claims: SuggestedClaim[];
}
