// European, Brussels, NATO and UK house styles, class by class: where a page gives its day, how
// a target day for a signing is told. Documents invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';

const read = (text: string, name = 'page.html') =>
  processDocument(new TextEncoder().encode(text), name, { roster, received: '2031-04-01' });

const page = (
  meta: string,
  body: string,
) => `<!DOCTYPE html><html><head><title>Call readout - GOV.EX</title></head>
<body><main><h1>PM call with President Talvik: 4 March 2031</h1>
<div class="metadata"><dl><dt>From:</dt><dd><a href="/pmo">Prime Minister's Office</a></dd>${meta}</dl></div>
<div class="body"><p>${body}</p><p>The leaders agreed to stay in close contact and discussed the next steps in detail, including the work of the monitoring mission and the support their governments would give it.</p></div>
<ul><li><a href="/a">PM meeting with President Hale: 27 February 2031</a></li><li><a href="/b">Related</a></li></ul>
</main></body></html>`;

describe("a page's day in its metadata list", () => {
  it('reads "<dt>Published</dt><dd>4 March 2031</dd>", as GOV.UK and the sites built like it give it', () => {
    for (const dt of ['Published', 'First published', 'Published:']) {
      const doc = read(
        page(
          `<dt>${dt}</dt><dd>4 March 2031</dd>`,
          'The Prime Minister spoke to President Talvik this afternoon.',
        ),
      );
      expect(doc.meta.date, dt).toBe('2031-03-04');
    }
  });

  it('dates the events the page tells by it', () => {
    const doc = read(
      page(
        '<dt>Published</dt><dd>4 March 2031</dd>',
        'The Prime Minister spoke to President Talvik this afternoon about the talks, which resume in Fjellby tomorrow.',
      ),
    );
    const events = doc.claims.flatMap((c) => (c.kind === 'event' ? [[c.data.eventKind, c.data.date]] : []));
    expect(events).toContainEqual(['talks', '2031-03-05']);
  });

  it('takes no other term of the list for the day', () => {
    expect(
      read(page('<dt>Updated</dt><dd>6 March 2031</dd>', 'The Prime Minister spoke to President Talvik.'))
        .meta.date,
    ).not.toBe('2031-03-06');
  });
});

const events = (text: string) =>
  read(text, 'release.txt').claims.flatMap((c) =>
    c.kind === 'event' ? [[c.data.eventKind, c.data.date ?? null]] : [],
  );

describe('a signing told as a target', () => {
  // The corpus labels a signing still to come by its preposition (ruling of session 40): a day it
  // is owed by is the limit, a day set for it, appealed for or not, is the signing's own.
  it('reads an appeal or a wish to sign by or before a day as the limit', () => {
    const cases: [string, string][] = [
      [
        'Paris, 2 April 2031\n\nIn a note, the head of state stated the wish that the accord might be signed before 15 April.',
        '2031-04-15',
      ],
      [
        '2 April 2031\n\nThe Council looks forward to the framework, with a view to initialling it by 21 April.',
        '2031-04-21',
      ],
    ];
    for (const [text, day] of cases) {
      const found = events(text);
      expect(found, text).toContainEqual(['deadline', day]);
      expect(
        found.filter(([k]) => k === 'meeting'),
        text,
      ).toEqual([]);
    }
  });

  it('reads an appeal to sign or initial on a day, or a signing due on one, as the signing on that day', () => {
    const cases: [string, string][] = [
      [
        'Brussels, 2 April 2031\n\nThe Council calls on the parties to initial the framework on 21 April 2031 as foreseen.',
        '2031-04-21',
      ],
      [
        'Check against delivery\n\nBrussels, 2 April 2031\n\nWe call for its signature on 30 April.',
        '2031-04-30',
      ],
      [
        '2 April 2031\n\nAllies urge both sides to sign the accord on Friday 4 April and to implement it in good faith.',
        '2031-04-04',
      ],
      [
        '2 April 2031\n\nThe initialling of the text, which had been expected on 3 April, is now due on 9 April.',
        '2031-04-09',
      ],
      [
        '2 April 2031\n\nForeign Secretary (Ann Dahl): The signing ceremony, first expected on 3 April, is now due on 9 April.',
        '2031-04-09',
      ],
    ];
    for (const [text, day] of cases) {
      const found = events(text);
      expect(found, text).toContainEqual(['meeting', day]);
      expect(
        found.filter(([k]) => k === 'deadline'),
        text,
      ).toEqual([]);
    }
  });

  it('leaves the occasion a signing is, where nothing appeals for the day or sets it', () => {
    const cases: [string, string][] = [
      ['2 April 2031\n\nThe signing will take place in Ostiva on 10 April.', '2031-04-10'],
      ['2 April 2031\n\nThe parties are due to sign the accord in Lorrance on 28 April.', '2031-04-28'],
      [
        '2 April 2031\n\nWe call for the full implementation of the accord once it is signed in Marbeck on 29 April.',
        '2031-04-29',
      ],
    ];
    for (const [text, day] of cases) expect(events(text), text).toContainEqual(['meeting', day]);
  });
});
