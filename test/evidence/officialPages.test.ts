// Conventions of real official pages, each a class: how a transcript ends, how a copied post
// sets its header apart, how a Slavic name reaches English. Content invented for the test.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, speakerNamed, spellings } from '../../src/evidence/gazetteer.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string, r: Roster = roster) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster: r, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('a transcript closed with its time', () => {
  it('ends the last turn at "END 12:58 P.M. EST" and its like', () => {
    for (const end of ['END 12:58 P.M. EST', 'END                 4:02 P.M. CET', 'End 11.40']) {
      const text = `Remarks before a meeting\n\nMR. DAHL: We begin today.\n\nMS. SOLBERG: We are ready.\n\nQ Will you sign?\n\nMR. DAHL: Soon.\n\n${end}`;
      expect(quotes(text).at(-1), end).toEqual(['Soon.', 'dahl']);
    }
  });
});

describe("a copied post's header", () => {
  it('takes a separator on a line of its own between the handle and the date as header, not as words', () => {
    for (const sep of ['·', '•', '|', '—'])
      expect(
        quotes(
          `Henrik Dahl\n@envoy_dahl\n${sep}\nMar 25, 2031, 8:41 PM\n\nThe draft has been improved, with input from both sides.`,
        ),
        sep,
      ).toEqual([['The draft has been improved, with input from both sides.', 'dahl']]);
  });
});

describe('a post copied from X with its counts a line each', () => {
  it('ends the post at its time and reads no post from the counts under it', () => {
    const text =
      'Henrik Dahl / Хенрик Даль\n@envoy_dahl\n\nA good call with the Torvanian side today. The teams keep working.\n\n7:05 PM · Mar 24, 2031\n·\n1.2M\nViews\n\n·\n\n214\n\nReposts';
    expect(quotes(text)).toEqual([
      ['A good call with the Torvanian side today. The teams keep working.', 'dahl'],
    ]);
  });
});

describe('a line of dots in a post', () => {
  it('keeps the post whole: a count holds a digit', () => {
    const text =
      'Henrik Dahl\n@envoy_dahl\n\nThe talks went on all night.\n\n...\n\nWe will be back in the morning with the draft.';
    expect(quotes(text)).toEqual([
      ['The talks went on all night. ... We will be back in the morning with the draft.', 'dahl'],
    ]);
  });
});

describe('a Slavic name in another transliteration', () => {
  const r: Roster = {
    parties: [{ id: 'arvenia', name: 'Arvenia', role: 'principal', aliases: [] }],
    people: [
      { id: 'zhelensky', name: 'Bohdan Zhelensky', party: 'arvenia', aliases: [] },
      { id: 'syrskyi', name: 'Ilko Syrskyi', party: 'arvenia', aliases: [] },
      { id: 'henry', name: 'Mark Henry', party: 'arvenia', aliases: [] },
    ],
  };
  const g = buildGazetteer(r);

  it('knows a name ending in -sky, -skyy, -skiy, -skyi, -ski as one person', () => {
    for (const said of ['PRESIDENT ZHELENSKYY', 'Mr. Zhelenskiy', 'Bohdan Zhelenskyi', 'Zhelenski'])
      expect(speakerNamed(said, g)?.personId, said).toBe('zhelensky');
    for (const said of ['General Syrsky', 'SYRSKIY'])
      expect(speakerNamed(said, g)?.personId, said).toBe('syrskyi');
  });

  it('leaves names with no such ending alone', () => {
    expect(spellings('Mark Henry')).toEqual(['Mark Henry']);
    expect(spellings('Marco Rubio')).toEqual(['Marco Rubio']);
    expect(speakerNamed('Mark Henri', g)).toBeUndefined();
  });

  it('resolves a transcript label in another transliteration to the roster person', () => {
    const text =
      'Remarks before a meeting\n\nMR. HENRY: We begin the talks.\n\nPRESIDENT ZHELENSKYY: We are ready to work.';
    expect(quotes(text, r)).toEqual([
      ['We begin the talks.', 'henry'],
      ['We are ready to work.', 'zhelensky'],
    ]);
  });
});

