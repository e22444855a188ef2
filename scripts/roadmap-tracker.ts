// `roadmap-tracker ФАЙЛ.xlsx|ФАЙЛ.csv [--today ДД.ММ.ГГГГ] [--out ПАПКА] [--in-place] [--new]`: the add-on on a
// file, for schools that cannot keep staff data in Google: the core (tracker, write plan, report model,
// digest) and the file shell (src/node: exceljs, safe saves). Set-up, check and highlight in one pass,
// the report as .docx and this week's letters as .html/.txt/.eml; the updated workbook keeps every cell
// people typed; the findings are printed in Russian.
import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { buildReport, DAY_OPTION, dateInZone, FILES, formatRu, parseRuDate, REPORT, reportPeriod, ROADMAP_HEADERS } from '../src/core';
import {
  checkOutputFree, crc32, deflatedZip, digestLetters, openPlanFile, reportDocxBytes, runTracker, saveWithBackup, workbookBytes, writeAtomically, zipTexts,
} from '../src/node';
import { exitOnError, UserError } from './local/exit';
import { importCommand } from './local/import-command';
import { applyColumnsToWorkbook, COLUMNS_USAGE, roadmapMappingLines, takeColumnsOption } from './local/columns-option';
import { findingLines, summaryLines, summaryOf } from './local/summary';

const USAGE = `Использование: roadmap-tracker ФАЙЛ.xlsx [--today ДД.ММ.ГГГГ] [--out ПАПКА] [--in-place] [--new]
       roadmap-tracker import ПЛАН.docx [--out ПАПКА]   (план из Word → ПЛАН.xlsx)

  ФАЙЛ.xlsx    дорожная карта (.xlsx; или .csv — тогда рядом появится «<имя> (обновлено).xlsx»)
  --today      ${DAY_OPTION.help}
  --out        папка для отчёта и писем (по умолчанию «<имя файла>_результаты» рядом с файлом)
  --in-place   обновить сам файл (перед этим сохраняется копия); иначе рядом появится «<имя> (обновлено).xlsx»
  --new        создать новый файл ФАЙЛ.xlsx с дорожной картой по образцу (файла ещё не должно быть)
${COLUMNS_USAGE}`;

interface Args { file: string; today: string; out?: string; inPlace: boolean; createNew: boolean }

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let today = dateInZone(new Date(), 'Europe/Moscow');
  let out: string | undefined;
  let inPlace = false;
  let createNew = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
    else if (a === '--in-place') inPlace = true;
    else if (a === '--new') createNew = true;
    else if (a === '--today' || a === '--out') {
      const v = argv[++i];
      if (v === undefined) throw new UserError(`После ${a} нужно значение.\n\n${USAGE}`);
      if (a === '--today') {
        // The one rule for a typed day (дд.мм.гггг or ГГГГ-ММ-ДД; 31.02.2024 refused), as import and the demo.
        const day = parseRuDate(v);
        if (day === null) throw new UserError(DAY_OPTION.bad(v));
        today = day;
      } else out = v;
    } else if (a.startsWith('--')) throw new UserError(`Неизвестный параметр «${a}».\n\n${USAGE}`);
    else if (file) throw new UserError(`Укажите один файл (получено: «${file}» и «${a}»).`);
    else file = a;
  }
  if (!file) throw new UserError(USAGE);
  return { file: resolve(file), today, out, inPlace, createNew };
}

/** Where the updated workbook goes: next to the original, «имя (обновлено).xlsx». */
function updatedWorkbookPath(file: string): string {
  const stem = basename(file, extname(file)).replace(/ \(обновлено\)$/, '');
  return join(dirname(file), `${stem} (обновлено).xlsx`);
}

