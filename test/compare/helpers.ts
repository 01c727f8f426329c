// Small builders for draft fixtures: a list of [number, text] becomes flat provisions,
// children given as nested lists. The wording is ours, written for these tests.

import type { ProvisionInput } from '../../src/compare/index.ts';

export type Point = [number: string, text: string, children?: Point[]];

/** Flattens points into provisions; paths are the numbers joined by '.', like the outline parser's. */
export function draft(points: Point[], parent?: string): ProvisionInput[] {
  return points.flatMap(([number, text, children]) => {
    const path = parent ? `${parent}.${number.replace(/[().\s]/g, '')}` : number.replace(/[().\s]/g, '');
    const self: ProvisionInput = parent ? { path, number, parent, text } : { path, number, text };
    return [self, ...draft(children ?? [], path)];
  });
}

export const CEASEFIRE =
  'The parties agree to a complete ceasefire along the present line of contact from the day of signature.';
export const PRISONERS =
  'All prisoners of war and detained civilians are exchanged on an all-for-all basis within sixty days.';
export const MONITORING =
  'An international monitoring mission with unarmed observers verifies the ceasefire and reports every month.';
export const SANCTIONS =
  'Economic sanctions are lifted step by step as each stage of this agreement is carried out.';
export const ELECTIONS =
  'Free and fair elections are held in all affected regions no later than one hundred days after signature.';
export const RECONSTRUCTION =
  'A reconstruction fund financed by frozen assets pays for rebuilding homes, schools, bridges and power lines.';
export const AMNESTY =
  'A general amnesty covers acts committed during the conflict, except war crimes and crimes against humanity.';
export const LANGUAGE = 'Both languages enjoy equal protection in schools, courts and local administration.';
