// One contributor's share of a body: "would contribute a contingent of 40 military observers to
// the 240-strong mission", "Elsmoor is seconding twelve experts to the monitoring mission", "a
// national contingent of 60". Missions and forces are raised from many states' contingents, and
// sources give one state's share beside the whole: a share is a part of the body, not another
// figure for its size. Two counts of a share still disagree with each other. Read of counts of
// people only: a sum of money contributed is the figure a pledge is about.

// "Contribute" gives to something larger; "a contingent of" is a share by name, as is "the
// participation of up to 40 observers" in a mission. Not past "to" ("up to" is the figure's):
// "will contribute to the mission of 48 monitors" gives the body's size.
const SHARE_BEFORE =
  /\b(?:contribut(?:e|es|ed|ing|ion of)|contingent of|second(?:ed|ing)|participation of)\b(?:(?!(?<!\bup )\bto\b)[^.;:!?]){0,40}$/i;
// "… 40 observers to the Union mission", "twelve experts to the monitoring force": a count sent to
// a body is a share of it (to a place, "to the zone", it is no share).
const TO_BODY =
  /^[^.;:!?]{0,15}?\bto (?:the |a |an |its |their |our )?(?:[\p{L}-]+\s+){0,4}?(?:mission|force|operation|contingent|deployment)\b(?!\s+(?:area|zone|region|headquarters)\b)/iu;

/** Whether the count in `sentence` at `start` (its noun ending at `end`) is one contributor's share of a body. */
export function contributedShare(sentence: string, start: number, end: number): boolean {
  return (
    SHARE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) ||
    TO_BODY.test(sentence.slice(end, end + 80))
  );
}
