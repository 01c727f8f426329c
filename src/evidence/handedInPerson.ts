// A text handed to someone named is handed over in person, at a sitting with them: "the draft was
// handed to both sides in Ntalaba on April 25", "she handed it to the head of the delegation on
// Sunday", "the mediator handed both sides a 28-point draft on 17 March" report a meeting. So does a
// text tabled, laid before those at the table ("the plan the envoy tabled on 18 March"), handed out
// among them, or handed over, from hand to hand ("the plan they handed over on 2 April"). A text
// submitted, circulated or handed in stays the statement of the side that gives it (handedTexts.ts).

// Who receives, after "to": a name, a side, a delegation or its head, an envoy, a pronoun; not a
// day or a month ("its reply to Monday's proposal"), not a text "handed in" (submitted), and not a
// newsroom or a legislature ("handed to Reuters", "handed its reply to Parliament": a leak or a filing).
const NOT_SITTING = String.raw`(?:Reuters|AFP|AP|Associated Press|Bloomberg|TASS|Xinhua|Kyodo|Yonhap|Anadolu|PTI|Al Jazeera|BBC|(?:[A-Z][\w'’-]* ){0,3}(?:Times|Post|News|Wire|Agency|Journal|Herald|Gazette)|Parliament|Congress|Senate|Assembly|Bundestag|Duma|Court)\b`;
const TO_SOMEONE = new RegExp(
  String.raw`^(?! in (?!person\b))(?: (?:it|them|this|that|over|personally|in person|(?:a |the )?(?:printed |signed |sealed )?copy(?: of it)?))*(?: [^,.;]{0,70}?)? to (?:the |both |each |his |her |their |its )?(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d|['’]s\b)|${NOT_SITTING})[A-Z\u00C0-\u00DE]|(?:two )?(?:sides|parties|delegations?|heads? of|envoys?|ambassadors?|mediators?|ministers?|negotiators?)\b|(?:him|her|them|me|us)\b)`,
);
// The receiver before the text: "handed both sides a draft", "handed the two delegations the text".
const SOMEONE_THEN_TEXT =
  /^ (?:both (?:sides|parties|delegations)|the (?:two |three )?(?:sides|parties|delegations)|(?:him|her|them|me|us)|[A-Z\u00C0-\u00DE][\w'’-]+(?:['’]s delegation)?) (?:a|an|the|its|their|his|her)\b/;

// Laid on the table, handed round or handed over: given to those present, whoever they are.
const TABLED = /^tabl(?:ed|es|ing)$|^hand(?:ed|s|ing) over$/i;
const HANDED_OUT = /^ out\b/i;

/** Whether a trigger word hands a text over at a sitting: to someone named, tabled, handed out or over (`after`: the sentence after the word). */
export const handedInPerson = (word: string, after: string): boolean =>
  TABLED.test(word) ||
  (/^hand(?:ed|s|ing)$/i.test(word) &&
    (TO_SOMEONE.test(after) || SOMEONE_THEN_TEXT.test(after) || HANDED_OUT.test(after)));
