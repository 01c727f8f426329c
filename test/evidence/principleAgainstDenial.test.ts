// A text "agreed in principle" has its substance settled and its final form to come: it is neither
// final nor untouched. Said beside "nothing has been agreed" or "the protocol has not been agreed",
// which deny that any of it was agreed, the two cannot both hold; beside "not yet agreed" or "not
// yet final" (its final form still to come) they can, and so beside a denial of a part or of the
// final form ("its wording has not been agreed"), which "in principle" leaves open. Invented lines
// of the Brenna–Oskvia talks.
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/evidence/status.ts';
import { doc, kinds } from './linkedDocs.ts';

const status = (text: string) => {
  const s = statusOf({ text, words: new Set<string>() } as never);
  return s && { value: s.value, principle: s.principle ?? false, denied: s.denied ?? false };
};

describe('agreed in principle against nothing agreed', () => {
  it('reads "accepted in principle" as agreed in principle, and "nothing has been agreed" as a denial', () => {
    expect(status('The grazing protocol has been accepted in principle by both delegations.')).toEqual({
      value: 'open',
      principle: true,
      denied: false,
    });
    expect(status('On the grazing protocol, nothing has been agreed.')).toEqual({
      value: 'open',
      principle: false,
      denied: true,
    });
    expect(status('The grazing protocol is not yet agreed.')).toEqual({
      value: 'open',
      principle: false,
      denied: false,
    });
  });

  it('flags "agreed in principle" against "has not been agreed" from two sources', () => {
    const readout =
      'The co-chairs announced that the grazing protocol is agreed in principle, and legal experts will now prepare it for signature.';
    const statement =
      'Oskvia said the grazing protocol has not been agreed and that its delegation had accepted nothing in Fjellby.';
    expect(kinds(doc('a', readout, 'readout'), doc('b', statement))).toEqual(['status ab']);
  });

  it('leaves "agreed in principle" beside "not yet agreed", its final form still to come', () => {
    const readout =
      'The co-chairs announced that the grazing protocol is agreed in principle, and legal experts will now prepare it for signature.';
    const wire = 'The grazing protocol is not yet agreed, officials in Fjellby said on Tuesday.';
    expect(kinds(doc('a', readout, 'readout'), doc('b', wire))).toEqual([]);
  });

  it('leaves "agreed in principle" beside a denial of a part or of the final form', () => {
    const readout =
      'The grazing protocol was agreed in principle in Fjellby on Thursday, the co-chairs said.';
    for (const part of [
      'The particulars of the grazing protocol have not been agreed, an Oskvian envoy said.',
      'The exact wording of the grazing protocol has not been agreed, an Oskvian envoy said.',
      'There is no agreement so far on the maps annexed to the grazing protocol, an Oskvian envoy said.',
      'The final text of the grazing protocol has not been agreed, an Oskvian envoy said.',
    ])
      expect(kinds(doc('a', readout, 'readout'), doc('b', part)), part).toEqual([]);
    expect(status('The detailed terms of the grazing protocol have not been agreed.')?.denied).toBe(false);
  });

  it('still flags it beside a denial of the whole text', () => {
    const readout =
      'The grazing protocol was agreed in principle in Fjellby on Thursday, the co-chairs said.';
    const whole = 'The grazing protocol itself has not been agreed, an Oskvian envoy said.';
    expect(kinds(doc('a', readout, 'readout'), doc('b', whole))).toEqual(['status ab']);
  });
});
