// A count of one stage of something done in stages: "the first stage, of 120 persons", "the
// first 120 prisoners to be freed", "an advance team of 80 monitors", "an initial deployment of
// 1,500 personnel". Agreements phase releases and deployments, and sources give the first stage
// beside the whole ("340 in all", "an authorised strength of 250"): a stage's count is a part of
// the whole, not another figure for it. Two counts of the same stage still disagree.

// A stage named before the count, in its clause: "the first stage, of 120", "an advance team of
// eighty", "in the first phase 120 servicemen", "the first of which, covering 120 persons".
const STAGE_BEFORE =
  /\b(first|second|third|final|last|initial|advance|opening|next)\s+(?:stage|phase|batch|group|tranche|wave|contingent|team|party|deployment|instalment|installment|of (?:which|these|them))\b[^.;:!?]{0,30}$/i;
// "The first 120 prisoners", "the initial 60 observers": the ordinal right before the figure; "will
// begin with sixty", "Initial strength: 60": the start said in other words.
const ORDINAL_RIGHT_BEFORE =
  /\b(?:(first|initial|next|last|final)|(initial) (?:strength|size|number|deployment)\s*(?:[:—–-]|of|is|will be)|(?:begins?|began|start|starts|started|opens?|opened) with)\s+$/i;
// A stage named after the count: "120 prisoners in the first stage", "80 monitors as an advance team".
const STAGE_AFTER =
  /^[^.;:!?]{0,30}?\b(?:(?:in|during|at|as|for) (?:the |an? )?(first|second|third|final|last|initial|advance|opening|next) (?:stage|phase|batch|group|tranche|wave|contingent|team|party|deployment)\b)/i;

const STAGE_WORDS = /first|second|third|final|last|initial|advance|opening|next|begin|began|start|open/i;

/**
 * The stage a count is of, where its clause names one ("first", "advance"), read from the
 * sentence around the figure at `start` (its text ending at `end`).
 */
export function stageOf(sentence: string, start: number, end: number): string | undefined {
  const before = sentence.slice(Math.max(0, start - 60), start);
  const after = sentence.slice(end, end + 50);
  // Most counts name no stage: one look for its words before the three patterns.
  if (!STAGE_WORDS.test(before) && !STAGE_WORDS.test(after)) return undefined;
  const right = ORDINAL_RIGHT_BEFORE.exec(before);
  const told = STAGE_AFTER.exec(after);
  const named =
    STAGE_BEFORE.exec(before)?.[1] ??
    (right ? (right[1] ?? 'first') : undefined) ??
    (told ? (told[1] ?? 'first') : undefined);
  return named
    ?.toLowerCase()
    .replace(/^(?:initial|opening)$/, 'first')
    .replace(/^last$/, 'final');
}
