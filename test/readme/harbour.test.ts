// The README's lines on the tour's own home, the harbour talks (tour.ts): the Tour up to
// the demo, amendments, evidence, package deals and the harbour's signing.
import { describeHome } from './tour.ts';

describeHome('harbour');
