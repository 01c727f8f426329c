// Two accounts of one phone call tell who was on the line and who asked for it, each in its own
// words: such sentences of the two are one claim about the call and are linked, agreeing or not.
// A sentence of an account of another call, days later, is not linked to them.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const first = (account: string, published = '2031-03-04') =>
  doc(
    'first',
    `Oleg Varin had a telephone conversation with President of Arvenia Mira Kostal on ${published === '2031-03-04' ? '4 March' : '11 March'}. ${account}`,
    'readout',
    published,
  );
const second = (account: string) =>
  doc(
    'second',
    `President Mira Kostal spoke today with President Oleg Varin of Torvania. ${account}`,
    'readout',
    '2031-03-04',
  );

/** The sentences linked for a reason, as "text ~ text". */
const linkedFor = (reason: string, ...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .links.filter((l) => l.reason === reason)
    .map((l) => [l.a.text, l.b.text].sort().join(' ~ '));

describe('one call’s accounts, linked by what they tell of it', () => {
  it('links two accounts of who was on the line', () => {
    expect(
      linkedFor(
        'who was on the call',
        first('Deputy Minister Henrik Dahl was also on the line for its last part.'),
        second('Foreign Minister Ingrid Solberg also took part in the conversation.'),
      ),
    ).toEqual([
      'Deputy Minister Henrik Dahl was also on the line for its last part. ~ Foreign Minister Ingrid Solberg also took part in the conversation.',
    ]);
  });

  it('links two accounts of who asked for the call', () => {
    expect(
      linkedFor(
        'who asked for the call',
        first('The exchange was held at the request of the Arvenian side.'),
        second('It was President Varin who asked for the call.'),
      ),
    ).toHaveLength(1);
  });

  it('does not link an account of a call a week later', () => {
    expect(
      linkedFor(
        'who was on the call',
        first('Deputy Minister Henrik Dahl was also on the line for its last part.', '2031-03-11'),
        second('Foreign Minister Ingrid Solberg also took part in the conversation.'),
      ),
    ).toEqual([]);
  });
});
