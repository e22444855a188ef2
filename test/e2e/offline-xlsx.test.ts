// Without Google: the roadmap-tracker command on an .xlsx file, in the loop a school works in — run,
// mark checkpoints in the written file as a person would in an office suite, run again.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import { CHECKPOINT_HEADERS, SHEETS } from '../../src/text/ru';
import { CLI, run, workbook } from './offline-cli';

// Each test starts the command in a child process: generous time, so a busy machine does not fail it.
jest.setTimeout(60000);

/** Every non-empty cell of the given sheets and columns, as text, keyed by sheet!A1. */
function cellsOf(wb: ExcelJS.Workbook, pick: (sheet: string, header: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      if (r > 1 && pick(ws.name, header[c] ?? '')) out[`${ws.name}!${cell.address}`] = JSON.stringify(cell.value);
    }));
  }
  return out;
}

const PEOPLE_COLUMNS: string[] = [CHECKPOINT_HEADERS.status, CHECKPOINT_HEADERS.done, CHECKPOINT_HEADERS.evidence, CHECKPOINT_HEADERS.comment];
const typedByPeople = (sheet: string, header: string): boolean =>
  (sheet === SHEETS.checkpoints && PEOPLE_COLUMNS.includes(header)) || sheet === SHEETS.people ||
  (sheet === SHEETS.roadmap && ['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Ответственные', 'Ожидаемый результат'].includes(header)) ||
  sheet === 'Мой лист';

