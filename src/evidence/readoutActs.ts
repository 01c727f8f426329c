// Readouts chain acts under one subject: "The Prime Minister welcomed President Varin's
// agreement to a 30-day ceasefire beginning March 14 and underscored the importance of the
// mission deploying without delay." Another source tells one of those acts in a sentence of its
// own ("President Varin agreed to a 30-day ceasefire from 15 March."); against the whole
// sentence its words are diluted by the other act's. Each act is also compared on its own, the
// later ones with the sentence's subject before them.

// Verbs a readout tells its acts with, in the past tense.
const ACT_VERB =
  '(?:welcomed|underscored|underlined|stressed|emphasi[sz]ed|reaffirmed|reiterated|noted|agreed|discussed|expressed|called|urged|highlighted|confirmed|praised|thanked|condemned|announced|committed|pledged|affirmed|acknowledged|conveyed|raised|reviewed|commended|recogni[sz]ed|voiced|outlined|exchanged|encouraged)';
// The subject, then the first act's verb: "The Prime Minister welcomed", "During the call,
// President Lund reaffirmed". A subject is a few words; a longer run is no subject.
const FIRST_ACT = new RegExp(
  `^((?:[^,.;:]{1,40},\\s+)?\\p{Lu}[^,.;:]{0,60}?)\\s+(?:also\\s+)?${ACT_VERB}\\b`,
  'u',
);
// A later act of the same subject: ", and stressed", " and also underscored", ", welcomed" in a
// series — not a verb of the passive ("welcomed by"). A run of spaces is tried from its start only:
// tried from each of its spaces, a long run is read over once per space.
const LATER_ACT = new RegExp(
  `(?:,\\s+and|,|(?<!\\s)\\s+and)\\s+(?:also\\s+)?(?=${ACT_VERB}\\b(?!\\s+by\\b))`,
  'g',
);
// An opening phrase before the subject ("During the call, ").
const OPENER = /^[^,]{1,40},\s+/;

export interface Act {
  /** Offsets within the sentence. */
  at: [number, number];
  /** The sentence's subject (offsets within the sentence), for an act that does not open the sentence. */
  subject?: [number, number];
}

/** The acts of a sentence that chains two or more under one subject; none for any other sentence. */
export function readoutActs(sentence: string): Act[] {
  const first = FIRST_ACT.exec(sentence);
  if (!first) return [];
  const opener = OPENER.exec(first[1]!)?.[0].length ?? 0;
  const subject: [number, number] = [opener, first[1]!.length];
  const cuts: [number, number][] = [];
  LATER_ACT.lastIndex = first[0].length;
  for (let m = LATER_ACT.exec(sentence); m; m = LATER_ACT.exec(sentence))
    cuts.push([m.index, m.index + m[0].length]);
  if (cuts.length === 0) return [];
  const acts: Act[] = [{ at: [0, cuts[0]![0]] }];
  cuts.forEach(([, from], i) => {
    acts.push({ at: [from, cuts[i + 1]?.[0] ?? sentence.length], subject });
  });
  return acts;
}

/**
 * Why two passages are linked, where one is an act of a longer sentence: only as alike in words,
 * the dilution an act is read apart to escape. Every other reading sees the whole sentence, which
 * holds the act's figures and names already; read again on a fragment it links what the sentence
 * around it would keep apart.
 */
export function actLink(
  a: { act?: boolean },
  b: { act?: boolean },
  reason: string | undefined,
): string | undefined {
  return !(a.act || b.act) || reason?.startsWith('alike in words') ? reason : undefined;
}
