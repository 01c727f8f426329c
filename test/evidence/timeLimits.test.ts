// A time limit set for one act, given by sources in other figures and units ("within 48 hours",
// "within three days"), links them; limits of two different acts do not, though one side or one
// sayer sets both.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const limitLinked = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.some((l) => l.reason.startsWith('one time limit'));

describe('one time limit for one act', () => {
  it('links a draft’s limit and a counter-proposal’s for the same act, in other units', () => {
    const draft = doc(
      'a',
      'Under the Fjellby paper, Drava and Torvania would hand over river level logs within 48 hours, two officials told Wirenews on Monday.',
    );
    const counter = doc(
      'b',
      'Melnyk said Torvania asked for the river level logs to be handed over within three days.',
      'news',
      '2031-03-09',
    );
    expect(limitLinked(draft, counter)).toBe(true);
  });

  it('does not link limits that share one word of their acts only', () => {
    const logs = doc(
      'a',
      'Under the Fjellby paper, Drava would hand over its river level logs within 48 hours, Melnyk told reporters on Monday.',
    );
    const maps = doc(
      'b',
      'Under the Fjellby paper, Torvania would publish its river crossing maps within three days, Melnyk told reporters on Monday.',
      'news',
      '2031-03-09',
    );
    expect(limitLinked(logs, maps)).toBe(false);
  });

  it('does not link two acts of one subject told by one sayer', () => {
    const lists = doc(
      'a',
      'The Drava and Torvania delegations agreed to swap detainee lists within seven days, the mediator said.',
    );
    const teams = doc(
      'b',
      'The Drava and Torvania delegations agreed to appoint joint survey teams within two months, the mediator said.',
      'news',
      '2031-03-09',
    );
    expect(limitLinked(lists, teams)).toBe(false);
  });

  it('does not link limits set for two different acts', () => {
    const weapons = doc(
      'a',
      'Heavy guns are to be pulled back from the Vell zone within 30 days of the signing, the text says.',
    );
    const lists = doc(
      'b',
      'The two sides will exchange complete detainee lists within ten days, Henrik Dahl said in Fjellby.',
      'news',
      '2031-03-09',
    );
    expect(limitLinked(weapons, lists)).toBe(false);
  });
});
