// A distance that places something ("the field lies about 60 kilometres south of the capital",
// "the dam, 38 km upstream of the border", "a village 5 km from the line") says where it is, not
// how long, wide or deep anything is: set against a zone's width or a road's length it is another
// thing measured, and a flag on the two tells of a disagreement there is not.
import { perFigure } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

const PLACING =
  /^\s*(?:\(\s*[^)]{0,20}\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?|up-?stream|down-?stream|inland|offshore|away)\b(?:\s+(?:of|from)\b)?|^\s*(?:from|off)\s+(?:the\s+)?(?:town|city|village|capital|border|coast|frontier|port)\b/i;

/** Whether a measure tells where something lies rather than a size; read once per figure. */
export const placesSomething = perFigure((p: Passage, q: Quantity): boolean =>
  PLACING.test(p.text.slice(q.index + q.text.length, q.index + q.text.length + 40)),
);