describe('a parliamentary record', () => {
  it("reads a minister's office label with the name in brackets, and a member's label with three asides", () => {
    const text = [
      'Vell River Accord',
      'Volume 12: debated on Tuesday 4 March 2031',
      'Mr Speaker: Order. Statement, the Foreign Secretary.',
      'The Secretary of State for Foreign, Commonwealth and Border Affairs (Henrik Dahl): With permission, I will make a statement on the accord.',
      'Dame Ingrid Solberg (Ingrid Solberg) (Fjellby North) (Con): Will he confirm that Torvania was consulted?',
      'The Minister of State, Foreign Office (Mr Dahl): It was consulted throughout.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Order. Statement, the Foreign Secretary.', 'Mr Speaker'],
      ['With permission, I will make a statement on the accord.', 'dahl'],
      ['Will he confirm that Torvania was consulted?', 'solberg'],
      ['It was consulted throughout.', 'dahl'],
    ]);
  });
});

describe("a parliament's debate", () => {
  it('reads "The Minister of … (Name):" as its holder and the office of Speaker as the label writes it', () => {
    const text = [
      'OFFICIAL REPORT\n\nThursday, 6 March 2031',
      '[THE SPEAKER in the Chair]',
      'The Minister of Foreign Affairs (Ms Ingrid Solberg): Madam Speaker, I beg to move that the Bill be now read a second time.',
      'Mr Oleg Varin (Drava East): Will the Minister say when the Accord was signed?',
      'The Foreign Minister (Ingrid Solberg): On Monday, in Fjellby.',
      'Madam Speaker: Order. The Question is that the Bill be now read a second time.',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['Madam Speaker, I beg to move that the Bill be now read a second time.', 'solberg'],
      ['Will the Minister say when the Accord was signed?', 'varin'],
      ['On Monday, in Fjellby.', 'solberg'],
      ['Order. The Question is that the Bill be now read a second time.', 'Madam Speaker'],
    ]);
  });

  it("ends a turn at the record's procedure: the question put, the division, the bill's reading, the adjournment", () => {
    for (const procedure of [
      'Question put and agreed to.',
      'The House divided: Ayes 301, Noes 212.',
      'The Assembly divided: Ayes 112, Noes 61, Abstentions 9.',
      'Bill accordingly read a Second time.',
      'The Bill was accordingly read a second time and passed.',
      'The Senate adjourned at 6.02 p.m.',
    ]) {
      const text = `The Foreign Minister (Ingrid Solberg): I commend the Bill to the House.\n\n${procedure}\n\nMr Oleg Varin: We will vote against.`;
      expect(quotes(text)[0], procedure).toEqual(['I commend the Bill to the House.', 'solberg']);
    }
  });

  it('keeps a second paragraph of a turn that only mentions the House', () => {
    const text =
      'The Foreign Minister (Ingrid Solberg): I commend the Bill.\n\nThe House knows what is at stake.\n\nMr Oleg Varin: We will vote against.';
    expect(quotes(text)[0]).toEqual(['I commend the Bill. The House knows what is at stake.', 'solberg']);
  });
});

describe('labels set in bold by a Markdown copy', () => {
  it('reads "**Question:**" and "**Name:**" or "**Name**:" as turns, said without the marks', () => {
    const text =
      'Interview with the Envoy\n\n**Question:** Is the text final?\n\n**Henrik Dahl:** Not yet. Two points are open.\n\n**Question**: When will it be?\n\n__H. Dahl:__ Soon, I hope.';
    const found = processDocument(new TextEncoder().encode(text), 'page.md', {
      roster,
      received: '2031-04-01',
    })
      .claims.filter((c): c is Quote => c.kind === 'quote')
      .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name, q.speaker?.said]);
    expect(found).toEqual([
      ['Is the text final?', 'journalist', 'Question'],
      ['Not yet. Two points are open.', 'dahl', 'Henrik Dahl'],
      ['When will it be?', 'journalist', 'Question'],
      ['Soon, I hope.', 'dahl', 'H. Dahl'],
    ]);
  });
});

