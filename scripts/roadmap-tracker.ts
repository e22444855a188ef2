// `roadmap-tracker ФАЙЛ.xlsx [--today ГГГГ-ММ-ДД] [--out ПАПКА] [--in-place]`: the same add-on on an
// .xlsx file, for schools that cannot keep staff data in Google. The built bundle runs on the local
// runtime (the emulator): set-up and re-sync, the status check, the highlighting, the report (.docx)
// and this week's letters (.html/.txt/.eml); then it writes the updated workbook (never losing what
// people typed) and prints the findings in Russian.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createEmulator } from '../emulator';
import { loadBundle } from '../emulator/runtime';
import { loadXlsx, saveXlsx } from '../emulator/workbook-files';
import { dateInZone, isIsoDate, ROADMAP_HEADERS } from '../src/core';
import { DemoStop, runAction, type DemoContext } from './demo/context';
import { backupPath, checkWorkbookFile, updatedWorkbookPath } from './local/workbook-file';
import { offlineDigests, offlineReport } from './local/offline-steps';
import { findingLines, summarize, summaryLines } from './local/summary';
import { importCommand } from './local/import-command';
import { applyColumns, COLUMNS_USAGE, takeColumnsOption, workbookMapping } from './local/columns-option';

const USAGE = `Использование: roadmap-tracker ФАЙЛ.xlsx [--today ГГГГ-ММ-ДД] [--out ПАПКА] [--in-place]
       roadmap-tracker import ПЛАН.docx [--out ПАПКА]   (план из Word → ПЛАН.xlsx)

  ФАЙЛ.xlsx    дорожная карта; если файла нет, он будет создан по образцу
  --today      день, на который считать сроки (по умолчанию сегодня)
  --out        папка для отчёта и писем (по умолчанию «<имя файла>_результаты» рядом с файлом)
  --in-place   обновить сам файл (перед этим сохраняется копия); иначе рядом появится «<имя> (обновлено).xlsx»
${COLUMNS_USAGE}`;

interface Args { file: string; today: string; out?: string; inPlace: boolean }

class UserError extends Error {}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let today = dateInZone(new Date(), 'Europe/Moscow');
  let out: string | undefined;
  let inPlace = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
    else if (a === '--in-place') inPlace = true;
    else if (a === '--today' || a === '--out') {
      const v = argv[++i];
      if (v === undefined) throw new UserError(`После ${a} нужно значение.\n\n${USAGE}`);
      if (a === '--today') {
        if (!isIsoDate(v)) throw new UserError(`Дата «${v}» не в формате ГГГГ-ММ-ДД (например, 2024-09-02).`);
        today = v;
      } else out = v;
    } else if (a.startsWith('--')) throw new UserError(`Неизвестный параметр «${a}».\n\n${USAGE}`);
    else if (file) throw new UserError(`Укажите один файл (получено: «${file}» и «${a}»).`);
    else file = a;
  }
  if (!file) throw new UserError(USAGE);
  return { file: resolve(file), today, out, inPlace };
}