describe('roadmap-tracker on an .xlsx file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-'));
  const file = join(dir, 'план.xlsx');
  let first: ReturnType<typeof run>;
  let second: ReturnType<typeof run>;
  let typed: Record<string, string>;

  beforeAll(async () => {
    first = run([file, '--new', '--today', '2023-06-20'], dir);
    // A person opens the file, marks three checkpoints done and adds a sheet of their own.
    const wb = await workbook(file);
    const ws = wb.getWorksheet(SHEETS.checkpoints)!;
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const col = (h: string): number => header.indexOf(h);
    const wanted = [['2.1', 'декабрь 2022', '2022-12-27'], ['1.2', 'I квартал 2023', '2023-04-14'], ['3.4', 'I квартал 2023', '2023-03-20']];
    ws.eachRow((row, r) => {
      const w = wanted.find(([n, p]) => r > 1 && row.getCell(col('№')).value === n && row.getCell(col('Период')).value === p);
      if (!w) return;
      row.getCell(col(CHECKPOINT_HEADERS.status)).value = 'Выполнено';
      row.getCell(col(CHECKPOINT_HEADERS.done)).value = new Date(`${w[2]}T00:00:00Z`);
      row.getCell(col(CHECKPOINT_HEADERS.evidence)).value = { text: 'Протокол', hyperlink: `https://school.example/${w[0]}` };
      row.getCell(col(CHECKPOINT_HEADERS.comment)).value = `Отметила Иванова <b>${w[0]}</b>`;
    });
    const mine = wb.addWorksheet('Мой лист');
    mine.getCell('A1').value = 'Заметки завуча';
    mine.getCell('B2').value = { formula: '1+1', result: 2 };
    mine.getColumn(1).width = 40;
    await wb.xlsx.writeFile(file);
    typed = cellsOf(await workbook(file), typedByPeople);
    second = run([file, '--today', '2023-06-20'], dir);
  }, 60000);

  it('makes the sample roadmap in a new file with --new and reports in Russian', () => {
    expect(first.code).toBe(0);
    expect(first.out).toContain('дорожную карту по образцу');
    expect(first.out).toMatch(/контрольных точек в плане 32, выполнено 0 \(0 %\), просрочено 9/);
    expect(first.out).toMatch(/Срок наступил \(по 20.06.2023\): 9\n/);
    expect(first.out).toContain('Срочно (9)');
  });

  it('reads what was typed on the second run: three more done, the report’s numbers follow', () => {
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/контрольных точек в плане 32, выполнено 3 \(9 %\), просрочено 6/);
    expect(second.out).toContain('Срочно (6)');
  });

  it('writes the updated workbook next to the original and keeps every cell a person typed', async () => {
    const updated = join(dir, 'план (обновлено).xlsx');
    expect(existsSync(updated)).toBe(true);
    const wb = await workbook(updated);
    expect(cellsOf(wb, typedByPeople)).toEqual(typed);
    expect(wb.getWorksheet('Мой лист')!.getColumn(1).width).toBe(40);
    expect(wb.getWorksheet('Мой лист')!.getCell('B2').formula).toBe('1+1');
    const ws = wb.getWorksheet(SHEETS.checkpoints)!;
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const states: string[] = [];
    ws.eachRow((row, r) => { if (r > 1 && row.getCell(header.indexOf(CHECKPOINT_HEADERS.status)).value === 'Выполнено') states.push(String(row.getCell(header.indexOf(CHECKPOINT_HEADERS.state)).value)); });
    expect(states.sort()).toEqual(['Выполнено', 'Выполнено', 'Выполнено с опозданием']);
  });

  it('keeps live colour rules (TODAY()), dropdowns and real dates in the workbook', async () => {
    const wb = await workbook(join(dir, 'план (обновлено).xlsx'));
    const ws = wb.getWorksheet(SHEETS.checkpoints)! as ExcelJS.Worksheet & { conditionalFormattings: { rules: { formulae?: string[] }[] }[] };
    const formulas = ws.conditionalFormattings.flatMap((cf) => cf.rules.flatMap((r) => r.formulae ?? []));
    expect(formulas.some((f) => f.includes('TODAY()'))).toBe(true);
    const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    expect(ws.getCell(2, header.indexOf(CHECKPOINT_HEADERS.status)).dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell(2, header.indexOf(CHECKPOINT_HEADERS.due)).value).toBeInstanceOf(Date);
  });

  it('writes the report as .docx and the letters once addresses are typed', async () => {
    const out = join(dir, 'план_результаты');
    expect(readFileSync(join(out, 'отчёт.docx')).subarray(0, 2).toString()).toBe('PK');
    const wb = await workbook(join(dir, 'план (обновлено).xlsx'));
    wb.getWorksheet(SHEETS.people)!.getCell('B2').value = 'oo@school.example';
    const withEmails = join(dir, 'с адресами.xlsx');
    await wb.xlsx.writeFile(withEmails);
    const third = run([withEmails, '--today', '2023-06-19', '--out', join(dir, 'третий')], dir);
    expect(third.code).toBe(0);
    expect(readdirSync(join(dir, 'третий', 'письма')).sort()).toEqual(['oo@school.example.eml', 'oo@school.example.html', 'oo@school.example.txt']);
    const html = readFileSync(join(dir, 'третий', 'письма', 'oo@school.example.html'), 'utf8');
    expect(html).toContain('просрочено');
    expect(html).not.toContain('<b>2.1</b>');
  });

  it('updates the file itself only with --in-place, after a backup copy', () => {
    const copy = join(dir, 'копия.xlsx');
    copyFileSync(file, copy);
    const r = run([copy, '--in-place', '--today', '2023-06-20'], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('копия.копия-')).length).toBe(1);
    expect(existsSync(join(dir, 'копия (обновлено).xlsx'))).toBe(false);
  });
});