describe('a published interview with labels of initials', () => {
  it("gives a label of initials to the one roster person the text names with them, the interviewer's to the journalist", () => {
    const text =
      'The text is a basis\n\nAn interview with Special Envoy Henrik Dahl, conducted by Anna Kovacs.\n\nA.K.: Envoy, is the text a basis for talks?\n\nH.D.: It is a basis. Two points are open.\n\nA.K.: And Torvania?\n\nH. D.: It will read it with care.';
    expect(quotes(text)).toEqual([
      ['Envoy, is the text a basis for talks?', 'journalist'],
      ['It is a basis. Two points are open.', 'dahl'],
      ['And Torvania?', 'journalist'],
      ['It will read it with care.', 'dahl'],
    ]);
  });

  it('reads the interviewer the head names ("Interview by …", "Questions by …") by initials or by name, in bold too', () => {
    for (const [byline, label] of [
      ['Interview by Radomir Vess', '**R.V.:**'],
      ['Questions by Radomir Vess', 'R. V.:'],
      ['Interviewed by Radomir Vess for the Herald', 'VESS:'],
      ['Interview by Radomir Vess', 'Radomir Vess:'],
    ]) {
      const text = `"The text is a basis": Special Envoy Henrik Dahl on the talks\n\n${byline}\n\n${label} Is the text final?\n\nH.D.: Not yet.\n\n${label} When?\n\nH.D.: Soon.`;
      expect(quotes(text), `${byline} ${label}`).toEqual([
        ['The text is a basis', 'dahl'],
        ['Is the text final?', 'journalist'],
        ['Not yet.', 'dahl'],
        ['When?', 'journalist'],
        ['Soon.', 'dahl'],
      ]);
    }
  });

  it("keeps initials that are not the interviewer's as said, and a headline naming no one unattributed", () => {
    const text =
      '"Not before spring": families wait at the border\n\nInterview by Radomir Vess\n\nA.K.: Is the text final?\n\nH.D.: Not yet.\n\nA.K.: When?';
    expect(quotes(text)).toEqual([
      ['Not before spring', undefined],
      ['Is the text final?', 'A.K.'],
      // Nobody the text names has these initials.
      ['Not yet.', 'H.D.'],
      ['When?', 'A.K.'],
    ]);
  });
});

describe('a post copied from a channel or a page, with no handle', () => {
  const read = (text: string) =>
    processDocument(new TextEncoder().encode(text), 'post.txt', { roster, received: '2031-04-01' });

  it("reads a Telegram channel's post as its author's, without the editor's note and the counts", () => {
    const doc = read(
      'Henrik Dahl | Special Envoy\n10 Mar 2031, 09:12\n\n[Translated from Norlandic by the channel editors]\n\n🕊 Yesterday both sides received the revised text.\n\nWe meet again in Fjellby on Friday.\n\n👁 18.4K  🔁 212',
    );
    expect(doc.genre.genre).toBe('social');
    expect(doc.meta.date).toBe('2031-03-10');
    expect(quotes(doc.rawText)).toEqual([
      ['🕊 Yesterday both sides received the revised text. We meet again in Fjellby on Friday.', 'dahl'],
    ]);
  });

  it("reads a Facebook page's post, its time without a year dated in the year it was received", () => {
    const text =
      'Mira Kostal\n14 March at 21:40 ·\n\nToday our people came home.\n\nGlory to Arvenia!\n\n12K reactions · 1.4K comments · 3.1K shares';
    expect(read(text).genre.genre).toBe('social');
    expect(read(text).meta.date).toBe('2031-03-14');
    expect(quotes(text)).toEqual([['Today our people came home. Glory to Arvenia!', 'kostal']]);
  });

  it('leaves the platform\'s "See translation" under a translated post out of its words', () => {
    const text =
      'Mira Kostal\n14 March at 21:40 · 🌐\n\nToday our people came home.\n\nSee translation\n\n12K reactions · 1.4K comments';
    expect(quotes(text)).toEqual([['Today our people came home.', 'kostal']]);
  });

  it('leaves a news story with its author and time alone: no counts close it', () => {
    const text =
      'Mira Kostal\n14 March 2031, 21:40\n\nThe talks resumed in Fjellby, officials said.\n\n"We are close," Henrik Dahl said.';
    expect(read(text).genre.genre).not.toBe('social');
    expect(quotes(text)).toEqual([['We are close,', 'dahl']]);
  });
});

