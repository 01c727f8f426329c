// The rule that decides whether the browser journeys run: skipped with one line saying what
// to install on a machine without Chromium, never skipped under CI.
import { describe, expect, it } from 'vitest';
import { browserPlan } from '../support/browser.ts';

const nowhere = () => false;
const everywhere = () => true;

describe('browser journeys: run or skip', () => {
  it('runs them when Chromium is at Debian’s path, or where PARLEY_CHROMIUM points', () => {
    expect(browserPlan({}, (f) => f === '/usr/bin/chromium')).toEqual({
      run: true,
      chromium: '/usr/bin/chromium',
    });
    expect(browserPlan({ PARLEY_CHROMIUM: '/opt/c/chrome' }, (f) => f === '/opt/c/chrome')).toEqual({
      run: true,
      chromium: '/opt/c/chrome',
    });
  });

  it('skips them without Chromium, in one line naming the path, the install command and CI', () => {
    const plan = browserPlan({ PARLEY_CHROMIUM: '/nowhere/chromium' }, nowhere);
    expect(plan.run).toBe(false);
    const why = plan.run ? '' : plan.why;
    expect(why).not.toContain('\n');
    expect(why).toContain('browser journeys skipped: Chromium not found at /nowhere/chromium');
    expect(why).toContain('apt-get install chromium');
    expect(why).toContain('CI does');
  });

  it('never skips them under CI, so a missing Chromium fails there', () => {
    for (const CI of ['true', '1']) {
      expect(browserPlan({ CI, PARLEY_CHROMIUM: '/nowhere/chromium' }, nowhere)).toEqual({
        run: true,
        chromium: '/nowhere/chromium',
      });
      expect(browserPlan({ CI, PARLEY_SKIP_BROWSER: '1' }, everywhere).run).toBe(true);
    }
    expect(browserPlan({ CI: 'false' }, nowhere).run).toBe(false);
  });

  it('skips them on request outside CI, even with Chromium present', () => {
    expect(browserPlan({ PARLEY_SKIP_BROWSER: '1' }, everywhere)).toMatchObject({ run: false });
  });
});
