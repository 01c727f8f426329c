// What the lab found on a draft (secretariat): the frontier of two parties with the others
// as filters, each rule's package against the text as drafted (which provisions change,
// who gains what), the blockers and the fewest concessions, and sharing a package.
import { useState } from 'react';
import type { DealLab, DealRule } from '../../../src/contract/deals.ts';
import { deals } from '../../../src/contract/deals.ts';
import { useWrite } from '../api/queries.ts';
import { formErrors } from '../forms/errors.ts';
import { FormMessage } from '../forms/Field.tsx';
import { FrontierPlot } from './FrontierPlot.tsx';

const RULE_NAMES: Record<DealRule, string> = {
  nash: 'Nash',
  maxmin: 'Max-min',
  welfare: 'Welfare',
  ks: 'Kalai–Smorodinsky',
};
const RULES = Object.keys(RULE_NAMES) as DealRule[];
const RULE_TAGS: Record<DealRule, string> = { nash: 'N', maxmin: 'M', welfare: 'W', ks: 'KS' };

export function LabResults({ lab }: { lab: DealLab }) {
  const [x, setX] = useState(lab.parties[0] ?? '');
  const [y, setY] = useState(lab.parties[1] ?? lab.parties[0] ?? '');
  const [minimums, setMinimums] = useState<Record<string, number>>({});
  const others = lab.parties.filter((p) => p !== x && p !== y);
  const optionLabel = (issue: string, key: string) =>
    lab.issues.find((i) => i.issue === issue)?.options.find((o) => o.key === key)?.label ?? key;
  const numberOf = (issue: string) => lab.issues.find((i) => i.issue === issue)?.number ?? issue;
  const marks = [
    { key: 'drafted', label: 'as drafted', tag: 'D', utilities: lab.asDrafted },
    ...RULES.flatMap((rule) => {
      const outcome = lab.packages[rule];
      return outcome
        ? [{ key: rule, label: RULE_NAMES[rule], tag: RULE_TAGS[rule], utilities: outcome.utilities }]
        : [];
    }),
  ];

  return (
    <>
      {lab.warnings.length ? (
        <ul className="notice deal-warnings" aria-label="Profile warnings">
          {lab.warnings.map((w) => (
            <li key={`${w.party}:${w.warning.code}:${w.warning.message}`}>
              {w.party}: {w.warning.message}
            </li>
          ))}
        </ul>
      ) : null}
      {lab.parties.length >= 2 ? (
        <div className="deal-axes">
          <label>
            Across{' '}
            <select value={x} onChange={(e) => setX(e.target.value)}>
              {lab.parties.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label>
            Up{' '}
            <select value={y} onChange={(e) => setY(e.target.value)}>
              {lab.parties.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          {others.map((p) => (
            <label key={p}>
              {p} at least {minimums[p] ?? 0}
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={minimums[p] ?? 0}
                onChange={(e) => setMinimums({ ...minimums, [p]: Number(e.target.value) })}
              />
            </label>
          ))}
        </div>
      ) : null}
      <FrontierPlot
        x={x}
        y={y}
        frontier={lab.frontier.map((f, n) => ({ key: `f${n}`, utilities: f.utilities }))}
        marks={marks}
        minimums={Object.fromEntries(others.map((p) => [p, minimums[p] ?? 0]))}
      />
      <div className="table-wrap">
        <table className="deal-packages">
          <caption>Each rule's package against the text as drafted</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Provisions that change</th>
              {lab.parties.map((p) => (
                <th scope="col" key={p}>
                  {p}
                </th>
              ))}
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {RULES.map((rule) => {
              const outcome = lab.packages[rule];
              const changes = outcome
                ? Object.entries(outcome.package).filter(([, option]) => option !== 'drafted')
                : [];
              return (
                <tr key={rule} data-rule={rule}>
                  <th scope="row">{RULE_NAMES[rule]}</th>
                  {outcome ? (
                    <>
                      <td>
                        {changes.length === 0
                          ? 'none: the text as drafted'
                          : changes
                              .map(([issue, option]) => `§${numberOf(issue)} → ${optionLabel(issue, option)}`)
                              .join('; ')}
                        {outcome.optimal ? '' : ' (not proven best)'}
                      </td>
                      {lab.parties.map((p) => (
                        <td key={p}>{gain(outcome.utilities[p] ?? 0, lab.asDrafted[p] ?? 0)}</td>
                      ))}
                      <td>
                        <ShareButton draft={lab.draft} rule={rule} parties={lab.parties} />
                      </td>
                    </>
                  ) : (
                    <td colSpan={lab.parties.length + 2}>{lab.failures[rule] ?? 'no package'}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>Blockers</h3>
      {lab.blockers.length === 0 ? (
        <p className="muted">No provision has every option red-lined.</p>
      ) : (
        <ul className="deal-blockers">
          {lab.blockers.map((b) => (
            <li key={b.issue}>
              §{numberOf(b.issue)}: every option is a red line of {b.parties.join(', ')}
            </li>
          ))}
        </ul>
      )}
      <h3>Fewest concessions</h3>
      {lab.concessions.concessions === null ? (
        <p className="muted">{lab.failures.concessions ?? 'Not computed.'}</p>
      ) : lab.concessions.concessions.length === 0 ? (
        <p className="muted">None needed: some package is acceptable to every party.</p>
      ) : (
        <ul>
          {lab.concessions.concessions.map((c) => (
            <li key={`${c.party}:${c.issue}:${c.option}`}>
              {c.party} lifts its red line on §{numberOf(c.issue)} {optionLabel(c.issue, c.option)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "0.62 (+0.10)": the utility, and what it gains over the text as drafted. */
function gain(u: number, drafted: number): string {
  const d = u - drafted;
  const sign = d > 1e-9 ? '+' : d < -1e-9 ? '−' : '±';
  return `${u.toFixed(2)} (${sign}${Math.abs(d).toFixed(2)})`;
}

function ShareButton({ draft, rule, parties }: { draft: string; rule: DealRule; parties: string[] }) {
  const share = useWrite(deals.share);
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={share.busy || done}
        onClick={async () => setDone(Boolean(await share.submit({ draft, rule, parties })))}
      >
        {done ? 'Shared' : 'Share with all'}
      </button>
      <FormMessage text={share.error ? formErrors(share.error, []).general : undefined} />
    </>
  );
}
