// Benchmark of «Сформировать отчёт»: the synthetic roadmap set up, then the report made twice through
// the built bundle as the dialog calls it (the first run also creates the template and the folder).
// Docs + Drive calls must stay within 12 + 1 per section.
import { createEmulator } from '../emulator';
import { loadBundle } from '../emulator/runtime';
import { modelCost, type ModelledCost } from './cost-model';
import type { BenchRow } from './deadline';
import { syntheticRoadmap } from './fixtures';

const TODAY = '2023-10-02T09:00';
const GOOGLE_DOCS = ['DocumentApp', 'Drive', 'Docs'];

export function benchReport(activities: number): (BenchRow & Partial<ModelledCost>)[] {
  const emu = createEmulator({ now: TODAY });
  emu.poke('Дорожная карта', 'A1', syntheticRoadmap(activities));
  const app = loadBundle(emu);
  app.run('setupStructure', { as: 'menu' });
  const rows: (BenchRow & Partial<ModelledCost>)[] = [];
  for (const action of ['report, first (+template)', 'report + PDF']) {
    const started = process.hrtime.bigint();
    const read0 = emu.calls.cellsRead;
    const written0 = emu.calls.cellsWritten;
    const m = emu.calls.measure(() => app.run('createReport', { as: 'dialog', args: [{ period: 'upTo', pdf: true }] })) as ReturnType<typeof emu.calls.measure> & { result: { ok: boolean; sections: number; message?: string } };
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!m.result.ok) throw new Error(`createReport: ${m.result.message}`);
    const docs = GOOGLE_DOCS.reduce((n, s) => n + (m.byService[s] ?? 0), 0);
    if (action === 'report + PDF' && docs > 12 + m.result.sections) throw new Error(`report: ${docs} Docs+Drive calls > 12 + ${m.result.sections}`);
    rows.push({ action: `${action}: Docs+Drive`, activities, calls: docs, ms: Math.round(ms * 10) / 10 });
    rows.push({ action: `${action}: all`, activities, calls: m.total, ms: Math.round(ms * 10) / 10, ...modelCost(m, emu.calls.cellsRead - read0, emu.calls.cellsWritten - written0) });
  }
  return rows;
}
