// A briefing's askers as house styles label them: by a first name and the outlet the asker gives
// ("Anjali: Sir, Anjali from …"), by the stenographic record's own word ("INTERLOCUTORA:", "PREGUNTA:",
// "FRAGE:"), by a French point de presse's "Q -" and "R -". Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, turnLabel } from '../../src/evidence/genre.ts';
import { introducesAsker } from '../../src/evidence/selfIntroducedAskers.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.name);

describe('an asker labelled by a first name who gives the outlet', () => {
  it('reads a ministry briefing whose askers name themselves and their paper', () => {
    const briefing = [
      'Ministry of Foreign Affairs of Norland\n\nTranscript of the weekly media briefing, 4 March 2031',
      'Spokesperson, Mr Lars Brenne: Good afternoon. The Foreign Minister travels to Drava on Thursday.',
      'Anjali: Sir, Anjali from Fjord Herald. Has Norland seen the new text?',
      'Spokesperson, Mr Lars Brenne: Anjali, we are not a party to it.',
      'KIRAN: Kiran, Vell Today. A follow-up on the monitors. When do they deploy?',
      'Spokesperson, Mr Lars Brenne: In June, as we said.',
      'Meera Joshi: Good morning, sir. This is Meera Joshi with the Kessel Courier. Is the quota fixed?',
      'Spokesperson, Mr Lars Brenne: It is.',
    ].join('\n\n');
    expect(speakers(briefing)).toEqual([
      'Lars Brenne',
      'journalist',
      'Lars Brenne',
      'journalist',
      'Lars Brenne',
      'journalist',
      'Lars Brenne',
    ]);
  });

  it('takes no answer, greeting or address for an asker', () => {
    expect(introducesAsker('Anjali', 'Anjali, we are not a party to it.')).toBe(false);
    expect(introducesAsker('Kiran', 'Kiran here. Will they deploy?')).toBe(false);
    expect(introducesAsker('Henrik Dahl', 'Thank you. The monitors deploy in June.')).toBe(false);
    expect(introducesAsker('Dahl', 'Dahl, Norland and Arvenia met today.')).toBe(false);
    expect(introducesAsker('Anjali', 'Sir, Anjali from Fjord Herald. Has Norland seen it?')).toBe(true);
    expect(introducesAsker('ROHAN', 'Rohan from Vell Wire. Sir, did the call happen?')).toBe(true);
  });
});

describe("the record's own word for an asker it does not name", () => {
  it('reads a stenographic version: INTERLOCUTORA, PREGUNTA and INTERLOCUTOR are questions', () => {
    const mananera = [
      'Stenographic version. Morning press conference of President Mira Kostal, 4 March 2031',
      'PRESIDENT MIRA KOSTAL: Good morning. Today we report on the river program.',
      'INTERLOCUTORA: Good morning, President. Ana Ruiz, from Radio Kessel. Will Arvenia send monitors?',
      'PRESIDENT MIRA KOSTAL: Yes, we will send them in June.',
      'PREGUNTA: And the quota, President?',
      'PRESIDENT MIRA KOSTAL: The quota is fixed. That will not change.',
    ].join('\n\n');
    expect(speakers(mananera)).toEqual(['kostal', 'journalist', 'kostal', 'journalist', 'kostal']);
  });

  it("reads a federal press conference's FRAGE and ZUSATZFRAGE, its spokesman by surname", () => {
    const regpk = [
      'Regierungspressekonferenz vom 4. März 2031',
      'SPRECHER HOLM: Good morning. The Chancellor travels to Drava on Thursday.',
      'FRAGE: Herr Holm, will the monitors deploy in June?',
      'SPRECHER HOLM: They will deploy in June, as agreed.',
      'ZUSATZFRAGE: And the quota?',
      'SPRECHER HOLM: The quota is fixed.',
    ].join('\n\n');
    expect(speakers(regpk)).toEqual(['Holm', 'journalist', 'Holm', 'journalist', 'Holm']);
  });

  it("reads a point de presse's Q - and R - as a question and its answer", () => {
    const point = [
      'Point de presse du 4 mars 2031',
      'Q - Will Norland send monitors to the Vell river?',
      'R - Norland will send monitors in June, once the quota is agreed.',
      'Q - And the deadline?',
      'R - The deadline is not ours to set.',
    ].join('\n\n');
    expect(detectGenre(point).genre).toBe('press-conference');
    const said = speakers(point);
    expect(said.filter((s) => s === 'journalist')).toHaveLength(2);
    expect(said.filter((s) => s !== 'journalist')).toHaveLength(2);
    expect(turnLabel('R - Norland will send monitors.')?.answer).toBe(true);
    expect(turnLabel('R - the second option.')).toBeUndefined();
  });
});
