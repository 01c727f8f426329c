// Negotiators back at the table are the talks resumed: "the delegations are due back at the
// table in Drava on Monday", "both sides returned to the negotiating table". Not a text or an
// offer "back on the table", nor someone gone back to a table "to fetch" something, nor a side
// called on, urged, refusing, hoped or threatening "to return to the table" (or who "would not
// return"), an appeal, a wish or a refusal and no sitting. "Back at the table" is the talks only
// with negotiators or a party for its subject (sidesBackAtTheTable), never an issue or an offer.
import type { Accept } from './callWording.ts';
import type { EventClaimKind } from './types.ts';

// Who may be "back at the table": negotiators, the sides, or a party by its name (a capital word
// that is no article). An issue or an offer "back at the table" is a matter discussed, not a side
// sitting: "the water question is back at the table".
const SIDES_BEFORE =
  /\b(?:delegations?|delegates|negotiators|teams|sides|parties|envoys|mediators|ministers|they|we)\b|\b(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|But|And|So|Now)\b)[A-Z][\w'’-]+/;
const MATTER_BEFORE =
  /\b(?:question|issue|matter|topic|subject|offer|proposal|text|plan|draft|idea|demand|dispute|agenda)s?\b[^,]*$/i;
const sidesBackAtTheTable: Accept = (sentence, at, word) => {
  if (!/^back/i.test(word)) return true;
  const before =
    sentence
      .slice(Math.max(0, at - 60), at)
      .split(/[.;]/)
      .pop() ?? '';
  return SIDES_BEFORE.test(before) && !MATTER_BEFORE.test(before);
};
// A return to the table only wished, asked for or refused: "refused to return", "hoped to return".
const NO_SITTING =
  '(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|press(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing) to|refus(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|hop(?:e|ed|es|ing)|want(?:s|ed|ing)?|demand(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|insist(?:s|ed|ing)?)';

export const BACK_AT_TABLE: [EventClaimKind, RegExp, string[], Accept] = [
  'talks',
  new RegExp(
    `\\b(?:back|(?<!\\b${NO_SITTING}\\b[^.;]{0,60}\\b(?:to|would|will|could|should|might) )(?<!\\b(?:not|never|won[’']t|wouldn[’']t|didn[’']t) )return(?:s|ed|ing)?) (?:at|to) the (?:negotiating )?table\\b(?! (?:to|for)\\b)`,
    'gi',
  ),
  ['back at', 'back to', 'return'],
  sidesBackAtTheTable,
];
