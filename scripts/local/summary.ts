// What a local run found, read back with the add-on's own reading code (run in Node on the emulator's
// uncounted back door): for summary.json and for the findings printed on the terminal.
import { checkpointStateText, countFindings, countLines, countPlan, findFindings, FINDINGS, formatRu, groupBySeverity } from '../../src/core';
import type { Finding, PlanCounts, Tracker } from '../../src/core';
import { readTracker } from '../../src/shell/tracker';
import { DemoStop, type DemoContext } from '../demo/context';

export interface RunSummary {
  today: string;
  activities: number;
  sections: number;
  checkpoints: number;
  /** The plan's numbers on the day (src/core/counts.ts), as the report, letters and dialog show them. */
  counts: PlanCounts;
  /** Checkpoints by state, in Russian. */
  states: Record<string, number>;
  /** Deadline texts that could not be read. */
  unreadable: string[];
  /** Findings by type. */
  findings: Partial<Record<string, number>>;
  calls: DemoContext['calls'];
  [extra: string]: unknown;
}

/** What the demo's emulated spreadsheet holds now, read with the add-on's own reading code. */
export function summarize(ctx: DemoContext): { summary: RunSummary; findings: Finding[] } {
  const read = readTracker(ctx.emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, ctx.emu.clock.now());
  if (!read.ok) throw new DemoStop(read.message);
  const t = read.tracker;
  const findings = findFindings({ overview: t.overview, people: t.people, settingProblems: t.settings.problems, roadmapSheet: t.roadmapSheet.name });
  return { summary: summaryOf(t, findings, { calls: ctx.calls, ...ctx.summary }), findings };
}

/** The summary of a tracker and its findings (the offline command has them from the core directly). */
export function summaryOf(t: Tracker, findings: Finding[], extra: { calls: RunSummary['calls'] } & Record<string, unknown>): RunSummary {
  const states: Record<string, number> = {};
  for (const c of t.overview.checkpoints) states[checkpointStateText(c.state)] = (states[checkpointStateText(c.state)] ?? 0) + 1;
  return {
    today: t.today,
    activities: t.roadmap.activities.length,
    sections: t.roadmap.sections.filter((s) => s.title).length,
    checkpoints: t.overview.checkpoints.length,
    counts: countPlan(t.overview.activities, t.today),
    states,
    unreadable: t.overview.activities.filter((v) => v.schedule.kind === 'unknown').map((v) => v.activity.deadlineText),
    findings: countFindings(findings),
    ...extra,
  };
}

/** The summary lines every run prints. */
export function summaryLines(s: RunSummary): string[] {
  const states = Object.entries(s.states).map(([k, v]) => `${k.toLowerCase()} — ${v}`).join(', ');
  const lines = [
    `Мероприятий: ${s.activities}, разделов: ${s.sections}, строк на листе «Контрольные точки»: ${s.checkpoints}.`,
    ...countLines(s.counts, formatRu(s.today)),
    `Состояния: ${states || 'нет контрольных точек'}.`,
  ];
  if (s.unreadable.length) lines.push(`Сроки не распознаны: ${s.unreadable.map((t) => `«${t}»`).join(', ')}.`);
  return lines;
}

/** Findings as «Проверить статусы» shows them, for a terminal: grouped by severity, at most `limit` per group. */
export function findingLines(findings: Finding[], limit = 15): string[] {
  if (!findings.length) return [`${FINDINGS.allGood}: ${FINDINGS.allGoodText}`];
  const out: string[] = [];
  for (const g of groupBySeverity(findings)) {
    out.push(`${FINDINGS.severity[g.severity]} (${g.findings.length}):`);
    for (const f of g.findings.slice(0, limit)) {
      out.push(`  • ${FINDINGS.rowRef(f.sheet, f.row)}${f.activity ? ` — ${f.activity}` : ''}: ${f.message}`);
    }
    if (g.findings.length > limit) out.push(`  … и ещё ${g.findings.length - limit}`);
  }
  return out;
}
