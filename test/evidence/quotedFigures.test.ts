// Figures said in quotations are claims like those told in prose: two people quoted giving one
// count two values disagree on the count, though their sentences are no renderings of one another.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const envoy = doc(
  'envoy',
  '"The monitoring mission will number 400 observers along the river," Henrik Dahl told reporters.',
  'news',
  '2031-03-05',
);

describe("figures in two people's quotations", () => {
  it('flags one count given two values by two speakers', () => {
    const minister = doc(
      'minister',
      'Ingrid Solberg said: "We expect a monitoring mission of 250 observers on the river."',
      'news',
      '2031-03-06',
    );
    expect(kinds(envoy, minister)).toContain('number envoyminister');
  });

  it('does not flag two speakers who give the same count', () => {
    const minister = doc(
      'minister',
      'Ingrid Solberg said: "We expect a monitoring mission of four hundred observers on the river."',
      'news',
      '2031-03-06',
    );
    expect(kinds(envoy, minister)).not.toContain('number envoyminister');
  });

  it('does not flag counts of two different things', () => {
    const minister = doc(
      'minister',
      'Ingrid Solberg said: "We expect 250 journalists at the signing in the capital."',
      'news',
      '2031-03-06',
    );
    expect(kinds(envoy, minister)).not.toContain('number envoyminister');
  });
});
