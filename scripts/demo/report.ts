// The demo's report step: «Сформировать отчёт» for the plan up to --today, run through the built bundle
// exactly as the dialog calls it (google.script.run.createReport), then the emulated Doc saved as
// out/report-google.docx; out/report.docx is made from the report model. The summary numbers go into summary.json under "report".
import { join } from 'node:path';
import { saveDocx } from '../../emulator/docx-export';
import { reportModel, writeReportDocx } from '../local/report-file';
import { DemoStop, runAction, type DemoContext } from './context';

interface Made { ok: boolean; message?: string; title?: string; docUrl?: string; pdfUrl?: string; counts?: Record<string, unknown>; sections?: number; notes?: string[] }

export async function demoReport(ctx: DemoContext): Promise<void> {
  const { emu } = ctx;
  runAction(ctx, 'showReportDialog', 'showReportDialog');
  const made = runAction(ctx, 'createReport', 'createReport', { as: 'dialog', args: [{ period: 'upTo', date: ctx.today, pdf: true }] }) as Made;
  if (!made.ok) throw new DemoStop(made.message ?? '');
  const id = /\/d\/([\w-]+)/.exec(made.docUrl ?? '')?.[1] ?? '';
  const doc = emu.drive.savedDoc(id);
  if (!doc) throw new DemoStop(`документ ${id} не найден`);
  // report.docx: the model as the offline command and a web page make it (landscape tables, header rows
  // repeated, rows kept whole); report-google.docx: the emulated Google Doc, to see what Docs would show.
  await writeReportDocx(reportModel(ctx), join(ctx.outDir, 'report.docx'));
  await saveDocx(doc, join(ctx.outDir, 'report-google.docx'));
  const calls = ctx.calls.createReport.byService;
  ctx.summary.report = {
    title: made.title, sections: made.sections, counts: made.counts, notes: made.notes,
    folder: emu.drive.pathOf(id), pdf: !!made.pdfUrl,
    docsAndDriveCalls: (calls.DocumentApp ?? 0) + (calls.Drive ?? 0) + (calls.Docs ?? 0),
  };
  const c = made.counts as { inPlan: number; done: number; overdue: number; percent: number | null };
  ctx.log(`Отчёт «${made.title}»: контрольных точек в плане ${c.inPlan}, выполнено ${c.done} (${c.percent ?? 0} %), просрочено ${c.overdue}; разделов ${made.sections}. Файл: report.docx (и PDF в эмулированном Диске).`);
  for (const note of made.notes ?? []) ctx.log(`  ${note}`);
}