describe('--today: the day as people type it (дд.мм.гггг) or as ГГГГ-ММ-ДД, one rule for every tool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-day-'));

  it.each([['15.11.2023', '15.11.2023'], ['1.9.2024', '01.09.2024'], ['2023-11-15', '15.11.2023']])('takes %s', (typed, shown) => {
    const file = join(dir, `план-${typed}.xlsx`);
    const r = run([file, '--new', '--today', typed], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The report's title line names the day the deadlines were counted for.
    expect(r.out).toContain(`на ${shown}»`);
  });

  it.each(['31.02.2024', '2023/11/15', '15 ноября 2023', 'завтра'])('refuses %s, naming both forms, and writes nothing', (typed) => {
    const file = join(dir, 'отказ.xlsx');
    const r = run([file, '--new', '--today', typed], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`«${typed}»`);
    expect(r.err).toContain('ДД.ММ.ГГГГ');
    expect(r.err).toContain('ГГГГ-ММ-ДД');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(file)).toBe(false);
  });

  it('the help says both forms, for the command and for import', () => {
    for (const args of [['--help'], ['import', '--help']]) {
      const r = run(args, dir);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/--today ДД\.ММ\.ГГГГ/);
      expect(r.out).toContain('ГГГГ-ММ-ДД');
    }
  });

  it('import and the demo refuse a day that does not exist with the same words', () => {
    const imp = run(['import', join(dir, 'план.docx'), '--today', '31.02.2024'], dir);
    const demo = spawnSync(process.execPath, [join(__dirname, '../../lib/demo.js'), '--today', '31.02.2024', '--out', join(dir, 'демо')], { cwd: dir, encoding: 'utf8' });
    const cmd = run([join(dir, 'x.xlsx'), '--today', '31.02.2024'], dir);
    expect(imp.code).toBe(1); // import's own code for a refusal (scripts/local/import-command.ts)
    expect(demo.status).toBe(2);
    expect(imp.err.trim()).toBe(cmd.err.trim());
    expect(demo.stderr.trim()).toBe(cmd.err.trim());
    expect(existsSync(join(dir, 'демо'))).toBe(false);
  });
});

