// Benchmarks of the menu actions on the emulator: a synthetic roadmap of n activities, then each
// action run from the built bundle exactly as Apps Script would run it.
import { createEmulator } from '../emulator';
import { loadBundle } from '../emulator/runtime';
import type { BenchRow } from './deadline';
import { syntheticRoadmap } from './fixtures';
import { modelCost, type ModelledCost } from './cost-model';

const TODAY = '2023-10-02T09:00';

/** Each step: the action name in the output, the function to run. */
const STEPS: { action: string; fn: string }[] = [
  { action: 'setup (first run)', fn: 'setupStructure' },
  { action: 'setup (re-sync)', fn: 'setupStructure' },
  { action: 'check statuses', fn: 'checkStatuses' },
  { action: 'check statuses (again)', fn: 'checkStatuses' },
  { action: 'highlight deadlines', fn: 'highlightDeadlines' },
  { action: 'highlight deadlines (again)', fn: 'highlightDeadlines' },
];

export function benchActions(activities: number): (BenchRow & ModelledCost)[] {
  const emu = createEmulator({ now: TODAY });
  emu.poke('Дорожная карта', 'A1', syntheticRoadmap(activities));
  const app = loadBundle(emu);
  const rows: (BenchRow & ModelledCost)[] = [];
  for (const step of STEPS) {
    const started = process.hrtime.bigint();
    const read0 = emu.calls.cellsRead;
    const written0 = emu.calls.cellsWritten;
    const m = emu.calls.measure(() => app.run(step.fn, { as: 'menu' }));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const failed = emu.ui.alerts.length;
    if (failed) throw new Error(`${step.fn}: ${JSON.stringify(emu.ui.alerts)}`);
    const cost = modelCost(m, emu.calls.cellsRead - read0, emu.calls.cellsWritten - written0);
    rows.push({ action: step.action, activities, calls: m.total, ms: Math.round(ms * 10) / 10, ...cost });
  }
  return rows;
}
