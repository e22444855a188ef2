// The report and the digests when the add-on runs on an .xlsx file with no Google behind it. The report
// goes through the bundle exactly as in Google, then the two things that only make sense in Google (the
// emulated template link in «Настройки» and the «Журнал отчётов» row pointing at an emulated Doc) are
// taken back out of the workbook. The digests are the letters the Monday run would send, made with the
// same core and views, written as files a person can open or forward; nothing is "sent".

import { saveDocx } from '../../emulator/docx-export';
import type { SentMail } from '../../emulator/mail';
import { DIGEST, REPORT, SHEETS, weekLetters } from '../../src/core';
import { readTracker } from '../../src/shell/tracker';
import { DemoStop, runAction, type DemoContext } from '../demo/context';

interface Made { ok: boolean; message?: string; title?: string; docUrl?: string; counts?: { inPlan: number; done: number; overdue: number; percent: number | null } }

/** «Сформировать отчёт» for the plan up to today, saved as .docx; returns the file. */
export async function offlineReport(ctx: DemoContext, file: string): Promise<{ file: string; made: Made }> {
  const { emu } = ctx;
  const settingsBefore = emu.peek(SHEETS.settings);
  const logExisted = emu.sheetNames().includes(REPORT.logSheet);
  const logRows = logExisted ? emu.peek(REPORT.logSheet).lastRow : 0;
  const made = runAction(ctx, 'createReport', 'createReport', { as: 'dialog', args: [{ period: 'upTo', date: ctx.today, pdf: false }] }) as Made;
  if (!made.ok) throw new DemoStop(made.message ?? '');
  const id = /\/d\/([\w-]+)/.exec(made.docUrl ?? '')?.[1] ?? '';
  const doc = emu.drive.savedDoc(id);
  if (!doc) throw new DemoStop(`документ ${id} не найден`);
  await saveDocx(doc, file);

  // Undo what points into the emulated Drive: the settings as they were, no log row.
  const after = emu.peek(SHEETS.settings);
  after.values.forEach((row, r) => row.forEach((v, c) => {
    const before = settingsBefore.formulas[r]?.[c] || (settingsBefore.values[r]?.[c] ?? '');
    const now = after.formulas[r][c] || v;
    if (String(before) !== String(now)) emu.poke(SHEETS.settings, `${String.fromCharCode(65 + c)}${r + 1}`, [[before]]);
  }));
  const log = emu.spreadsheet.getSheetByName(REPORT.logSheet);
  if (log && !logExisted) emu.spreadsheet.deleteSheet(log);
  else if (log && log.getLastRow() > logRows) log.deleteRows(logRows + 1, log.getLastRow() - logRows);
  return { file, made };
}

/** The letters of this week's digest as .html, .txt and .eml files; returns who would get one. */
export function offlineDigests(ctx: DemoContext, dir: string): { recipients: string[]; withoutEmail: string[] } {
  const read = readTracker(ctx.emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, ctx.emu.clock.now());
  if (!read.ok) throw new DemoStop(read.message);
  const t = read.tracker;
  const s = t.settings.settings;
  // Letters made offline carry no spreadsheet links.
  const { plan, letters } = weekLetters(t, { url: '', checkpointsGid: null, roadmapGid: null });
  const mails: SentMail[] = letters.map(({ message, mail }, i) => ({
    id: i + 1, atMs: ctx.emu.clock.nowMs(), from: s.coordinators[0] ?? '', fromName: DIGEST.senderName(s.organisation),
    to: [message.to], cc: [], bcc: [], replyTo: s.coordinators[0] ?? null, noReply: false, subject: mail.subject, body: mail.text, htmlBody: mail.html,
    attachments: [], functionName: null, runKind: 'offline',
  }));
  if (mails.length) ctx.emu.mail.writeFiles(dir, mails, ['html', 'txt', 'eml']);
  return { recipients: mails.map((m) => m.to[0]), withoutEmail: plan.withoutEmail };
}
