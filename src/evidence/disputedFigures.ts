// Two figures one sentence gives to two sayers: "An official said the mission would have 40
// monitors, while Union diplomats have spoken of 48"; "Arvenia says 40 were freed; Torvania puts
// the figure at 52". A source that gives two figures usually says which is which ("had proposed
// 25 kilometres; the figure retained is 15"), and neither then stands against another source's.
// Two sayers' figures are a dispute the source reports, not settles: each is a claim, and another
// source's figure may contradict either.
import { REPORTING_VERBS } from './lexicon.ts';

// A contrast, then a sayer's verb of its own, between the two figures.
const OTHER_SAYER = new RegExp(
  `(?:\\bwhile\\b|\\bwhereas\\b|\\bbut\\b|;)[^.;!?]{0,60}?\\b(?:${REPORTING_VERBS}|(?:have|has|had) spoken of|speak(?:s)? of|spoke of|put(?:s)? the (?:figure|number|total) at|give(?:s)? the (?:figure|number|total) as|gave the (?:figure|number|total) as|estimated?s?|counts?|counted)\\b`,
  'i',
);

/** Whether the figures at `first` and `second` of `text` are told as two sayers' figures. */
export function twoSayersFigures(text: string, first: number, second: number): boolean {
  const [from, to] = first < second ? [first, second] : [second, first];
  return OTHER_SAYER.test(text.slice(from, to));
}
