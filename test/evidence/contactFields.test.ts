// A press release's media-contact block, set as "KEY: value" lines, is no speaker's turn; a
// spokesperson's label over real words still is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isContactField } from '../../src/evidence/contactFields.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (lines: string[]) =>
  processDocument(new TextEncoder().encode(lines.join('\n')), 'release.txt', { roster })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => q.data.words);

describe("a release's contact block", () => {
  it.each([
    ['TELEPHONE', '+11 (0)20 7946 0321'],
    ['Mobile', '0777 123 456'],
    ['E-MAIL', 'newsdesk@agency.example.net'],
    ['Website', 'https://www.agency.example.net/press'],
    ['Press desk', 'press.office@agency.example.net'],
  ])('reads "%s: %s" as no quote', (key, value) => {
    const found = quotes([
      'PRESS RELEASE',
      '',
      'Agency statement on the second round',
      '',
      'LORNE: The agency today announced the second round of talks, to open on 3 May.',
      '',
      'Director Ilse Varga said: "Both delegations have confirmed, and the agenda is agreed."',
      '',
      'MEDIA RELATIONS',
      '',
      'PRESS OFFICER: Jan Holm',
      '',
      `${key}: ${value}`,
      '',
      'FAX: +11 20 7946 0322',
    ]);
    expect(found).toContain('Both delegations have confirmed, and the agenda is agreed.');
    expect(found).not.toContain(value);
    expect(found).not.toContain('+11 20 7946 0322');
  });

  it('keeps a spokesperson label over words', () => {
    expect(isContactField('Spokesperson', 'We expect the delegations on Monday.')).toBe(false);
    expect(isContactField('Ms Holm', 'Twelve points remain open, not six.')).toBe(false);
    expect(isContactField('PHONE', '+44 20 7946 0000')).toBe(true);
  });
});
