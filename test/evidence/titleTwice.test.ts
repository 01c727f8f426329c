// A page's breadcrumb and its headline both name the event its body reports: the body's sentence
// takes the place of either, and what the body adds of that event stays one event. Pages invented
// for the test, in the styles of a presidential site, a ministry news page and a government portal.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { EventClaim } from './eventsOf.ts';
import { roster } from './roster.ts';

const eventsOf = (text: string) =>
  extractClaims(text, { roster, genre: 'readout', published: '2031-03-05' }).filter(
    (c): c is EventClaim => c.kind === 'event',
  );

describe('a breadcrumb, a headline and a body that name one event', () => {
  it('gives the event the body sentence, and what the body adds of it stays that event', () => {
    const pages = [
      'PRESIDENT OF THE REPUBLIC\nOfficial website\n\nNews › Meetings\n\nThe Head of State received the Special Envoy\n\nPresident Varin held a meeting with Special Envoy Lyle Carrow, who is on a working visit to Drava.\n\nThe meeting was also attended by Foreign Minister Joaquim Veloso.',
      'Ministry of Foreign Affairs\n\nHome / Press / Meetings\n\nMinister Kostal meets the Ambassador of Pellandra\n\nMinister Kostal met the Ambassador of Pellandra, Ruth Amsel, in Drava today.\n\nThe meeting was also attended by Deputy Minister Ivo Brask.',
      'Government of Kessel\n\nNews > Meetings and visits\n\nPrime Minister receives the Mediator\n\nPrime Minister Dahl received the Mediator, Anna Lind, at the Government House today.\n\nThe meeting was also attended by the Minister of Justice, Emil Rask.',
    ];
    for (const page of pages) {
      const meetings = eventsOf(page).filter((e) => e.data.eventKind === 'meeting');
      expect(meetings).toHaveLength(1);
      expect(meetings[0]!.text).toMatch(
        /^(?:President Varin held|Minister Kostal met|Prime Minister Dahl received)/,
      );
    }
  });

  it('reads a bracketed note over the page as no part of its body', () => {
    const page =
      '[This page was translated by machine from Torvanian. See the original]\n\nPRESIDENT OF TORVANIA\n\nNews › Telephone conversations\n\nTelephone conversation with the President of Arvenia\n\nPresident Varin had a telephone conversation with President Mira Kostal.';
    const calls = eventsOf(page).filter((e) => e.data.eventKind === 'call');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.text).toMatch(/^President Varin had/);
  });

  it('still starts the body at a line that only opens with a bracketed note', () => {
    const page =
      'News › Telephone conversations\n\n[Updated] President Varin had a telephone conversation with President Mira Kostal.';
    const calls = eventsOf(page).filter((e) => e.data.eventKind === 'call');
    expect(calls.map((c) => c.text)).toEqual([
      '[Updated] President Varin had a telephone conversation with President Mira Kostal.',
    ]);
  });

  it('keeps a communiqué opening clause, which ends in a comma, from standing as its title', () => {
    const text =
      'COUNCIL OF MINISTERS – 12th Ordinary Session\n\nCOMMUNIQUÉ\n\nThe Council of Ministers, meeting in Drava on 2 March 2031 under the chairmanship of Kessel,\n\n1. Welcomes the report of the Secretariat;\n\n2. Requests the Secretariat to report to the Council in June;';
    const meetings = eventsOf(text).filter((e) => e.data.eventKind === 'meeting');
    expect(meetings[0]!.text).toMatch(/^The Council of Ministers, meeting in Drava/);
  });
});
