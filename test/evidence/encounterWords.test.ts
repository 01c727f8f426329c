// One encounter of two principals is "met" in one source and "held talks" in another: the
// same two people at one place, a day apart, is one event dated twice.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs, kinds } from './linkedDocs.ts';

describe('met and held talks', () => {
  it('links and flags one encounter the sources word and date differently', () => {
    const readout = doc('readout', 'President Kostal met President Varin in Fjellby on Tuesday.', 'readout');
    const news = doc('news', 'Kostal and Varin held talks in Fjellby on Wednesday.');
    expect(eventPairs([readout, news])).toEqual(['news-readout']);
    expect(kinds(readout, news)).toEqual(['date readoutnews']);
    const ministry = doc(
      'ministry',
      'Foreign Minister Solberg held talks with Special Envoy Dahl in Kessel on 3 March.',
      'readout',
    );
    const post = doc('post', 'Met Henrik Dahl in Kessel on 4 March. Ingrid Solberg', 'social');
    expect(kinds(ministry, post).length).toBeLessThanOrEqual(1);
  });

  it('leaves talks of delegations, other places and other people apart', () => {
    const readout = doc('readout', 'President Kostal met President Varin in Fjellby on Tuesday.', 'readout');
    const delegations = doc(
      'delegations',
      'The delegations of Kostal and Varin held talks in Fjellby on Wednesday.',
    );
    expect(kinds(readout, delegations)).toEqual([]);
    const elsewhere = doc('elsewhere', 'Kostal and Varin held talks in Drava on Wednesday.');
    expect(kinds(readout, elsewhere)).toEqual([]);
    const others = doc('others', 'Kostal and Solberg held talks in Fjellby on Wednesday.');
    expect(kinds(readout, others)).toEqual([]);
  });
});
