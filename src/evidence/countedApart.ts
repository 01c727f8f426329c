// Two figures of one unit that count two things, each by its own reading: a band's width and a
// line's length (measureKinds.ts), experts called "persons" against observers (peopleNamedBefore.ts),
// a part released beside the whole held (remainderWhole.ts), two contributors' shares of one mission
// (contributorShares.ts), a part given back against the whole held, those taken against those who
// still remain, and those to be freed against those freed (countFates.ts), shares of two wholes
// (percentWholes.ts), a giver's part of a fund against the fund (moneyShares.ts), both sides' people
// against one side's (bothSidesCounted.ts), a sum paid out so far against the fund (moneyPaidOut.ts),
// a movement against a level or a rise against a fall (figureMoves.ts), and two sums or two sizes of
// a text too far apart to be one (figuresFarApart.ts).
// One hook for the number flags in link.ts.

import { oneSideAndBoth } from './bothSidesCounted.ts';
import { sharesOfTwo } from './contributorShares.ts';
import { calledAndDone, partReturned, takenAndRemaining } from './countFates.ts';
import { movedAndStanding } from './figureMoves.ts';
import { figuresFarApart } from './figuresFarApart.ts';
import { widthAndLength } from './measureKinds.ts';
import { paidAndPledged } from './moneyPaidOut.ts';
import { moneyOfTwoHolders } from './moneyShares.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { peopleOfTwoKinds } from './peopleNamedBefore.ts';
import { sharesOfTwoWholes } from './percentWholes.ts';
import { partAndRemainder } from './remainderWhole.ts';

/** Whether two figures the number flags would set against each other count two things. */
export const countedApart = (a: Passage, x: Quantity, b: Passage, y: Quantity): boolean =>
  figuresFarApart(x, y) ||
  widthAndLength(a.text, x, b.text, y) ||
  peopleOfTwoKinds(a.text, x, b.text, y) ||
  partAndRemainder(a.text, x, b.text, y) ||
  sharesOfTwo(a, x, b, y) ||
  partReturned(a.text, x, b.text, y) ||
  takenAndRemaining(a.text, x, b.text, y) ||
  calledAndDone(a.text, x, b.text, y) ||
  sharesOfTwoWholes(a.text, x, b.text, y) ||
  moneyOfTwoHolders(a, x, b, y) ||
  oneSideAndBoth(a.text, x, b.text, y) ||
  paidAndPledged(a.text, x, b.text, y) ||
  movedAndStanding(a.text, x, b.text, y);
