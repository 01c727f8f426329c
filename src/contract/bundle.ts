// The whole negotiation as one bundle, the file `parley import` reads back.
import { z } from 'zod';
import { Bundle } from '../core/bundle.ts';
import { ANY_CHANGE } from './changes.ts';
import { declareRead } from './declare.ts';

export { Bundle };

export const bundle = {
  export: declareRead({
    name: 'bundle.export',
    summary: 'The whole negotiation as one bundle (`parley import` reads it)',
    description: 'Staff only: a bundle is the unfiltered record.',
    resource: 'negotiation',
    action: 'export',
    input: z.object({}),
    output: Bundle,
    staleAfter: ANY_CHANGE,
    http: { method: 'GET', path: '/export' },
  }),
};
