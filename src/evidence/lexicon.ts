// Word lists the rules share: reporting verbs, titles and offices, and capitalised words
// that are never part of a person's name. Kept in one place so tuning is one edit.

/** Verbs that introduce or follow a quotation. */
export const REPORTING_VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|warned|warns|wrote|writes|insisted|insists|stressed|stresses|' +
  'announced|announces|stated|states|declared|declares|asked|asks|replied|replies|continued|continues|explained|' +
  'explains|argued|argues|claimed|claims|confirmed|confirms|acknowledged|acknowledges|admitted|admits|urged|urges|' +
  'posted|posts|tweeted|remarked|observed|insisted|recalled|suggested|suggests|responded|responds|emphasised|' +
  'emphasized|emphasises|emphasizes|cautioned|promised|pledged|vowed|predicted|conceded|countered|' +
  'accused|accuses|answered|answers|described|describes|informed|informs|called|calls|insist|tell|add|warn|note|write|' +
  'telling|saying|adding|noting|warning|writing|calling|describing|' +
  // Readouts introduce a speaker's list of points this way.
  'set out|sets out|outlined|outlines|underlined|underlines|' +
  // A demand or a restated line is a quotation's verb too: 'Mr. Levchyk has demanded "all for all"'.
  'demanded|demands|reiterated|reiterates|repeated|repeats|' +
  // Gulf and Asian ministries' English: "His Highness the Minister affirmed that "…"".
  'affirmed|affirms|reaffirmed|reaffirms|indicated|indicates|' +
  // A wish, praise or a label is the subject's own words: 'X wished Y a "happy and blessed" holiday'.
  'wished|wishes|hailed|hails|praised|praises|dubbed|dubs|branded|brands|' +
  // A cable's or a wire's softer verbs: 'X hinted that the deadline could slip "by a week, not more."'.
  'hinted|hints|signalled|signaled|signals|assured|assures|complained|complains|' +
  // A communiqué in stiff translation: 'the Minister expressed on the occasion: "…"'.
  'expressed|expresses|' +
  // A source's summary for the paper: "the points, as the deputy mediator summarised them:".
  'summarised|summarized|summarises|summarizes|' +
  // Translated European press lets an unnamed source confide: '"…," confides a diplomat who asked not to be named'.
  'confided|confides';

/** Head nouns of descriptions that can speak: "the official said", "a European diplomat told". */
export const SPEAKER_NOUNS =
  'official|officials|diplomat|diplomats|spokesperson|spokesman|spokeswoman|source|sources|president|minister|' +
  'secretary|envoy|senator|adviser|advisor|aide|chancellor|leader|leaders|statement|readout|ministry|office|' +
  'ambassador|negotiator|negotiators|delegate|delegation|mediator|commissioner|general|governor|analyst|expert|' +
  'experts|premier|representative|congressman|congresswoman|lawmaker|foreign secretary|prime minister|' +
  'service|press office|chancellery|presidency';

/** Lower-cased words that name an office or rank, never a person. */
export const TITLE_WORDS = new Set(
  (
    'president presidents vice prime minister secretary senator sen. rep. representative congressman congresswoman ' +
    'governor general gen. lieutenant colonel lt. col. army envoy special spokesperson spokesman spokeswoman foreign ' +
    'defence defense state chancellor sir mr. mrs. ms. dr. mr mrs ms dr republican democrat democratic chief head ' +
    'leader ambassador adviser advisor aide king queen prince pope commissioner deputy mayor former staff of the ' +
    'us u.s. uk eu un nato kremlin white house national security council majority minority senate justice dame lord ' +
    'baroness ' +
    // Honorifics of Gulf and Asian protocol: "His Highness Sheikh Nawaf", "Her Excellency Mrs. Wulan Rasyidah".
    'highness excellency majesty sheikh sheikha emir ' +
    'commander admiral marshal premier first lady his her their secretary-general counsellor counselor minister-president'
  ).split(' '),
);