async function main(): Promise<void> {
  // `roadmap-tracker import ПЛАН.docx`: its own options (scripts/local/import-command.ts).
  if (process.argv[2] === 'import') { process.exitCode = await importCommand(process.argv.slice(3)); return; }
  const columnsOption = takeColumnsOption(process.argv.slice(2));
  const args = parseArgs(columnsOption.argv);
  const check = checkWorkbookFile(args.file);
  if (!check.ok) throw new UserError(check.message);
  const stem = basename(args.file, extname(args.file));
  const outDir = resolve(args.out ?? join(dirname(args.file), `${stem.replace(/ \(обновлено\)$/, '')}_результаты`));
  const steps = 6;
  let step = 0;
  const progress = (text: string): void => console.log(`[${++step}/${steps}] ${text}`);

  progress(check.exists ? `Открываю «${basename(args.file)}»…` : `Файла «${basename(args.file)}» нет — создаю дорожную карту по образцу…`);
  const emu = createEmulator({ now: `${args.today}T09:00`, spreadsheetName: stem });
  if (check.exists) {
    try {
      await loadXlsx(emu, args.file);
    } catch (e) {
      throw new UserError(`Не удалось прочитать «${basename(args.file)}»: файл повреждён или сохранён не как .xlsx (${(e as Error).message}).`);
    }
  }
  const app = loadBundle(emu);
  const ctx: DemoContext = { emu, app, today: args.today, outDir, sample: !check.exists, calls: {}, summary: {}, log: (l) => console.log(l) };
  app.run('onOpen', { as: 'simple' });

  progress('Создаю и обновляю структуру: листы, контрольные точки, состояния…');
  if (columnsOption.columns !== undefined) {
    const bad = applyColumns(emu, columnsOption.columns);
    if (bad) throw new UserError(bad);
  }
  try {
    runAction(ctx, 'setupStructure', 'setupStructure');
  } catch (e) {
    if (e instanceof DemoStop) throw new UserError(`${e.message}\n\nСтолбцы ищутся по заголовкам:\n${headerHelp()}`);
    throw e;
  }
  for (const line of workbookMapping(emu)) console.log(`    ${line}`);
  progress('Проверяю статусы и включаю подсветку сроков…');
  runAction(ctx, 'checkStatuses', 'checkStatuses');
  runAction(ctx, 'highlightDeadlines', 'highlightDeadlines');
  mkdirSync(outDir, { recursive: true });
  progress('Формирую отчёт…');
  const report = await offlineReport(ctx, join(outDir, 'отчёт.docx'));
  const c = report.made.counts;
  if (c) console.log(`    «${report.made.title}»: контрольных точек в плане ${c.inPlan}, выполнено ${c.done} (${c.percent ?? 0} %), просрочено ${c.overdue}`);
  progress('Готовлю письма еженедельной рассылки…');
  const letters = offlineDigests(ctx, join(outDir, 'письма'));
  console.log(letters.recipients.length
    ? `    писем: ${letters.recipients.length} (${letters.recipients.join(', ')})`
    : '    писем нет: впишите адреса на листе «Ответственные» (или сообщать пока нечего)');
  if (letters.withoutEmail.length) console.log(`    без адреса: ${letters.withoutEmail.join(', ')}`);

  // A new file is written where it was asked for; an existing one is kept and a new one written next to it.
  const target = args.inPlace || !check.exists ? args.file : updatedWorkbookPath(args.file);
  progress(`Сохраняю «${basename(target)}»…`);
  if (existsSync(target)) {
    const backup = backupPath(target, new Date());
    copyFileSync(target, backup);
    console.log(`    копия прежнего файла: «${basename(backup)}»`);
  }
  try {
    await saveXlsx(emu, target, { colours: 'live' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EACCES' || code === 'EPERM') throw new UserError(`Не удалось записать «${basename(target)}»: файл открыт в другой программе или нет прав на запись.`);
    throw e;
  }

  const { summary, findings } = summarize(ctx);
  console.log('');
  for (const line of summaryLines(summary)) console.log(line);
  console.log('');
  for (const line of findingLines(findings)) console.log(line);
  console.log('');
  console.log(`Готово. Таблица: ${target}`);
  console.log(`Отчёт и письма: ${outDir}`);
}

function headerHelp(): string {
  const names: Record<string, string> = { number: '№', name: 'мероприятие', deadline: 'срок', responsible: 'ответственные', result: 'результат' };
  return Object.entries(ROADMAP_HEADERS).map(([k, list]) => `  ${names[k]}: ${list.map((h) => `«${h}»`).join(', ')}`).join('\n');
}

main().catch((e) => {
  if (e instanceof UserError) {
    console.error(e.message);
    process.exit(2);
  }
  console.error('Непредвиденная ошибка — сообщите разработчикам:', e);
  process.exit(1);
});
