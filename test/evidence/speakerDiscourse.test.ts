// Who speaks a quotation when the text names them away from it: a title in capitals over a
// gaggle's "THE PRESIDENT:", a site's name in the page title, an office whose verb makes the next
// name its object, a pronoun after "the aide said", "the words of the President", a passive "was
// first used by". Texts invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

const who = (claims: SuggestedClaim[]): [string, string | undefined][] =>
  claims
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

/** Each quotation's words and its speaker (a roster id, else the name), the genre read from the text. */
const quotes = (text: string) => who(extractClaims(text, { roster, genre: detectGenre(text).genre }));

describe('a title in capitals names the holder of a label that is only an office', () => {
  it('reads "THE PRESIDENT:" under "PRESS GAGGLE BY PRESIDENT KOSTAL" as Kostal', () => {
    const text = [
      'THE WHITE HOUSE\nOffice of the Press Secretary\nFor Immediate Release                March 9, 2031',
      'PRESS GAGGLE BY PRESIDENT KOSTAL\nAboard Air Force One',
      '4:12 P.M.',
      'THE PRESIDENT:  Hi, everybody.  Okay, go ahead.',
      'Q    Madam President, has President Varin seen the text?',
      "THE PRESIDENT:  He's seen it.  It's agreed, basically.",
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual(['kostal', 'journalist', 'kostal']);
  });

  it('reads a minister\'s "THE SECRETARY:" under a title in capitals so too', () => {
    const text = [
      'REMARKS BY FOREIGN MINISTER INGRID SOLBERG AND SPECIAL ENVOY HENRIK DAHL',
      'Fjellby',
      'THE FOREIGN MINISTER:  Good morning. The text is ready.',
      'QUESTION:  Has Foreign Minister Lund of Arvenia seen it?',
      'THE FOREIGN MINISTER:  When both sides are ready.',
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual(['solberg', 'journalist', 'solberg']);
  });

  it('keeps the office as written when the title names no holder of it', () => {
    const text = [
      'THE WHITE HOUSE',
      'PRESS GAGGLE BY SECRETARY OF STATE LENA MARROW\nAboard the plane',
      'THE PRESIDENT:  Hi, everybody.  Go ahead.',
      'Q    Is there a deal?',
      "THE PRESIDENT:  Basically.  We'll see.",
    ].join('\n\n');
    expect(quotes(text).map(([, s]) => s)).toEqual(['The President', 'journalist', 'The President']);
  });
});

describe("a page's site name in its title says whose page it is", () => {
  it('reads "the President said" on a president\'s site as the site\'s president, whoever else is named', () => {
    const html = `<!DOCTYPE html><html><head><title>Mira Kostal met with Special Envoy Henrik Dahl — Official website of the President of Arvenia</title></head>
<body><main><article><h1>Mira Kostal met with Special Envoy Henrik Dahl</h1>
<p>The Head of State met in Kessel with Special Envoy of Norland Henrik Dahl, who arrived after his visit to Drava.</p>
<p>The parties discussed the results of the talks of President Oleg Varin with the envoy, held in Drava on Thursday, as well as the exchange of prisoners and the next round.</p>
<p>"We are working on every word. The document is shorter and better, but it is not final," the President said.</p>
</article></main></body></html>`;
    const doc = processDocument(new TextEncoder().encode(html), 'page.html', { roster });
    expect(who(doc.claims)).toEqual([
      ['We are working on every word. The document is shorter and better, but it is not final,', 'kostal'],
    ]);
  });
});

describe('an office or a pronoun with its verb makes the first name after it an object', () => {
  it('reads "the President said" after "The Head of State thanked President Varin" as the head of state', () => {
    const text = [
      'President of Arvenia Mira Kostal met in Kessel with Special Envoy Henrik Dahl, who arrived after his visit to Drava.',
      'The Head of State thanked President Oleg Varin for the exchange of prisoners and discussed the next round.',
      '"We are working on every word. The document is not final," the President said.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['We are working on every word. The document is not final,', 'kostal']]);
  });

  it('reads "he said" after "The envoy noted that … headed by Taras Melnyk" as the envoy', () => {
    const text = [
      'KESSEL, March 18. Special Envoy Henrik Dahl told reporters after the session that the text had been initialled.',
      'The envoy noted that the Arvenian side was represented only by the delegation headed by Taras Melnyk. Nobody from the Union was present, he said, adding that "an observer was in the building, in a separate room."',
    ].join('\n\n');
    expect(quotes(text)).toEqual([['an observer was in the building, in a separate room.', 'dahl']]);
  });

  it('still reads an office\'s "of" phrase, and a cleft\'s name, as the subject', () => {
    const text = [
      'The President of Arvenia Mira Kostal told reporters in Kessel: "The text is not final."',
      'It was Ingrid Solberg who set the tone on the first morning. "No bridge will be traded for a signature," she told the Torvanian delegation, according to two people in the room.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['The text is not final.', 'kostal'],
      ['No bridge will be traded for a signature,', 'solberg'],
    ]);
  });
});

describe('a pronoun after a described speaker is that speaker', () => {
  const text = [
    'KESSEL, March 7. /ARVINFORM/. The talks lasted five hours, presidential aide Taras Melnyk told reporters on Friday.',
    '"Not everything was agreed," Melnyk said.',
    "According to Melnyk, the meeting was held one-on-one. Dahl was accompanied by the Norland charge d'affaires.",
    '"Now we will see what comes back from Fjellby," the aide said.',
    'He did not rule out a new round next week, but said "the dates are being agreed."',
    'Asked about the zone, the aide said the Arvenian side was speaking about a pullback of "no more than ten kilometres." He declined to give details, noting only that "the numbers are still moving."',
  ].join('\n\n');

  it('reads "He" opening the paragraph after "…," the aide said." as the aide', () => {
    expect(quotes(text)).toContainEqual(['the dates are being agreed.', 'melnyk']);
  });

  it('ends a sentence at a quotation ending on a stop: the next sentence\'s "He" is not the side named before it', () => {
    expect(quotes(text)).toContainEqual(['the numbers are still moving.', 'melnyk']);
  });

  it('still reads a question\'s "he asked" and the words after it as the one named before', () => {
    const asked = [
      'Citadel spokesman Pavel Surin spoke to reporters in Drava on Tuesday.',
      '"Will the text be signed on Friday?" he asked. "Nobody in Drava knows."',
    ].join('\n\n');
    expect(quotes(asked)).toEqual([
      ['Will the text be signed on Friday?', 'surin'],
      ['Nobody in Drava knows.', 'surin'],
    ]);
  });
});

describe('a clause that names whose words it gives', () => {
  it('reads "recalled the words of the President …:" as the relayer\'s own president', () => {
    const text =
      'DRAVA, March 18 (Torvania Press). Citadel spokesman Pavel Surin said on Tuesday that the talks had been useful. Surin recalled the words of the President at the meeting with the Norland envoy: "We are ready to look for solutions, but not at any price."';
    expect(quotes(text)).toEqual([['We are ready to look for solutions, but not at any price.', 'varin']]);
  });

  it('reads a briefing\'s "Let me quote the words of the President:" as the ministry\'s president', () => {
    const text = [
      'Ministry of Foreign Affairs of the Republic of Torvania',
      'Briefing by Citadel spokesman Pavel Surin, Drava, March 12, 2031',
      '<...>',
      'As you know, on March 6 President Oleg Varin received Special Envoy Henrik Dahl. Mr Dahl was told very clearly what our President had already said. Let me quote the words of the President, which many of your colleagues translated incorrectly: "We are open to compromise, but not at any cost."',
      'Question: Is a new round planned?',
      'Pavel Surin: Contacts are continuing.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['We are open to compromise, but not at any cost.', 'varin'],
      ['Is a new round planned?', 'journalist'],
      ['Contacts are continuing.', 'surin'],
    ]);
  });

  it("leaves a colon after the speaker's own verb to the speaker", () => {
    const text =
      'Citadel spokesman Pavel Surin recalled that the talks had run late: "We left after midnight, and nobody complained."';
    expect(quotes(text)).toEqual([['We left after midnight, and nobody complained.', 'surin']]);
  });

  it('reads a translation the paper gives as its own as the words of the one it translates', () => {
    const text =
      'President Oleg Varin wrote after the exchange, in the presidency\'s English translation: "We will not trade Drava for a signature." The Fjellby Review\'s own translation of the original reads: "We shall not give Drava away for a signature on paper."';
    expect(quotes(text).map(([, s]) => s)).toEqual(['varin', 'varin']);
  });
});

describe('a passive or a demand names the speaker', () => {
  it("reads '\"…\" — was first used by Foreign Minister Solberg' as Solberg's", () => {
    const text =
      'In Fjellby, a line that has done the rounds — "a ceasefire is not a gift, it is a contract" — was first used by Foreign Minister Ingrid Solberg, officials said.';
    expect(quotes(text)).toEqual([['a ceasefire is not a gift, it is a contract', 'solberg']]);
  });

  it("reads 'Ms. Kostal has demanded \"all for all\"' as Kostal's, not the country's before her", () => {
    const text = 'Arvenia says its lists run to 1,500 names, and Ms. Kostal has demanded "all for all."';
    expect(quotes(text)).toEqual([['all for all.', 'kostal']]);
  });
});

describe("protocol's honorifics and a ministry site's masthead", () => {
  const text = [
    'Ministry of Foreign Affairs - Kingdom of Norland',
    'Under the patronage of Her Excellency Ingrid Solberg, Foreign Minister, Arvenia and Torvania initialled today in Fjellby the Vell Framework.',
    'The ceremony was attended by His Excellency Mr. Taras Melnyk, Chief of Staff of the President of Arvenia, and His Excellency Mr. Pavel Surin, spokesman of the Citadel.',
    'In her speech at the ceremony, Her Excellency the Minister affirmed that "today the two parties have proven that dialogue is stronger than weapons."',
    '"The Vell Framework is not a text that was imposed on anyone," Her Excellency added.',
  ].join('\n\n');

  it('reads "the Minister affirmed" under a ministry\'s masthead as its minister', () => {
    expect(quotes(text)[0]).toEqual([
      'today the two parties have proven that dialogue is stronger than weapons.',
      'solberg',
    ]);
  });

  it('reads "Her Excellency added" as the last one named "Her Excellency", not a "His Excellency" named since', () => {
    expect(quotes(text)[1]).toEqual([
      'The Vell Framework is not a text that was imposed on anyone,',
      'solberg',
    ]);
  });

  it('reads "His Highness" as the one named with it, whatever office the roster gives him', () => {
    const gulf = [
      'Under the patronage of His Highness Henrik Dahl, the initialling ceremony was attended by Her Excellency Mrs. Mira Kostal.',
      '"The text belongs to the two parties," His Highness added.',
    ].join('\n\n');
    expect(quotes(gulf)).toEqual([['The text belongs to the two parties,', 'dahl']]);
  });
});
