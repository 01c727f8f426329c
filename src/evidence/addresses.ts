// A leader's address or speech published as its own text ("We will not sign in the dark. Address
// by President of Dalvany Oleksa Marrant", "Evening address of the President", "Speech by Foreign
// Minister Ingrid Solberg at the Council"): its body is the speaker's own words, one quotation,
// as a post is its author's. A statement "by" an office (a bloc's, a ministry's) is the document's
// own voice and stays none.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { officeHolder } from './offices.ts';
import { titleSpeaker } from './openingRemarks.ts';
import type { PagePrincipal } from './ownPage.ts';
import { fromPerson } from './speakers.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const ADDRESS =
  /\b(?:(?:video|evening|televised|nightly|weekly|new year(?:['’]s)?|annual|inaugural)\s+)?(?:address|speech)\s+(?:to the nation\s+)?(?:by|of)\s+(?:the\s+)?([^\n.!?]{2,100}?)\s*$/i;
// A paragraph of the body ends as a sentence does; a date, a credit or a tag line does not.
const SENTENCE_END = /[.!?…"”»]$/u;
// A speech is said in the first person: "I", "we", "our".
const FIRST_PERSON = /\b(?:I|we|We|our|Our|my|My|us)\b/g;
const HEAD_PARAGRAPHS = 8;

/** The address's speaker: named in its title, else the page's principal ("Evening address of the President"). */
function speakerOf(named: string, text: string, gazetteer: Gazetteer, principal?: PagePrincipal): Speaker {
  const found = speakerNamed(named, gazetteer);
  if (found?.personId) return { ...found, said: named };
  // "the President of Ellandor": the office's holder for the party it names.
  const holder =
    officeHolder(named, gazetteer, text, found?.partyId ? [found.partyId] : []) ?? principal?.person;
  return holder ? { ...fromPerson(holder), said: named } : { name: named, via: 'title', said: named };
}

/** The one quotation of an address's body, spoken by the one its title names; none for other texts. */
export function addressQuote(
  text: string,
  paragraphs: Span[],
  gazetteer: Gazetteer,
  title?: string,
  principal?: PagePrincipal,
): SuggestedClaim[] {
  const texts = paragraphs.map(([s, e]) => text.slice(s, e).trim());
  const at = texts.slice(0, HEAD_PARAGRAPHS).findIndex((p) => p.length < 200 && ADDRESS.test(p));
  const titled = at === -1 && title !== undefined ? ADDRESS.exec(title) : null;
  if (at === -1 && !titled) return [];
  const heading = titled ?? ADDRESS.exec(texts[at]!)!;
  let first = at + 1;
  while (first < texts.length && !SENTENCE_END.test(texts[first]!)) first++;
  let last = first;
  while (last + 1 < texts.length && SENTENCE_END.test(texts[last + 1]!)) last++;
  if (first >= texts.length) return [];
  const span: Span = [paragraphs[first]![0], paragraphs[last]![1]];
  const body = text.slice(...span);
  if ((body.match(FIRST_PERSON)?.length ?? 0) < 2) return [];
  return [
    {
      kind: 'quote',
      text: body,
      span,
      speaker: speakerOf(titleSpeaker(heading[0]) ?? heading[1]!.trim(), text, gazetteer, principal),
      data: { words: body.replace(/\s+/g, ' ').trim(), form: 'turn' },
    },
  ];
}
