import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/evidence/sentences.ts';

const sentences = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('abbreviated titles and running-text abbreviations do not end a sentence', () => {
  it.each([
    // X post by an envoy
    'Frank & useful talks w/ Pres. Varin in Drava today.',
    // embassy post
    'Met Amb. Dahl in Kessel today to discuss the exchange.',
    // State-Department-style readout
    'Sec. Solberg met Dep. FM Berg and Adm. Lund in Fjellby on Monday.',
    'The Dep. FM met the envoy at the ministry.',
    // ministry notice
    'The exchange incl. 20 civilians will take place on Monday, esp. the wounded.',
    // Hansard's courtesies
    'Yesterday my right hon. Friend the Prime Minister spoke to President Kostal.',
    'I thank the hon. Member for Bristol North for his question.',
    'The Rt. Hon. Lady the Member for Kessel asked about the talks.',
  ])('keeps %s whole', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('still ends sentences at lower-case units and at real ends', () => {
    expect(sentences('The call lasted 30 min. The sides agreed to talk again.')).toHaveLength(2);
    expect(sentences('They spoke for 40 sec. Then the line dropped.')).toHaveLength(2);
    expect(sentences('Talks with Pres. Varin ended. Min. Solberg said so.')).toEqual([
      'Talks with Pres. Varin ended.',
      'Min. Solberg said so.',
    ]);
    expect(sentences('He thanked the Minister. Hon. Members cheered.')).toHaveLength(2);
  });
});
