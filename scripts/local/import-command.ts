// `roadmap-tracker import ПЛАН.docx [--out ПАПКА] [--today ДД.ММ.ГГГГ]`: a plan typed in Word becomes a
// roadmap workbook (.xlsx) next to it, ready for `roadmap-tracker ПЛАН.xlsx`. Prints how the columns
// were understood; never overwrites a file.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DAY_OPTION, dateInZone, parseRuDate } from '../../src/core';
import { workbookBytes, workbookFromPlan, writeAtomically } from '../../src/node';
import { PlanFileError, readDocxPlan, summaryOf } from './docx-plan';

export const IMPORT_USAGE = `Использование: roadmap-tracker import ПЛАН.docx [--out ПАПКА] [--today ДД.ММ.ГГГГ]

  ПЛАН.docx   план в Word: таблица с мероприятиями, сроками и ответственными (заголовок и приказ над ней)
  --out       куда положить ПЛАН.xlsx (по умолчанию рядом с документом)
  --today     ${DAY_OPTION.help}`;

/** Returns the exit code; prints everything in Russian. */
export async function importCommand(argv: string[]): Promise<number> {
  let file: string | undefined;
  let out: string | undefined;
  let today = dateInZone(new Date(), 'Europe/Moscow');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '--today') {
      const v = argv[++i];
      if (v === undefined) return fail(`После ${a} нужно значение.\n\n${IMPORT_USAGE}`);
      if (a === '--out') out = v;
      else {
        const day = parseRuDate(v);
        if (day === null) return fail(DAY_OPTION.bad(v));
        today = day;
      }
    } else if (a === '--help' || a === '-h') { console.log(IMPORT_USAGE); return 0; }
    else if (a.startsWith('--')) return fail(`Неизвестный параметр «${a}».\n\n${IMPORT_USAGE}`);
    else if (file) return fail(`Укажите один документ (получено: «${file}» и «${a}»).`);
    else file = a;
  }
  if (!file) return fail(IMPORT_USAGE);
  file = resolve(file);
  if (!existsSync(file)) return fail(`Файл «${file}» не найден.`);
  if (extname(file).toLowerCase() !== '.docx') {
    return fail(`«${basename(file)}» — не .docx. Сохраните план в Word как «Документ Word (.docx)» (файлы .doc, .pdf, .odt не читаются).`);
  }
  try {
    const plan = await readDocxPlan(file, today);
    for (const l of summaryOf(plan)) console.log(l);
    const dir = resolve(out ?? dirname(file));
    mkdirSync(dir, { recursive: true });
    const target = join(dir, `${basename(file, extname(file))}.xlsx`);
    if (existsSync(target)) return fail(`Файл «${target}» уже есть: перенесите его или укажите другую папку (--out). Ничего не записано.`);
    // The same workbook the web page makes of the document (src/node/docx-plan.ts), written safely.
    writeAtomically(target, await workbookBytes(workbookFromPlan(plan)));
    console.log(`Записано: ${target}\nДальше: npx roadmap-tracker "${target}"`);
    return 0;
  } catch (e) {
    if (e instanceof PlanFileError) return fail(e.message);
    throw e;
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
