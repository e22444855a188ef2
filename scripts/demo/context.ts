// What every step of `npm run demo` shares: the emulator with the built bundle loaded, the day, the
// output folder, and the summary being collected.
import type { CallCounts, Emulator } from '../../emulator';
import type { LoadedBundle } from '../../emulator/runtime';

export interface DemoContext {
  emu: Emulator;
  app: LoadedBundle;
  /** 'YYYY-MM-DD', the day the demo runs "on". */
  today: string;
  outDir: string;
  /** True for the built-in sample roadmap; false for a roadmap given with --input. */
  sample: boolean;
  /** Google service calls of each action, by action name (summary.json "calls"). */
  calls: Record<string, CallCounts>;
  /** Extra keys of summary.json. */
  summary: Record<string, unknown>;
  /** Prints one Russian progress line. */
  log(line: string): void;
}

/** Runs a top-level function as a menu item would, recording its calls; fails loudly on an alert. */
export function runAction(ctx: DemoContext, name: string, fn: string, opts: { as?: 'menu' | 'dialog' | 'time'; args?: unknown[] } = {}): unknown {
  const alertsBefore = ctx.emu.ui.alerts.length;
  const m = ctx.emu.calls.measure(() => ctx.app.run(fn, { as: opts.as ?? 'menu', args: opts.args }));
  ctx.calls[name] = { total: m.total, byService: m.byService, byMethod: m.byMethod };
  const alerts = ctx.emu.ui.alerts.slice(alertsBefore);
  if (alerts.length) throw new DemoStop(alerts.map((a) => a.prompt ?? a.title ?? '').join('\n'));
  return m.result;
}

/** A Russian message the add-on showed instead of doing the work (e.g. a roadmap without a deadline column). */
export class DemoStop extends Error {}
