// E-mail threads copied as text: an Outlook chain ("From: Surname Given (UNIT)", "-----Original
// Message-----"), a Gmail reply ("On Tue, 4 Mar 2031 at 09:12, Ana Berg <…> wrote:"), and a copy
// whose first "From:" line was lost, named by the "To:" of the message it answers. Each body is its
// sender's words, without a greeting alone on its line or the sign-off. Every text is invented.
import { describe, expect, it } from 'vitest';
import { emailQuotes } from '../../src/evidence/emailThreads.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const posts = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote' && c.data.form === 'post')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

describe('an e-mail thread', () => {
  it("gives an Outlook chain's bodies to their senders, surname first or not", () => {
    const outlook = [
      'From: Dahl Henrik (NOR MFA)',
      'Sent: Tuesday, 4 March 2031 09:12',
      'To: Solberg Ingrid (NOR MFA)',
      'Subject: RE: Vell text',
      '',
      'Ingrid,',
      '',
      'Both sides have the nine points since Monday.',
      '',
      'H.',
      '',
      '-----Original Message-----',
      'From: Solberg Ingrid (NOR MFA)',
      'Sent: Monday, 3 March 2031 18:40',
      'To: Dahl Henrik (NOR MFA)',
      'Subject: Vell text',
      '',
      'Henrik, does Torvania have the text yet?',
      '',
      'Best,',
      'Ingrid',
    ].join('\n');
    expect(posts(outlook)).toEqual([
      ['dahl', 'Both sides have the nine points since Monday.'],
      ['solberg', 'Henrik, does Torvania have the text yet?'],
    ]);
  });

  it('names a message whose "From:" line the copy lost by the reply it answers', () => {
    const lost = [
      'Sent: Tuesday, 4 March 2031 09:12',
      'To: Ana Berg',
      '',
      'Ana,',
      '',
      'No date yet for the signing.',
      '',
      'On Mon, 3 Mar 2031 at 17:02, Ana Berg <ana.berg@fjordherald.no> wrote:',
      '',
      'From: Ana Berg <ana.berg@fjordherald.no>',
      'To: Pavel Surin <press@citadel.gov>',
      '',
      'Is there a date for the signing?',
      '',
      'Thanks,',
      'Ana',
    ].join('\n');
    const quotes = emailQuotes(lost, buildGazetteer(roster))!.map((c) => [
      c.kind === 'quote' ? (c.speaker?.personId ?? c.speaker?.name) : '',
      c.text,
    ]);
    expect(quotes).toEqual([
      ['surin', 'No date yet for the signing.'],
      ['Ana Berg', 'Is there a date for the signing?'],
    ]);
  });

  it('reads one e-mailed report under a single header as no thread', () => {
    const pool = [
      'From: Ana Berg',
      'Sent: Tuesday, 4 March 2031 15:18',
      'To: Pool distribution',
      'Subject: Pool report #3',
      '',
      'The motorcade arrived at 1:05 PM. Henrik Dahl said the talks were "close to done".',
    ].join('\n');
    expect(posts(pool)).toEqual([]);
  });

  it('keeps its short lines as its words: only a name with its comma greets, a lower-case line signs nothing', () => {
    const thread = [
      'From: Dahl Henrik (NOR MFA)',
      'Sent: Tuesday, 4 March 2031 09:12',
      'To: Solberg Ingrid (NOR MFA)',
      'Subject: RE: Vell text',
      '',
      'Agreed.',
      'Signing Friday',
      'not before noon',
      '',
      '-----Original Message-----',
      'From: Solberg Ingrid (NOR MFA)',
      'Sent: Monday, 3 March 2031 18:40',
      'To: Dahl Henrik (NOR MFA)',
      'Subject: Vell text',
      '',
      'Henrik,',
      'can we sign on Friday?',
      '',
      'Best,',
      'Ingrid',
    ].join('\n');
    const words = posts(thread).map(([, said]) => said);
    expect(words).toContain('Agreed. Signing Friday not before noon');
    expect(words).toContain('can we sign on Friday?');
  });
});
