import { describe, expect, it } from 'vitest';
import type { StatusRow } from '../../src/contract/status.ts';
import { matrixParties } from '../../web/src/views/matrixParties.ts';

const row = (path: string, required: string[], stances: Record<string, 'accept'>): StatusRow =>
  ({
    path,
    number: path,
    title: path,
    required,
    stances,
    topics: [],
    carriedOver: [],
  }) as unknown as StatusRow;

const parties = [
  { id: 'nato', name: 'NATO', role: 'observer' },
  { id: 'ukraine', name: 'Ukraine', role: 'principal' },
  { id: 'us', name: 'United States', role: 'mediator' },
  { id: 'coalition', name: 'Coalition', role: 'guarantor' },
];

describe('matrix columns', () => {
  it('are the parties that must agree or have spoken at any date, whatever the slider shows', () => {
    const then = [row('1', ['us', 'ukraine'], {})];
    const latest = [row('1', ['us', 'ukraine'], { us: 'accept', coalition: 'accept' })];
    const columns = matrixParties(parties, then, latest).map((p) => p.id);
    // Mediator first, then principals and guarantors; NATO neither must agree nor spoke.
    expect(columns).toEqual(['us', 'ukraine', 'coalition']);
    expect(matrixParties(parties, latest, latest).map((p) => p.id)).toEqual(columns);
  });

  it('follow the rows shown: a party that spoke only on a hidden provision is left out', () => {
    const latest = [row('1', ['us'], {}), row('2', ['us'], { nato: 'accept' })];
    expect(matrixParties(parties, [latest[0]!], latest).map((p) => p.id)).toEqual(['us']);
  });
});
