// The revised text's delivery as one topic, had or not: a mediator's release that it was sent to
// both delegations, one party's post that it received it, a wire that it was not shown it, the
// other party's answer in parliament that it has still not seen it (another party's receipt). A first plan handed over a month before, a
// counter-proposal, a press outlet that saw the text and a text its giving only describes stay apart.
// Invented documents about the Arvenia–Torvania talks, in the houses of a wire, a press release, a
// briefing, a Telegram channel and Hansard.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const linked = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.some((l) => l.a.source !== l.b.source);

const MEDIATOR =
  'GENEVA, March 4 (AP) — The revised text was sent to both delegations by courier on Tuesday evening, a Norland spokesperson said.';
const RECEIVED =
  'Arvenian Foreign Ministry (Telegram): Our delegation received the revised draft on Wednesday morning and is studying it.';
const NOT_SEEN =
  'The Minister told the House that the Torvanian delegation has still not seen the revised text, five days after the talks ended.';

describe('who got the revised text', () => {
  it('links a sending to both delegations with each party’s receipt or complaint', () => {
    expect(linked(MEDIATOR, RECEIVED)).toBe(true);
    expect(linked(MEDIATOR, NOT_SEEN)).toBe(true);
  });

  it('links one party’s receipt with a denial of it, and keeps two parties’ receipts apart', () => {
    const denied =
      'Kessel, March 6 (Reuters) - Arvenia has not been shown the revised text, its chief negotiator told reporters.';
    expect(linked(RECEIVED, denied)).toBe(true);
    expect(linked(RECEIVED, NOT_SEEN)).toBe(false);
  });

  it('keeps a first plan, a counter-proposal and a party’s own paper apart from the revised text', () => {
    const firstPlan =
      'The original plan had been handed to both sides on 2 February, a month before the round opened in Kessel.';
    const counter =
      'Torvania said it had transmitted its counter-proposal to the Norland mediators on Monday night.';
    expect(linked(firstPlan, RECEIVED)).toBe(false);
    expect(linked(counter, MEDIATOR)).toBe(false);
    const owned = 'Torvania received the Union’s new paper on guarantees on Friday, its negotiator said.';
    expect(linked(owned, NOT_SEEN)).toBe(false);
  });

  it('links no leak to the press, nor a text its giving only describes', () => {
    const leaked =
      'According to the revised text seen by the Kessel Courier, the quota falls to 40,000 tonnes.';
    const described =
      'A revised text handed to the parties after the talks would cut the quota to 40,000 tonnes, officials said.';
    expect(linked(leaked, MEDIATOR)).toBe(false);
    expect(linked(described, RECEIVED)).toBe(false);
  });

  it('reads an unnamed text as the revised one its source named last, not as an earlier one', () => {
    const sentOn =
      'The mediators finished the revised draft in Kessel on Sunday. It was passed to each delegation by courier.';
    expect(linked(sentOn, NOT_SEEN)).toBe(true);
    const earlier =
      'The mediators finished their first plan in Kessel in January. It was passed to each delegation by courier.';
    expect(linked(earlier, NOT_SEEN)).toBe(false);
    // A text named with "a" is one of its own: not the revised one named before it.
    const another =
      'The mediators finished the revised draft in Kessel on Sunday. A short non-paper was passed to each delegation.';
    expect(linked(another, NOT_SEEN)).toBe(false);
    // A copy is of the text named before it.
    const copy =
      'The mediators finished the revised draft in Kessel on Sunday. A paper copy was handed to each delegation.';
    expect(linked(copy, NOT_SEEN)).toBe(true);
  });

  it('reads a giving told of an earlier time as of a text before the revised one', () => {
    const lastYear =
      'The mediators finished the revised draft in Kessel on Sunday. Last year it was passed to each delegation by courier, too.';
    expect(linked(lastYear, NOT_SEEN)).toBe(false);
    const monthsAgo =
      'The mediators finished the revised draft in Kessel on Sunday. Two months ago it was handed to each delegation.';
    expect(linked(monthsAgo, NOT_SEEN)).toBe(false);
  });

  it('reads every verb of giving alike for an unnamed text', () => {
    const finished = 'The mediators finished the revised draft in Kessel on Sunday.';
    for (const verb of ['sent', 'circulated', 'presented', 'e-mailed', 'passed'])
      expect(linked(`${finished} It was ${verb} to the two delegations on Monday.`, NOT_SEEN), verb).toBe(
        true,
      );
    // A verb that gives no text to anyone: nothing of the draft's receipt.
    expect(linked(`${finished} It was praised by both delegations on Monday.`, NOT_SEEN)).toBe(false);
  });
});
