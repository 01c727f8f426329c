// Who holds the text, told without a verb of giving, and which state of it a source means: "we
// have the text", "both delegations have it in hand", "no one has shown us the document", "we
// learned of the plan from the press", "the document reached us yesterday evening"; and "the
// framework" in a source that named "an updated framework" before, which may be the updated one.
// An intention ("a plan to"), a condition, a part, a text read in the papers, and the first
// draft against the revised one given weeks apart stay apart.
// Invented sentences about the Arvenia–Torvania talks (Kessel is Arvenia's capital, Drava Torvania's).
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { holdings } from '../../src/evidence/textHolders.ts';
import { revisedState } from '../../src/evidence/textState.ts';
import { doc, reached } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  linkSources([a, b], roster).links.map((l) => l.reason);

describe('who holds the text, told without a verb of giving', () => {
  it('reads holders in the words of a briefing, a post, a readout and a transcript', () => {
    expect(reached('We have the text and our experts are studying it.', 'torvania')).toEqual({
      torvania: true,
    });
    expect(reached('Both delegations have the text in hand since Friday.')).toEqual({ all: true });
    expect(reached('The draft has been with both delegations since 4 March.')).toEqual({ all: true });
    expect(reached('All parties received the draft on 4 March, the mediator’s office said.')).toEqual({
      all: true,
    });
    expect(reached('The document reached us only yesterday evening.', 'torvania')).toEqual({
      torvania: true,
    });
  });

  it('reads who has not: no one has shown it, learnt of from the press, never given a copy', () => {
    expect(reached('No one has shown us the document.', 'torvania')).toEqual({ torvania: false });
    expect(reached('Nobody has sent us any text, I want to stress that.', 'arvenia')).toEqual({
      arvenia: false,
    });
    expect(reached('We learned about this plan from the media, like everyone else.', 'torvania')).toEqual({
      torvania: false,
    });
    expect(reached('We were never given a copy of the plan.', 'torvania')).toEqual({ torvania: false });
    expect(reached('We do not have the text yet.', 'arvenia')).toEqual({ arvenia: false });
  });

  it('reads no holding in an intention, a condition, a part or a text read in the papers', () => {
    expect(reached('We have a plan to present our own text next week.', 'torvania')).toBeUndefined();
    expect(reached('Once we have the text, we will study it carefully.', 'arvenia')).toBeUndefined();
    expect(reached('We have the text of Article 6 only.', 'torvania')).toBeUndefined();
    expect(reached('We have read the text in the newspapers.', 'arvenia')).toBeUndefined();
  });

  it('links a wire on a text learnt of from the press to a minister’s answer that it was not shown', () => {
    expect(
      reasons(
        doc(
          'a',
          'DRAVA, March 4 (Tessin Wire) - Torvania learned of the revised plan from the press, its foreign ministry said.',
        ),
        doc(
          'b',
          'Mr Speaker, to my knowledge Torvania has not been shown the revised text.',
          'meeting-transcript',
        ),
      ),
    ).toContain('the text reaching torvania');
  });
});

describe('which state of the text a source means', () => {
  it('links "the framework" of a source that named the updated one to a denial of the updated text', () => {
    const factSheet = doc(
      'a',
      'The Special Envoy and the Arvenian delegation agreed on an updated 12-point framework, replacing the original plan. The framework was delivered to the Torvanian side by the Special Envoy on 3 March.',
      'press-release',
      '2031-03-03',
    );
    const ministry = doc(
      'b',
      'The Torvanian side has still not received any updated text, the Citadel said on Wednesday.',
      'news',
      '2031-03-05',
    );
    expect(reasons(factSheet, ministry)).toContain('the text reaching torvania');
  });

  it('keeps the first draft and the revised text apart where the source names no revision', () => {
    const first = doc(
      'a',
      'The draft, which Norland handed to both governments on 27 February, proposes a joint commission.',
    );
    const revised = doc('b', 'The revised text was shared with both delegations today.');
    expect(reasons(first, revised)).not.toContain('the text reaching all');
  });
});

describe('the names of the text, one list for holders and states', () => {
  it('reads a revised text by every name a holding is read by', () => {
    for (const noun of [
      'text',
      'drafts',
      'framework',
      'documents',
      'version',
      'plans',
      'paper',
      'memoranda',
    ]) {
      const p = { text: `We have the revised ${noun} in hand.` } as Passage;
      expect(holdings(p.text).some((h) => h.has)).toBe(true);
      expect(revisedState(p)).toBe(true);
    }
  });
});