async function main(args: Args, columns: string | undefined): Promise<void> {
  const opened = await openPlanFile(args.file, args.createNew);
  const stem = basename(args.file, extname(args.file));
  const outDir = resolve(args.out ?? join(dirname(args.file), `${stem.replace(/ \(обновлено\)$/, '')}_результаты`));
  // A new file is written where it was asked for; a CSV becomes an .xlsx beside it; an .xlsx is updated
  // beside it unless --in-place. Its lock is checked now (and again before saving), not after all the work.
  const target = opened.source === 'new' || (args.inPlace && opened.source === 'xlsx') ? args.file : updatedWorkbookPath(args.file);
  checkOutputFree(target);
  mkdirSync(outDir, { recursive: true });
  const steps = 5;
  let step = 0;
  const progress = (text: string): void => console.log(`[${++step}/${steps}] ${text}`);

  progress(opened.source === 'new' ? `Создаю «${basename(args.file)}» — дорожную карту по образцу…` : `Открываю «${basename(args.file)}»…`);
  progress('Обновляю структуру, контрольные точки, состояния и цвета…');
  let badColumns: string | null = null;
  const run = runTracker(opened, args.today, columns === undefined ? undefined : (wb) => (badColumns = applyColumnsToWorkbook(wb, columns)));
  if (badColumns) throw new UserError(badColumns);
  if (!run.ok) throw new UserError(`${run.message}\n\nСтолбцы ищутся по заголовкам:\n${headerHelp()}`);
  const t = run.tracker;
  for (const line of [`Столбцы листа «${t.roadmapSheet.name}»:`, ...roadmapMappingLines(t.roadmap)]) console.log(`    ${line}`);
  const s = t.settings.settings;

  progress('Формирую отчёт…');
  const period = reportPeriod({ kind: 'upTo', date: t.today }, s.plan);
  const report = buildReport({ overview: t.overview, organisation: s.organisation, planTitle: s.planTitle, period });
  writeAtomically(join(outDir, 'отчёт.docx'), await reportDocxBytes(report, { zip: zipTexts }));
  const c = report.counts;
  console.log(`    «${REPORT.docName(period.label, formatRu(t.today))}»: контрольных точек в плане ${c.inPlan}, выполнено ${c.done} (${c.percent ?? 0} %), просрочено ${c.overdue}`);

  progress('Готовлю письма еженедельной рассылки…');
  const { letters, withoutEmail } = digestLetters(t, new Date());
  if (letters.length) {
    const dir = join(outDir, 'письма');
    mkdirSync(dir, { recursive: true });
    for (const l of letters) {
      for (const [ext, text] of [['html', l.html], ['txt', l.text], ['eml', l.eml]] as const) writeAtomically(join(dir, `${l.name}.${ext}`), new TextEncoder().encode(text));
    }
  }
  console.log(letters.length
    ? `    писем: ${letters.length} (${letters.map((l) => l.to).join(', ')})`
    : '    писем нет: впишите адреса на листе «Ответственные» (или сообщать пока нечего)');
  if (withoutEmail.length) console.log(`    без адреса: ${withoutEmail.join(', ')}`);

  progress(`Сохраняю «${basename(target)}»…`);
  const bytes = await workbookBytes(run.workbook, deflatedZip, crc32);
  checkOutputFree(target);
  const backup = saveWithBackup(target, bytes, new Date());
  if (backup) console.log(`    ${FILES.backupMade(basename(backup))}`);

  const summary = summaryOf(t, run.findings, { calls: {} });
  console.log('');
  for (const line of summaryLines(summary)) console.log(line);
  console.log('');
  for (const line of findingLines(run.findings)) console.log(line);
  console.log('');
  console.log(`Готово. Таблица: ${target}`);
  console.log(`Отчёт и письма: ${outDir}`);
}

function headerHelp(): string {
  const names: Record<string, string> = { number: '№', name: 'мероприятие', deadline: 'срок', responsible: 'ответственные', result: 'результат' };
  return Object.entries(ROADMAP_HEADERS).map(([k, list]) => `  ${names[k]}: ${list.map((h) => `«${h}»`).join(', ')}`).join('\n');
}

// `roadmap-tracker import ПЛАН.docx`: its own options (scripts/local/import-command.ts).
if (process.argv[2] === 'import') {
  importCommand(process.argv.slice(3)).then((code) => (process.exitCode = code), (e) => exitOnError(e));
} else {
  const columnsOption = takeColumnsOption(process.argv.slice(2));
  let args: Args | undefined;
  try {
    args = parseArgs(columnsOption.argv);
  } catch (e) {
    exitOnError(e);
  }
  main(args, columnsOption.columns).catch((e) => exitOnError(e, args?.file));
}
