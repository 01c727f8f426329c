import { describe, expect, it } from 'vitest';
import { parseFixture, shape } from './fixture.ts';

describe('plain-text numbering styles', () => {
  it('"1." points become top-level provisions with title, preamble and continuation paragraphs', () => {
    const draft = parseFixture('dot-numbers.txt');
    expect(draft.title).toBe('FRAMEWORK FOR A CEASEFIRE ALONG THE RIVER LINE');
    expect(draft.preamble).toBe(
      'The parties, recalling the talks held at Lake Orla in the spring, and determined to end the hostilities,\n\nhave agreed as follows:',
    );
    expect(shape(draft)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(draft.provisions[1]).toEqual({
      path: '2',
      number: '2',
      line: 10,
      text: 'Each party shall withdraw heavy weapons fifteen kilometres from the contact line within ten days.\n\nThe withdrawal shall be verified by the monitoring mission.',
    });
  });

  it('deleted points stay provisions with their marker text', () => {
    const draft = parseFixture('dot-numbers.txt');
    expect(draft.provisions.find((p) => p.path === '3')?.text).toBe('[removed]');
    expect(draft.provisions.find((p) => p.path === '4')?.text).toBe('(deleted)');
  });

  it('"1)" with "a)" sub-items nests letters under numbers', () => {
    const draft = parseFixture('paren-close.txt');
    expect(shape(draft)).toEqual(['1', '1.a ^1', '1.b ^1', '2', '2.a ^2']);
    expect(draft.provisions[1]!.number).toBe('a');
  });

  it('"(1)" > "(a)" > "(i)": roman items under letters, "(i)" read as a numeral, not the ninth letter', () => {
    const draft = parseFixture('paren-numbers.txt');
    expect(shape(draft)).toEqual(['1', '1.a ^1', '1.b ^1', '1.b.i ^1.b', '1.b.ii ^1.b', '1.c ^1', '2']);
    expect(draft.provisions.map((p) => p.number)).toEqual(['(1)', '(a)', '(b)', '(i)', '(ii)', '(c)', '(2)']);
  });

  it('"Point N:" keeps the order as written, even going backwards', () => {
    const draft = parseFixture('points.txt');
    expect(shape(draft)).toEqual(['1', '2', '2.a ^2', '2.b ^2', '3', '5', '4']);
    expect(draft.provisions[0]).toMatchObject({ number: 'Point 1', line: 3 });
  });

  it('roman chapters hold their own paragraph numbering', () => {
    const draft = parseFixture('chapters.txt');
    expect(shape(draft)).toEqual(['I', 'I.1 ^I', 'I.2 ^I', 'II', 'II.1 ^II', 'II.2 ^II', 'II.2.a ^II.2']);
    expect(draft.provisions[3]).toMatchObject({ number: 'II', heading: 'Security', text: '' });
  });

  it('multi-level "1.1" / "1.1.2" numbers nest by depth without repeating the prefix', () => {
    const draft = parseFixture('multilevel.txt');
    expect(shape(draft)).toEqual(['1', '1.1 ^1', '1.1.1 ^1.1', '1.1.2 ^1.1', '1.2 ^1', '2', '2.1 ^2']);
    expect(draft.provisions[3]).toMatchObject({ number: '1.1.2', text: 'The council elects its chair.' });
  });
});

describe('articles', () => {
  const draft = parseFixture('articles.txt');
  const byPath = (path: string) => draft.provisions.find((p) => p.path === path);

  it('paragraphs inside an article are its children, bis numbers keep their suffix', () => {
    expect(shape(draft)).toEqual([
      '1',
      '2',
      '2.1 ^2',
      '2.2 ^2',
      '2bis',
      '3bis',
      '3bis.1 ^3bis',
      '3bis.1.a ^3bis.1',
      '3bis.1.b ^3bis.1',
      '3bis.1.b.i ^3bis.1.b',
      '3bis.1.b.ii ^3bis.1.b',
      '3bis.2 ^3bis',
      '5',
    ]);
    expect(draft.provisions.map((p) => p.number).slice(4, 6)).toEqual(['Art. 2bis', 'Article [3bis]']);
  });

  it('reads headings after a dash, a colon, a dot, or on their own line', () => {
    expect(byPath('1')).toMatchObject({ heading: 'Definitions', line: 5 });
    expect(byPath('2')).toMatchObject({ heading: 'Scope', text: '' });
    expect(byPath('2bis')).toMatchObject({ heading: 'Interim arrangements' });
    expect(byPath('5')).toMatchObject({
      heading: 'Entry into force',
      text: 'This Agreement enters into force on signature.',
    });
    expect(byPath('3bis')?.heading).toBeUndefined();
  });

  it('"Article 4 of the old treaty …" is prose continuing the previous paragraph', () => {
    expect(byPath('4')).toBeUndefined();
    expect(byPath('3bis.2')?.text).toBe(
      'Assistance ends when the violation ends.\n\nArticle 4 of the old treaty is not affected by this line, which continues paragraph 2.',
    );
  });
});
