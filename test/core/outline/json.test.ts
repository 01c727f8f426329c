import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/core/outline/index.ts';
import { parseErrorOf, parseFixture, readFixture } from './fixture.ts';

// Fixture layout may be reformatted by the formatter; lines are found, not hard-coded.
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('JSON drafts', () => {
  it('flattens nested provisions in document order with paths, parents and lines', () => {
    const draft = parseFixture('draft.json');
    const source = readFixture('draft.json');
    const at = (needle: string) => lineOf(source, needle);
    expect(draft.title).toBe('Outline of the Coastal Accord');
    expect(draft.preamble).toBe('The parties, wishing to settle the coastal dispute,');
    expect(draft.provisions).toEqual([
      {
        path: '1',
        number: 'Article 1',
        heading: 'Fishing rights',
        text: 'Both fleets may fish in the shared waters.',
        line: at('"Article 1"') - (source.includes('{ "number": "Article 1"') ? 0 : 1),
      },
      { path: '1.1', number: '1', parent: '1', text: 'Quotas are set every year.', line: at('"1."') },
      { path: '1.a', number: '(a)', parent: '1', text: 'Small boats are exempt.', line: at('"(a)"') },
      {
        path: '2bis',
        number: 'Article 2bis',
        text: 'Disputes go to arbitration.',
        line: at('"Article 2bis"'),
      },
    ]);
  });

  it('is recognised from its content when there is no file name', () => {
    expect(parseDraft(readFixture('draft.json')).provisions).toHaveLength(4);
  });

  it('names the JSON path and line of a value of the wrong type', () => {
    const error = parseErrorOf(() => parseFixture('bad-type.json'));
    const line = lineOf(readFixture('bad-type.json'), '42');
    expect(error.code).toBe('parse_error');
    expect(error.message).toBe(`provisions[1].text: expected a string (got number) (line ${line})`);
    expect(error.details).toEqual({ line, jsonPath: 'provisions[1].text' });
    const inline = parseErrorOf(() =>
      parseDraft(
        '{"provisions": [\n  {"number": "1", "text": "a"},\n\n  {"number": "2",\n   "text": null}]}',
      ),
    );
    expect(inline.message).toBe('provisions[1].text: expected a string (got null) (line 5)');
  });

  it('names a missing field and an unknown key', () => {
    const missing = parseErrorOf(() =>
      parseDraft('{"provisions":[{"number":"1","text":"a"},\n{"number":"2"}]}'),
    );
    expect(missing.message).toBe('provisions[1].text: expected a string (it is missing) (line 2)');
    const unknown = parseErrorOf(() =>
      parseDraft('{"provisions":[{"number":"1","text":"a","childern":[]}]}'),
    );
    expect(unknown.message).toMatch(/^provisions\[0\]: unknown key "childern"/);
  });

  it('gives the line of a syntax error', () => {
    const error = parseErrorOf(() => parseFixture('bad-syntax.json'));
    const line = lineOf(readFixture('bad-syntax.json'), ']');
    expect(error.code).toBe('parse_error');
    expect(error.details).toEqual({ line });
    expect(error.message).toMatch(new RegExp(`^line ${line}: the JSON is not valid`));
  });

  it('refuses duplicate numbers among siblings and unreadable numbers', () => {
    const dup = parseErrorOf(() =>
      parseDraft('{"provisions":[\n{"number":"3","text":"a"},\n{"number":"3.","text":"b"}]}', {
        format: 'json',
      }),
    );
    expect(dup.message).toBe(
      'provisions[1].number: point "3." appears twice (first at provisions[0]); renumber one of them (line 3)',
    );
    const bad = parseErrorOf(() =>
      parseDraft('{"provisions":[{"number":"§ 4","text":"a"}]}', { format: 'json' }),
    );
    expect(bad.details).toMatchObject({ jsonPath: 'provisions[0].number' });
  });

  it('refuses a draft with no provisions', () => {
    expect(parseErrorOf(() => parseDraft('{"provisions":[]}')).message).toBe(
      'provisions: expected at least one provision (line 1)',
    );
  });
});