describe('a post from a platform that shows no handle', () => {
  const read = (text: string) =>
    processDocument(new TextEncoder().encode(text), 'post.txt', { roster, received: '2031-04-01' });
  const saidBy = (doc: ReturnType<typeof read>) =>
    doc.claims.filter((c): c is Quote => c.kind === 'quote').map((q) => [q.data.words, q.speaker?.personId]);

  it("reads a Facebook page's post under its name and stamp as the page's words, dated by the stamp", () => {
    for (const stamp of ['12 March at 19:02 ·', 'March 12 at 7:02 PM · 🌐', 'March 12, 2031 at 19:02']) {
      const doc = read(
        `Henrik Dahl\n${stamp}\n\nToday in Brisk we signed the framework with the Torvanian side.\nNext: the vote in parliament. #Brisk\n\n1.2K likes · 340 comments · 95 shares`,
      );
      expect(doc.genre.genre, stamp).toBe('social');
      expect(doc.meta.date, stamp).toBe('2031-03-12');
      expect(saidBy(doc), stamp).toEqual([
        [
          'Today in Brisk we signed the framework with the Torvanian side. Next: the vote in parliament. #Brisk',
          'dahl',
        ],
      ]);
    }
  });

  it("gives a forwarded Telegram post to the channel it was forwarded from, dated by Telegram's stamp", () => {
    const doc = read(
      'Forwarded from Henrik Dahl\nNews of the Ministry, [12.03.2031 20:15]\nWe note the signing in Brisk today. We expect a briefing by Friday.',
    );
    expect(doc.genre.genre).toBe('social');
    expect(doc.meta.date).toBe('2031-03-12');
    expect(saidBy(doc)).toEqual([
      ['We note the signing in Brisk today. We expect a briefing by Friday.', 'dahl'],
    ]);
  });

  it("points the forwarded post's speaker at the forward's own name, after a stamp and a separator", () => {
    for (const forward of ['[Forwarded from Mira Kostal]', 'Forwarded from Mira Kostal']) {
      const doc = read(
        `Henrik Dahl (@hdahl)\n\n·\n\n12 March at 19:02 ·\n\n${forward}\n\nWe note the signing in Brisk today.`,
      );
      const [post] = doc.claims.filter((c): c is Quote => c.kind === 'quote');
      const [from, to] = post!.data.speakerSpan!;
      expect(doc.cleanText.slice(from, to), forward).toBe('Mira Kostal');
    }
  });

  it('dates no post by a stamp of a day its month lacks ([31.02.2031 10:00]), nor its "today"', () => {
    for (const stamp of ['[31.02.2031 10:00]', '[29.02.2031 10:00]']) {
      const doc = read(`News of the Ministry, ${stamp}\nWe met the Torvanian delegation today in Brisk.`);
      expect(doc.meta.date, stamp).toBeUndefined();
      const dated = doc.claims.filter((c) => c.kind === 'event' && c.data.date !== undefined);
      expect(dated, stamp).toEqual([]);
    }
  });

  it('leaves a name over a line that is no platform stamp to news', () => {
    const doc = read(
      'Henrik Dahl\nMarch 12 in Brisk\n\nThe envoy signed nothing today, his office said in a statement.',
    );
    expect(doc.genre.genre).toBe('news');
  });
});
