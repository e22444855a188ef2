// The report as a .docx file made in Node from the report model (src/views/report-docx.ts, zipped by src/node), not from an
// emulated Google Doc: what the offline command and the demo write. The model is read with the add-on's own
// reading code, exactly as «Сформировать отчёт» reads it.
import { writeFileSync } from 'node:fs';
import { buildReport, reportPeriod, type PeriodChoice, type ReportModel } from '../../src/core';
import { reportDocxBytes } from '../../src/node';
import { readTracker } from '../../src/shell/tracker';
import { DemoStop, type DemoContext } from '../demo/context';

/** The report model for a period choice (by default the whole plan on the run's day). */
export function reportModel(ctx: DemoContext, choice: PeriodChoice = { kind: 'upTo', date: ctx.today }): ReportModel {
  const ss = ctx.emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const read = readTracker(ss, ctx.emu.clock.now());
  if (!read.ok) throw new DemoStop(read.message);
  const t = read.tracker;
  const s = t.settings.settings;
  return buildReport({ overview: t.overview, organisation: s.organisation || ss.getName(), planTitle: s.planTitle, period: reportPeriod(choice, s.plan) });
}

/** Writes the report model as .docx. */
export async function writeReportDocx(model: ReportModel, file: string): Promise<void> {
  writeFileSync(file, await reportDocxBytes(model));
}
