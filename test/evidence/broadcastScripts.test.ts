// Broadcasts as newsrooms file them: a radio wire's script (slug and length in its head, the
// anchor's and reporter's unnamed lines its own narration, the people heard as cued soundbites, the
// sound under them as "NATS:"), and a television bulletin's transcript naming its anchor and
// correspondent, with clips cued in brackets inside the correspondent's turn. Every text is invented.
import { describe, expect, it } from 'vitest';
import { quotesRead } from './quotesRead.ts';

const quotes = (text: string) => quotesRead(text, 'script.txt', 36);

describe('broadcast scripts', () => {
  it("a radio script's narration is its own; its soundbites are the cued speakers' words", () => {
    const script = [
      'VELL RIVER / TALKS',
      'DATE: 3/4/2031',
      'REPORTER: JON EKDAL',
      'TYPE: ANCHOR / REPORTER WRAP',
      'LENGTH: 2:50',
      'SLUG: VELL-TALKS',
      '',
      'ANCHOR:',
      'The talks on the Vell river closed their third round today. Jon Ekdal reports from Fjellby.',
      '',
      'NATS: CROWD, CAMERAS',
      '',
      'REPORTER:',
      "Norland's special envoy spoke to reporters as the delegations left.",
      '',
      'SOUNDBITE: (Henrik Dahl, Norland special envoy, in English)',
      '"The river chapter is agreed. The annex needs one more week."',
      '',
      'REPORTER:',
      "Torvania's spokesman was more careful.",
      '',
      'SOUNDBITE: (Pavel Surin, Citadel spokesman, in Torvanian)',
      '"Nothing is agreed until the whole text is agreed."',
      '',
      '###',
    ].join('\n');
    expect(quotes(script)).toEqual([
      ['dahl', 'The river chapter is agreed. The ann'],
      ['surin', 'Nothing is agreed until the whole te'],
    ]);
  });

  it("a bulletin's named anchor and correspondent speak their turns; a bracketed clip cue splits a turn", () => {
    const bulletin = [
      'EVENING BULLETIN - 4 MARCH 2031',
      'TRANSCRIPT',
      'ANCHOR (ANA BERG): Good evening. The Vell talks closed their third round in Fjellby today.',
      'CORRESPONDENT (JON EKDAL): Ana, the delegations left the hall just after six.',
      '[SOT] HENRIK DAHL, NORLAND SPECIAL ENVOY: "The river chapter is agreed."',
      'CORRESPONDENT (JON EKDAL): Drava says it has not yet seen the annex.',
      'ANCHOR (ANA BERG): Jon Ekdal in Fjellby. In other news tonight...',
    ].join('\n\n');
    expect(quotes(bulletin)).toEqual([
      ['Ana Berg', 'Good evening. The Vell talks closed '],
      ['Jon Ekdal', 'Ana, the delegations left the hall j'],
      ['dahl', 'The river chapter is agreed.'],
      ['Jon Ekdal', 'Drava says it has not yet seen the a'],
      ['Ana Berg', 'Jon Ekdal in Fjellby. In other news '],
    ]);
  });

  it("a press conference's head with a type or a duration is no script: its reporters' questions stay", () => {
    const presser = [
      'Press conference of the Norland delegation, Fjellby',
      'Type: press conference',
      'Duration: 00:24:10',
      '',
      'PRESIDENT VARIN: Good afternoon. The third round closed this morning.',
      '',
      'REPORTER: Will you sign the text in April?',
      '',
      'PRESIDENT VARIN: We will sign when the annex is settled.',
      '',
      'CLIP: (Ana Berg, Norland envoy) We are not ready to sign anything.',
      '',
      'REPORTER: Is Torvania blocking the annex?',
      '',
      'PRESIDENT VARIN: I will not speak for Torvania.',
    ].join('\n');
    const said = quotes(presser).map((q) => q[1]);
    expect(said).toContain('Will you sign the text in April?');
    expect(said).toContain('Is Torvania blocking the annex?');
    expect(said.filter((w) => w?.startsWith('press conference'))).toEqual([]);
  });

  it("a script's newsroom question is kept, its unnamed narration dropped", () => {
    const script = [
      'SLUG: VELL-TALKS',
      'LENGTH: 1:40',
      '',
      'ANCHOR: The talks on the Vell river closed their third round today.',
      '',
      'SOUNDBITE: (Ana Berg, Norland envoy) We are close to a text.',
      '',
      'REPORTER: But will Torvania sign it?',
    ].join('\n');
    const said = quotes(script).map((q) => q[1]);
    expect(said).not.toContain('The talks on the Vell river closed t');
    expect(said).toContain('But will Torvania sign it?');
  });
});