describe('roadmap-tracker refuses what it cannot open, in Russian, touching nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bad-'));

  it('a file that is not .xlsx', () => {
    writeFileSync(join(dir, 'план.ods'), 'x');
    const r = run([join(dir, 'план.ods')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('формата .ods');
  });

  it('a password-protected workbook (an encrypted .xlsx is a compound file)', () => {
    // The compound file's directory names the «EncryptionInfo» stream (MS-OFFCRYPTO 2.3.4).
    const name = Buffer.from('EncryptionInfo', 'utf16le');
    writeFileSync(join(dir, 'пароль.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), name, Buffer.alloc(64)]));
    const r = run([join(dir, 'пароль.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('защищён паролем');
  });

  it('a workbook open in LibreOffice (its lock file is next to it)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1').getCell('A1').value = 'x';
    await wb.xlsx.writeFile(join(dir, 'открыт.xlsx'));
    writeFileSync(join(dir, '.~lock.открыт.xlsx#'), 'lock');
    const r = run([join(dir, 'открыт.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('открыт в офисной программе');
  });

  it('a path that does not exist (no sample plan without --new), and --new over an existing file', () => {
    const r = run([join(dir, 'нет такого.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Файла «нет такого.xlsx» нет');
    expect(readdirSync(dir)).not.toContain('нет такого.xlsx');
    writeFileSync(join(dir, 'есть.xlsx'), 'x');
    const n = run([join(dir, 'есть.xlsx'), '--new'], dir);
    expect(n.code).toBe(2);
    expect(n.err).toContain('уже есть');
    expect(readFileSync(join(dir, 'есть.xlsx'), 'utf8')).toBe('x');
  });

  it.each([
    ['an empty file (what a killed save used to leave)', Buffer.alloc(0), 'пустой (0 байт)'],
    ['a file that is not a zip', Buffer.from('№;Мероприятие\n'), 'не таблица .xlsx'],
    ['an .ods renamed to .xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), Buffer.alloc(100)]), 'формата .ods'],
  ])('%s', (_what, bytes, message) => {
    const f = join(dir, `плохой-${message.length}.xlsx`);
    writeFileSync(f, bytes);
    const r = run([f], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(f)).toEqual(bytes);
    expect(readdirSync(dir).filter((x) => x.includes('плохой') && x.includes('обновлено'))).toEqual([]);
  });

  it('the demo refuses a damaged --input with the same message', () => {
    writeFileSync(join(dir, 'демо-пустой.xlsx'), '');
    const r = spawnSync(process.execPath, [join(__dirname, '../../lib/demo.js'), '--input', join(dir, 'демо-пустой.xlsx'), '--out', join(dir, 'демо')], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('пустой (0 байт)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a truncated copy of a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1').getCell('A1').value = 'x'.repeat(5000);
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    writeFileSync(join(dir, 'обрезан.xlsx'), whole.subarray(0, whole.length >> 1));
    const r = run([join(dir, 'обрезан.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('обрезан');
  });

  it('an --out that names a file', () => {
    writeFileSync(join(dir, 'файл-не-папка'), 'x');
    const r = run([join(dir, 'новый.xlsx'), '--new', '--out', join(dir, 'файл-не-папка')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('это файл, а здесь нужна папка');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('an output file open in an office suite is not overwritten', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1').getCell('A1').value = 'x';
    await wb.xlsx.writeFile(join(dir, 'вход.xlsx'));
    writeFileSync(join(dir, 'вход (обновлено).xlsx'), 'занят');
    writeFileSync(join(dir, '~$вход (обновлено).xlsx'), 'lock');
    const r = run([join(dir, 'вход.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('в который нужно записать результат, сейчас открыт');
    expect(readFileSync(join(dir, 'вход (обновлено).xlsx'), 'utf8')).toBe('занят');
  });

  // A read-only folder: as an unprivileged user (root writes anywhere, so the test drops to «nobody»).
  const dropped = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  // «nobody» must be able to read the command itself: a checkout inside a root-only folder (mktemp -d) is not.
  const canRun = (): boolean => spawnSync(dropped[0], [...dropped.slice(1), process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(CLI)}, 4)`]).status === 0;
  const asUser = process.getuid?.() === 0 ? (spawnSync('sh', ['-c', 'command -v setpriv']).status === 0 && canRun() ? dropped : null) : [];
  (asUser ? it : it.skip)('a read-only folder', () => {
    const ro = mkdtempSync(join(tmpdir(), 'roadmap-ro-'));
    execFileSync('chmod', ['0555', ro]);
    const r = spawnSync(asUser![0] ?? process.execPath, [...asUser!.slice(1), ...(asUser!.length ? [process.execPath] : []), CLI, join(ro, 'план.xlsx'), '--new'], { cwd: ro, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Нет прав на запись');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a workbook with no recognisable roadmap names the columns it looked for', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('План');
    ws.addRow(['№', 'Мероприятие', 'Примечание']);
    ws.addRow(['1', 'Педсовет', '']);
    await wb.xlsx.writeFile(join(dir, 'без сроков.xlsx'));
    const r = run([join(dir, 'без сроков.xlsx')], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('не найдены столбцы: «Сроки реализации», «Ответственные»');
    expect(r.err).toContain('«Срок исполнения»');
    expect(existsSync(join(dir, 'без сроков (обновлено).xlsx'))).toBe(false);
  });
});

// The written files open in LibreOffice as a person would see them (when LibreOffice is installed:
// Debian's libreoffice-calc-nogui / libreoffice-writer-nogui and poppler-utils).
const office = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftoppm']).status === 0;
(office ? describe : describe.skip)('in LibreOffice', () => {
  it('shows the overdue rows red in the converted PDF, and the report converts too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-lo-'));
    expect(run([join(dir, 'план.xlsx'), '--new', '--today', '2023-06-20'], dir).code).toBe(0);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'план.xlsx'), join(dir, 'план_результаты', 'отчёт.docx')], { stdio: 'ignore', timeout: 120000 });
    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', join(dir, 'план.pdf'), join(dir, 'page')]);
    const ppm = readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.ppm'))!));
    // P6 header: "P6\n<w> <h>\n255\n", then RGB triples. Count pixels of the overdue colour #f4c7c3.
    const header = ppm.toString('latin1', 0, 40).split(/\s+/);
    const start = ppm.indexOf('\n', ppm.indexOf('\n', ppm.indexOf('\n') + 1) + 1) + 1;
    let red = 0;
    for (let i = start; i + 2 < ppm.length; i += 3) {
      if (Math.abs(ppm[i] - 0xf4) < 6 && Math.abs(ppm[i + 1] - 0xc7) < 6 && Math.abs(ppm[i + 2] - 0xc3) < 6) red++;
    }
    expect(header[0]).toBe('P6');
    expect(red).toBeGreaterThan(1000);
    expect(existsSync(join(dir, 'отчёт.pdf'))).toBe(true);
  }, 180000);
});
