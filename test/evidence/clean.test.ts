import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';

describe('cleanDocument', () => {
  it('reads the Unicode line and paragraph separators as line breaks', () => {
    const lines = ['The envoys met in Fjellby.', 'They will meet again on Friday.', 'The talks go on.'];
    const separated = cleanDocument(`${lines[0]}\u2028${lines[1]}\u2029\u2029${lines[2]}`, 'a.txt');
    expect(separated.cleanText).toBe(
      cleanDocument(`${lines[0]}\n${lines[1]}\n\n${lines[2]}`, 'a.txt').cleanText,
    );
  });

  it('lifts front matter into metadata and keeps the raw text beside the clean one', () => {
    const raw =
      '---\nlayout: post\ntitle: "Envoys meet in Fjellby"\ndate: 2031-03-04T08:15:00\nauthor: "hmoe"\n---\n\nThe envoys met.\n';
    const doc = cleanDocument(raw, 'a.md');
    expect(doc.meta).toEqual({
      title: 'Envoys meet in Fjellby',
      date: '2031-03-04',
      dateFrom: 'front-matter',
      dateConfidence: 0.95,
      author: 'hmoe',
    });
    expect(doc.cleanText).toBe('The envoys met.');
    expect(doc.rawText).toBe(raw);
    expect(doc.removed[0]?.kind).toBe('front-matter');
  });

  it('drops navigation, captions, datelines and repeated captions', () => {
    const raw = [
      'Close',
      'Menu Newsletters',
      'Facebook X Youtube',
      'Arvenia and Torvania resume water talks in Fjellby',
      'Delegates arrive at the lakeside hall in Fjellby on March 3, 2031. (Nordpress Photo)',
      'Photo',
      'March 4, 2031 10:12 AM GMT+01:00',
      'Delegates from both sides met on Tuesday.',
      'Delegates arrive at the lakeside hall in Fjellby on March 3, 2031. (Nordpress Photo)',
      'More From Fjord Herald',
    ].join('\n');
    const doc = cleanDocument(raw, 'b.txt');
    expect(doc.cleanText).toBe('Delegates from both sides met on Tuesday.');
    expect(doc.meta).toEqual({
      title: 'Arvenia and Torvania resume water talks in Fjellby',
      date: '2031-03-04',
      dateFrom: 'dateline',
      dateConfidence: 0.85,
      outlet: 'Fjord Herald',
    });
    expect(doc.removed.map((r) => r.kind)).toEqual([
      'navigation',
      'navigation',
      'navigation',
      'header',
      'caption',
      'navigation',
      'header',
      'caption',
      'navigation',
    ]);
  });

  it("drops a page's print, share and related-links lines after a transcript's last turn", () => {
    const raw = [
      'MODERATOR: Thank you, that is all the time we have.',
      'Print version | Share: Facebook, X, Telegram',
      'Related: Statement of the Ministry on the Orsk talks (04.05.2031) | Briefing of 3 May',
      'See also: Chronology of the Orsk process',
    ].join('\n');
    const doc = cleanDocument(raw, 'p.txt');
    expect(doc.cleanText).toBe('MODERATOR: Thank you, that is all the time we have.');
    expect(doc.removed.map((r) => r.kind)).toEqual(['navigation', 'navigation', 'navigation']);
  });

  it('keeps a sentence that only starts like a related-links line', () => {
    const doc = cleanDocument('Related talks in Orsk ended on Friday without a text.', 'q.txt');
    expect(doc.cleanText).toBe('Related talks in Orsk ended on Friday without a text.');
  });

  it('reads a "date" prefix and a byline', () => {
    const doc = cleanDocument(
      ' date 2031-05-02 The council met at noon.\nBy Ilse Varga\nIt agreed nothing.',
      'c.txt',
    );
    expect(doc.meta).toEqual({
      date: '2031-05-02',
      dateFrom: 'dateline',
      dateConfidence: 0.85,
      author: 'Ilse Varga',
    });
    expect(doc.cleanText).toBe('The council met at noon.\n\nIt agreed nothing.');
  });

  it('repairs mojibake and normalises quotes and spaces', () => {
    const doc = cleanDocument(
      'The envoy said the talks were â€œ  very useful . â€\u009d  Itâ€™s   done.',
      'd.txt',
    );
    expect(doc.cleanText).toBe(`The envoy said the talks were "very useful ." It's done.`);
    expect(doc.repairs).toBe(3);
  });

  it('removes an embedded post and the truncated lines after it', () => {
    const raw = [
      'Mira Kostal thanked the mediators. "We value every hour you gave us," she wrote.',
      'Thank you to everyone at the table.— Mira Kostal (@MiraKostal) March 5, 2031',
      'We value every hour you gave us,',
      'And we will keep goingâ¦',
      'The talks resume on Monday.',
    ].join('\n');
    const doc = cleanDocument(raw, 'e.txt');
    expect(doc.cleanText).toBe(
      'Mira Kostal thanked the mediators. "We value every hour you gave us," she wrote.\n\nThe talks resume on Monday.',
    );
    expect(doc.removed.map((r) => r.kind)).toEqual(['embed', 'embed', 'embed']);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const doc = cleanDocument(
      'The delegations agreed to meet\nagain next week in Fjellby.\n\nNothing else was said.',
      'f.txt',
    );
    expect(doc.cleanText).toBe(
      'The delegations agreed to meet again next week in Fjellby.\n\nNothing else was said.',
    );
  });

  it('dates a document by the path of the URL on its first line, and keeps a "date" line apart from it', () => {
    const doc = cleanDocument(
      'https://example.org/news/2025/11/24/call\ndate 2025-11-25 The leaders spoke.\n',
      'u.txt',
    );
    expect(doc.meta).toMatchObject({
      url: 'https://example.org/news/2025/11/24/call',
      date: '2025-11-24',
      dateFrom: 'url',
    });
    expect(doc.cleanText).toBe('The leaders spoke.');
  });

  it('dates a document by a dateline in the official styles', () => {
    for (const [line, date] of [
      ['• 24 November, 2025', '2025-11-24'],
      ['December 3, 2025, Capital City', '2025-12-03'],
      ['Talby, December 1, 2025 — The Ministry today published its assessment of the round.', '2025-12-01'],
    ]) {
      const doc = cleanDocument(`Talks on the lake\n\n${line}\n\nThe delegations met.`, 'd.txt');
      expect(doc.meta.date, line).toBe(date);
      expect(doc.meta.dateFrom).toBe('dateline');
    }
  });

  it('falls back on the newest date written in the text, leaving out dates after "by"', () => {
    const doc = cleanDocument(
      'The parties met on 2 March 2031 and again on 4 March 2031.\n\nThey will reply by 20 March 2031.',
      'n.txt',
    );
    expect(doc.meta).toMatchObject({ date: '2031-03-04', dateFrom: 'text', dateConfidence: 0.4 });
  });

  it('reads a straight double quote between letters as an apostrophe', () => {
    const doc = cleanDocument('Estmark"s cabinet met. "We are ready," she said.', 'a.txt');
    expect(doc.cleanText).toBe('Estmark\'s cabinet met. "We are ready," she said.');
  });
});

