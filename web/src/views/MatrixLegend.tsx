// What every mark of the stance matrix means, drawn with the same badges and cells.

import { MissingStance, StanceBadge, StateBadge } from '../components/Badges.tsx';
import { STANCES } from '../components/stances.ts';

export function MatrixLegend() {
  return (
    <section className="matrix-legend" aria-labelledby="matrix-legend-h">
      <h2 id="matrix-legend-h" className="visually-hidden">
        Legend
      </h2>
      <ul className="legend-list">
        {STANCES.map((s) => (
          <li key={s}>
            <StanceBadge stance={s} />
          </li>
        ))}
      </ul>
      <dl className="legend-marks small">
        <div>
          <dt>
            <MissingStance />
          </dt>
          <dd>the party must agree and has not given its stance yet</dd>
        </div>
        <div>
          <dt>
            <span className="legend-cell not-required" aria-hidden="true" />
            <span className="visually-hidden">hatched cell</span>
          </dt>
          <dd>the party's agreement is not required (hatched)</dd>
        </div>
        <div>
          <dt>
            <StanceBadge stance="accept" carried />
          </dt>
          <dd>* a stance given on an earlier draft, carried over to this provision by its lineage</dd>
        </div>
        <div>
          <dt>
            <StateBadge state="agreed" />
          </dt>
          <dd>
            consensus of the parties that must agree: agreed when all accept, blocked by a red line, contested
            by a rejection or an amendment, open otherwise
          </dd>
        </div>
      </dl>
    </section>
  );
}
