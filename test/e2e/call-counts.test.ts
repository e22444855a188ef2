// Google service calls must not grow with the roadmap: each action reads each sheet once and writes
// each block once, at 15 activities as at 400.
import { syntheticRoadmap } from '../../bench/fixtures';
import { SHEETS } from '../../src/text/ru';
import { world } from './helpers';

function costs(activities: number): Record<string, Record<string, number>> {
  const w = world('2023-10-02T09:00');
  w.emu.poke(SHEETS.roadmap, 'A1', syntheticRoadmap(activities));
  const out: Record<string, Record<string, number>> = {};
  for (const [name, fn] of [['first', 'setupStructure'], ['again', 'setupStructure'], ['check', 'checkStatuses'], ['highlight', 'highlightDeadlines']]) {
    out[name] = w.emu.calls.measure(() => w.run(fn)).byMethod;
    expect(w.emu.ui.alerts).toEqual([]);
  }
  return out;
}

it('is the same number of calls, method by method, for 15 and 400 activities', () => {
  const small = costs(15);
  const large = costs(400);
  for (const action of Object.keys(small)) {
    // Growing the sheet once is the only extra: one insertRowsAfter when the checkpoints outgrow it.
    const { 'Sheet.insertRowsAfter': a = 0, ...restSmall } = small[action];
    const { 'Sheet.insertRowsAfter': b = 0, ...restLarge } = large[action];
    expect({ action, calls: restLarge }).toEqual({ action, calls: restSmall });
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
  }
  expect(Object.values(small.again).reduce((x, y) => x + y, 0)).toBeLessThan(100);
});
