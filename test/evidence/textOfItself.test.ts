// A record titled by its own kind of text ("JOINT STATEMENT ...", "FINAL COMMUNIQUÉ", "Statement by
// the Minister on ...") is that text: its title names the record, not an event the record reports.
// Across the tuning sets most authors label what the body reports and leave the title alone.
// Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { events, PUBLISHED } from './eventsOf.ts';

describe("a record's title naming its own text", () => {
  it('is no statement of its own over a communiqué or a minister’s statement', () => {
    const communique =
      'FINAL COMMUNIQUÉ of the Ninth Ministerial Session of the Harbour Council\n\nThe ministers met in Lanvik on 3 March 2031 under the chair of Norland.';
    expect(events(communique, 'joint-statement')).toEqual([['meeting', '2031-03-03']]);
    const release =
      'Statement by the Minister for Foreign Affairs on the Lanvik crossing\n\nThe Minister welcomes the reopening of the crossing.';
    expect(events(release, 'press-release')).toEqual([]);
  });

  it('still reads a statement the body reports, and a post that relays one under its title', () => {
    const body =
      'JOINT DECLARATION of the two delegations\n\nThe delegations issued a joint statement in Lanvik on Monday on the crossing.';
    expect(events(body, 'joint-statement')).toEqual([['statement', '2031-03-03']]);
    const post = 'Statement of the Harbour Council secretariat\n\nThe secretariat welcomes the reopening.';
    expect(events(post, 'social')).toEqual([['statement', PUBLISHED]]);
  });
});