/** Capitalised words that are never part of a person's name (months, days, institutions...). */
export const NOT_NAME_WORDS = new Set(
  (
    'the a an in on at and but or for of to by as if it its this that these those he she they we i you after before ' +
    'since while when where what who why how meanwhile moments asked speaking despite also however although though ' +
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday news forum committee street house council center centre complex ' +
    'investment performing arts international affairs security press times post day oblast region plan peace ' +
    'agency ministry office government parliament army navy forces union nations states kingdom republic ' +
    'federation commission summit talks war treaty agreement deal draft point points big breaking live update ' +
    'experts officials sources source report reports statement foundation institute university party media social ' +
    'east west north south eastern western northern southern central city island islands sea river bay ' +
    'airport palace hall square embassy bank fund group coalition alliance presidency administration ' +
    'photo thanksgiving christmas easter ramadan'
  ).split(' '),
);

/** Adjectives of nationality: they qualify a name ("Ukrainian President ..."), they are not one. */
// Made once: written inline, a \p{…} pattern is rebuilt on every call in the built engine.
const DEMONYM =
  /^(?:[\p{Lu}][\p{Ll}]+(?:ian|ish|ese|ean)|American|Russian|European|French|Dutch|Greek|Swiss|Thai|Israeli|Saudi|Emirati|Iraqi|Qatari|Pakistani)$/u;
export const isDemonym = (word: string): boolean => DEMONYM.test(word);

/**
 * The negotiating text by any of its names, a version of it too (not a reply, a letter or a speech),
 * as an alternation: who holds it, who it reached, who saw it, which version it is.
 */
export const TEXT_NOUNS = 'texts?|drafts?|frameworks?|documents?|versions?|plans?|papers?|memorand(?:um|a)';

/**
 * The verbs a text is given by, as an alternation: "handed over", "e-mailed", "presented to both
 * delegations" (receipt.ts reads the recipients after them; textState.ts a giving told unnamed).
 */
export const GIVING_VERBS =
  'handed(?: over)?|transmitted|sent|e-?mailed|forwarded|given|circulated|delivered|presented|shown|passed';

/**
 * The text as what is settled or not, as an alternation: "the agreement is final", "no agreed deal".
 * Apart from TEXT_NOUNS on purpose: a status is said of the agreement, the deal or the treaty, never
 * of a version or a memorandum.
 */
export const SETTLEMENT_NOUNS = 'text|framework|agreement|accord|deal|document|treaty|package|plan';

/**
 * Every party at the table, as holders or recipients of a text: "both delegations", "all parties",
 * "both heads of delegation", "each delegation".
 */
export const EVERYONE =
  /\b(?:both|the two|all(?: the)?(?: (?:three|four|five))?) (?:heads of (?:the )?delegations?|delegations|sides|parties|governments|capitals)\b|\bthe heads of (?:both|the two|all(?: the)?) delegations\b|\beach (?:delegation|side|party)\b|\beveryone\b|\beverybody\b/i;

// The text said open by its parts not all agreed: "not everything was agreed", "not all of the text
// has been agreed" (status.ts and textUnsettled.ts read both). Sources for a larger pattern.
export const NOT_ALL_AGREED = String.raw`\bnot (?:everything|all of (?:it|them|the text|the framework|the document)) (?:is|was|are|were|has been|had been|have been) (?:yet )?(?:agreed|final|finali[sz]ed|settled)\b`;
// "No provision of it is final", "no article in the text has been agreed yet".
export const NO_PART_AGREED = String.raw`\bno (?:provision|point|article|clause|paragraph|part|element|section)s? (?:of|in) (?:it|its|the|this)\b[^.;:!?]{0,30}?\b(?:is|are|was|were|has been|have been) (?:yet )?(?:final|finali[sz]ed|agreed|settled)\b`;

// The calendar's names, one list each: a reader that spells them out again drifts from the others.
/** A day of the week as written, capitalised, as a regex source ("Monday" … "Sunday"). */
export const WEEKDAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** A day of the week, as a pattern fragment ("monday" … "sunday", any case with the `i` flag). */
export const WEEKDAY = WEEKDAY_NAME.toLowerCase();
/** A month's full name as written, capitalised, as a regex source ("January" … "December"). */
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A month's name or its abbreviation, as a regex source: "Mar", "March", "sept" (with the `i` flag). */
export const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
/** A word that opens with a day of the week or a month, capitalised: a date, not a name. */
export const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH_NAME})\\b`);
/** A day of a month in either order, as a regex source: "22 March", "March 22nd". */
export const DAY_OF_MONTH = `(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?)`;
