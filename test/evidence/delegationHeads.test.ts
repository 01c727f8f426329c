import { describe, expect, it } from 'vitest';
import { leader } from '../../src/evidence/delegationHeads.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { roster } from './roster.ts';

const doc = (source: string, cleanText: string, published = '2031-03-05') => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster, published }),
});
const heads = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster)
    .disagreements.filter((d) => d.kind === 'participants')
    .map((d) => d.reason);
/** The heads one passage of a document says, the quotation when it holds one. */
const leadersIn = (text: string) => {
  const passages = passagesOf(doc('s', text), roster);
  const p = passages.find((x) => x.kind === 'quote') ?? passages.find((x) => x.kind === 'sentence')!;
  return leader(p, roster);
};

describe('who heads a delegation', () => {
  it('reads the head of each side from "headed on the … side by"', () => {
    expect(
      leadersIn(
        'The second round in Fjellby was headed on the Torvanian side by President Oleg Varin and on the Arvenian side by Taras Melnyk.',
      ),
    ).toEqual([
      ['torvania', 'varin'],
      ['arvenia', 'melnyk'],
    ]);
  });

  it('reads a passive head past a long apposition, a figure with a decimal point in it included', () => {
    expect(
      leadersIn(
        'The delegation of Arvenia, a country of some 4.5 million people, was led in Fjellby by Taras Melnyk.',
      ),
    ).toEqual([['arvenia', 'melnyk']]);
    expect(
      leadersIn(
        'Its delegation to the round held on Monday in Fjellby, the capital of Norland, was headed by Pavel Surin.',
      ),
    ).toEqual([['torvania', 'surin']]);
  });

  it('takes no head from a relative clause with its own subject', () => {
    expect(
      leadersIn(
        'The Torvanian delegation arrived in Fjellby on Monday after a long overnight drive, a day before a session that was led by Henrik Dahl.',
      ),
    ).not.toContainEqual(['norland', 'dahl']);
  });

  it('takes the speaker of "I led our delegation" as its head, and no one when the speaker is unknown', () => {
    expect(leadersIn('"I led our delegation in Fjellby for all three days," Pavel Surin said.')).toEqual([
      ['torvania', 'surin'],
    ]);
    expect(leadersIn('"Our team, which I led, stayed in Fjellby," Pavel Surin said.')).toEqual([
      ['torvania', 'surin'],
    ]);
    expect(leadersIn('"I led our delegation in Fjellby for all three days," a diplomat said.')).toEqual([]);
  });

  it('takes the speaker who heads a delegation now, not one who led it before handing it over', () => {
    expect(leadersIn('"I head our team at these talks," Pavel Surin said.')).toEqual([['torvania', 'surin']]);
    expect(leadersIn('"I am leading our delegation in Fjellby," Pavel Surin said.')).toEqual([
      ['torvania', 'surin'],
    ]);
    expect(
      leadersIn('"I headed our delegation for many years, until last spring," Pavel Surin said.'),
    ).not.toContainEqual(['torvania', 'surin']);
  });

  it('flags another head of one delegation, said by its own speaker', () => {
    expect(
      heads(
        'The Torvanian delegation in Fjellby, some 2.5 times the size of the Arvenian one, was led by President Oleg Varin.',
        '"I led our delegation in Fjellby from the first day," Pavel Surin said.',
      ),
    ).toEqual(["varin vs surin at the head of torvania's delegation"]);
  });

  it('flags no head where the speaker led talks, not a delegation', () => {
    expect(
      heads(
        'The Torvanian delegation in Fjellby was led by President Oleg Varin.',
        '"I led the talks on water quotas in Fjellby," Pavel Surin said.',
      ),
    ).toEqual([]);
  });
});
