// Two people who name two authors of one text contradict each other, in quotations as in prose:
// a briefing transcript, an interview and a spokesman's post say who wrote it in the speaker's
// own words. Invented lines of the Arvenia–Torvania talks, in three house styles.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const briefing = [
  'MODERATOR: Next question, please.',
  'QUESTION: Who wrote the annex on water quotas?',
  'FOREIGN MINISTER SOLBERG: The annex on water quotas was drafted by the Norland team in Fjellby, with comments from both sides.',
].join('\n\n');

describe('authorship said in quotations', () => {
  it('flags two speakers who name two authors of one text', () => {
    const interview = [
      'Q: Minister Varin, who drafted the annex on water quotas?',
      'PRESIDENT VARIN: The annex on water quotas was written by Torvanian lawyers in Drava, long before the second round.',
    ].join('\n\n');
    expect(kinds(doc('a', briefing, 'press-conference'), doc('b', interview, 'press-conference'))).toEqual([
      'authorship ab',
    ]);
    const post =
      'Pavel Surin wrote on Telegram: "The annex on water quotas was prepared by Torvanian experts, whatever Fjellby says."';
    expect(kinds(doc('a', briefing, 'press-conference'), doc('b', post))).toEqual(['authorship ab']);
  });

  it('leaves two speakers who name the authors of two texts', () => {
    const interview = [
      'Q: Minister Varin, who drafted point 7?',
      'PRESIDENT VARIN: Point 7 was written by Torvanian lawyers in Drava, long before the second round.',
    ].join('\n\n');
    expect(kinds(doc('a', briefing, 'press-conference'), doc('b', interview, 'press-conference'))).toEqual(
      [],
    );
  });

  it('leaves two speakers who name one author', () => {
    const interview = [
      'Q: Minister Varin, who drafted the annex on water quotas?',
      'PRESIDENT VARIN: The annex on water quotas was drafted by the Norland team; we only sent comments.',
    ].join('\n\n');
    expect(kinds(doc('a', briefing, 'press-conference'), doc('b', interview, 'press-conference'))).toEqual(
      [],
    );
  });
});
