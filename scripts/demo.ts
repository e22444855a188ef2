// `npm run demo [-- --input FILE.csv|FILE.xlsx] [--today ДД.ММ.ГГГГ|ГГГГ-ММ-ДД] [--out DIR]`: runs the add-on as
// a coordinator would (open the spreadsheet, each menu action) on the emulator with the built bundle,
// and writes what it produced into DIR: roadmap.xlsx, findings.html, report.docx, digest/, summary.json.
// Prints a short Russian summary.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createEmulator } from '../emulator';
import { loadBundle } from '../emulator/runtime';
import { loadCsv, loadXlsx, saveXlsx } from '../emulator/workbook-files';
import { putPlan, readDocxPlan, summaryOf } from './local/docx-plan';
import { DAY_OPTION, dateInZone, FILES, parseRuDate, SHEETS } from '../src/core';
import { FileProblem, openPlanFile } from '../src/node';
import { DemoStop, runAction, type DemoContext } from './demo/context';
import { fillExampleAddresses, runDigestStep } from './demo/digest';
import { markExampleProgress } from './demo/example-progress';
import { demoReport } from './demo/report';
import { exitOnError } from './local/exit';
import { printLayouts } from './local/print-layout';
import { summarize, summaryLines, type RunSummary } from './local/summary';

interface Args { input?: string; today: string; out: string }

const USAGE = 'Использование: npm run demo -- [--input ФАЙЛ.csv|ФАЙЛ.xlsx|ПЛАН.docx] [--today ДД.ММ.ГГГГ] [--out ПАПКА]\n  --today  ' + DAY_OPTION.help;

function parseArgs(argv: string[]): Args {
  const args: Args = { today: dateInZone(new Date(), 'Europe/Moscow'), out: 'out' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = argv[i + 1];
    if (key === '--help' || key === '-h') { console.log(USAGE); process.exit(0); }
    if (!['--input', '--today', '--out'].includes(key) || value === undefined) fail(`Непонятный аргумент «${key}».\n${USAGE}`);
    if (key === '--input') args.input = value;
    if (key === '--today') args.today = parseRuDate(value) ?? fail(DAY_OPTION.bad(value));
    if (key === '--out') args.out = value;
    i++;
  }
  return args;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const outDir = resolve(args.out);
  mkdirSync(outDir, { recursive: true });
  const emu = createEmulator({ now: `${args.today}T09:00`, spreadsheetName: 'Дорожная карта (демо)' });
  if (args.input) {
    if (extname(args.input).toLowerCase() === '.docx') {
      const plan = await readDocxPlan(args.input, args.today).catch((e: Error) => fail(e.message));
      putPlan(emu, plan);
      for (const l of summaryOf(plan)) console.log(l);
    } else {
      // The same checks and messages as the offline command: missing, locked, damaged, .ods, password…
      const plan = await openPlanFile(resolve(args.input), false);
      if (plan.source === 'csv') loadCsv(emu, readFileSync(args.input), { sheetName: SHEETS.roadmap, delimiter: plan.delimiter });
      else {
        try {
          await loadXlsx(emu, args.input);
        } catch {
          throw new FileProblem(FILES.damaged(basename(args.input)));
        }
      }
    }
  }
  const app = loadBundle(emu);
  const ctx: DemoContext = {
    emu, app, today: args.today, outDir, sample: !args.input, calls: {}, summary: {},
    log: (line) => console.log(line),
  };

  app.run('onOpen', { as: 'simple' });
  ctx.log(`Дорожная карта на ${args.today.split('-').reverse().join('.')}: ${args.input ? `файл ${args.input}` : 'встроенный пример (план наставничества 2022–2024)'}`);
  runAction(ctx, 'setupStructure', 'setupStructure');
  if (ctx.sample) ctx.log(`Пример отметок о выполнении: ${markExampleProgress(ctx)} (вымышлены, помечены в комментарии и в отчёте).`);
  const { examples } = fillExampleAddresses(ctx);
  runAction(ctx, 'checkStatuses', 'checkStatuses');
  const dialog = emu.ui.dialogs[emu.ui.dialogs.length - 1];
  if (dialog) writeFileSync(join(outDir, 'findings.html'), dialog.html);
  runAction(ctx, 'highlightDeadlines', 'highlightDeadlines');
  // Later steps (report, digests) go here, each in its own module under scripts/demo/.
  await demoReport(ctx);
  runDigestStep(ctx, examples);

  await saveXlsx(emu, join(outDir, 'roadmap.xlsx'), { colours: { bakedOn: args.today }, print: printLayouts(emu) });
  const { summary } = summarize(ctx);
  writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  printSummary(ctx, summary);
}

function printSummary(ctx: DemoContext, s: RunSummary): void {
  for (const line of summaryLines(s)) ctx.log(line);
  ctx.log(`Вызовов Google по действиям: ${Object.entries(ctx.calls).map(([k, v]) => `${k} ${v.total}`).join(', ')}.`);
  ctx.log(`Файлы в ${ctx.outDir}: ${readdirSync(ctx.outDir).sort().map((f) => (f === 'digest' ? 'digest/<адрес>.html, .txt' : f)).join(', ')}`);
}

main().catch((e) => {
  if (e instanceof DemoStop) fail(`Дорожная карта не обработана: ${e.message}`);
  exitOnError(e);
});