describe("a copied page's cookie banner", () => {
  it('is dropped as navigation, so the headline under it stays the headline', () => {
    const doc = cleanDocument(
      'This website uses cookies to improve your experience. By continuing to browse, you accept our use of cookies. [Accept] [Settings]\n\nMinister Lind visits Brisk\n\nThe Minister travelled to Brisk today.',
      'page.txt',
      { keepTitle: true },
    );
    expect(doc.cleanText).not.toMatch(/cookies/);
    expect(doc.meta.title).toBe('Minister Lind visits Brisk');
    expect(
      cleanDocument('The envoy baked cookies for the delegations, who accepted them.', 'n.txt').cleanText,
    ).toContain('cookies');
  });
});

describe('publication dates official pages write in their own way', () => {
  const dateOf = (raw: string) => cleanDocument(raw, 'x.txt', { received: '2029-06-01' }).meta.date;

  it('takes the day a title gives in brackets with its place', () => {
    expect(
      dateOf(
        'Ministry of Foreign Affairs of Orsk\n\nInitialling of the water framework (Fjellby, 27 March 2031)\n\nOrsk welcomes the initialling today. It will be signed on 5 April 2031.',
      ),
    ).toBe('2031-03-27');
  });

  it('takes a "Published" day with the hour written 18h42, not the day of its update', () => {
    expect(
      dateOf(
        'Note to the press\n\nPublished 20/04/2029 18h42 | Updated 21/04/2029 09h15\n\nPresident Holm spoke by telephone with President Varin. The next call is on 2 May 2029.',
      ),
    ).toBe('2029-04-20');
  });

  it('takes the day the text calls today, over a later day it looks ahead to', () => {
    expect(
      dateOf(
        'Statement\n\nNorland welcomes the accord\n\nFjellby (NPA) – Norland welcomed the initialling today, Friday, 27 April 2029, in Fjellby. The signing is set for 4 May 2029.',
      ),
    ).toBe('2029-04-27');
    expect(
      dateOf(
        'News release\n\nKessel (SHC) – The committee completed the release.\n\nThe last 116 were released today, Thursday 26 April, and flown home.',
      ),
    ).toBe('2029-04-26');
  });

  it("takes a live page's day header without a year, in the year its weekday fits", () => {
    const raw =
      'Orsk talks live: envoys initial the water framework\n\nSummary\n\nThe envoys initialled the text.\n\nWednesday 27 March\n\n18:05\n\nThat is all from us tonight.';
    expect(cleanDocument(raw, 'x.txt', { received: '2030-04-20' }).meta.date).toBe('2030-03-27');
    expect(cleanDocument(raw, 'x.txt', { received: '2031-04-20' }).meta.date).toBe('2030-03-27');
    expect(cleanDocument(raw, 'x.txt').meta.date).toBeUndefined();
  });

  it('does not take a "today" whose weekday is not that date\'s', () => {
    expect(
      dateOf('Releases went on today, Friday 26 April, the mediator said in Kessel on 2 May 2029.'),
    ).toBe('2029-05-02');
  });
});
