import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/evidence/clean.ts';

describe('cleanDocument', () => {
  it('lifts front matter into metadata and keeps the raw text beside the clean one', () => {
    const raw =
      '---\nlayout: post\ntitle: "Envoys meet in Fjellby"\ndate: 2031-03-04T08:15:00\nauthor: "hmoe"\n---\n\nThe envoys met.\n';
    const doc = cleanDocument(raw, 'a.md');
    expect(doc.meta).toEqual({ title: 'Envoys meet in Fjellby', date: '2031-03-04', author: 'hmoe' });
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

  it('reads a "date" prefix and a byline', () => {
    const doc = cleanDocument(
      ' date 2031-05-02 The council met at noon.\nBy Ilse Varga\nIt agreed nothing.',
      'c.txt',
    );
    expect(doc.meta).toEqual({ date: '2031-05-02', author: 'Ilse Varga' });
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
});
