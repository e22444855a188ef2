// `npm run look [-- --in out] [--out out/look]`: what the demo wrote, as pictures a person can look at —
// the report (.docx) and every sheet of roadmap.xlsx through LibreOffice to PDF and PNG (poppler), the
// «Проверить статусы» dialog and the letters through Chromium. Then two checks a reader of the PDF would make:
// no word broken inside a table cell, and the pages each table runs over. Needs LibreOffice, poppler and
// Chromium (README «Для разработчиков»: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui
// poppler-utils chromium); says what is missing instead of failing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import JSZip from 'jszip';

interface Args { input: string; out: string; dpi: number }

function parseArgs(argv: string[]): Args {
  const args: Args = { input: 'out', out: '', dpi: 70 };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--in' && v) args.input = v;
    else if (k === '--out' && v) args.out = v;
    else if (k === '--dpi' && v) args.dpi = Number(v) || 70;
    else { console.error('Использование: npm run look -- [--in ПАПКА_ДЕМО] [--out ПАПКА_КАРТИНОК] [--dpi 70]'); process.exit(2); }
  }
  args.input = resolve(args.input);
  args.out = resolve(args.out || join(args.input, 'look'));
  return args;
}

const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const chromium = (): string | null => ['chromium', 'chromium-browser', 'google-chrome'].find(has) ?? null;

function run(cmd: string, args: string[], timeoutMs = 180000): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs });
  if (r.status !== 0) console.error(`  ${cmd} ${args.slice(0, 3).join(' ')}…: ${(r.stderr || r.error?.message || '').trim().split('\n').slice(-2).join(' ')}`);
  return r.status === 0;
}

/** PDF → page PNGs (name-1.png, name-2.png…); returns their paths. */
function pages(pdf: string, dir: string, dpi: number): string[] {
  const stem = basename(pdf, '.pdf');
  run('pdftoppm', ['-r', String(dpi), '-png', pdf, join(dir, stem)]);
  const own = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`);
  return readdirSync(dir).filter((f) => own.test(f)).sort().map((f) => join(dir, f));
}

/**
 * Words of a .docx, to tell a word broken across lines from two words; and the letter runs of its web
 * addresses, which are not words: an address wraps where it must (Docs breaks it at any letter), so a break
 * there is counted apart.
 */
async function docxWords(file: string): Promise<{ words: Set<string>; addressParts: Set<string> }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')?.async('string') ?? '';
  const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/\u200b/g, '').toLowerCase();
  const addresses = text.match(/https?:\/\/[^\s<]+/g) ?? [];
  const addressParts = new Set(addresses.flatMap((a) => a.match(/[а-яёa-z]+/g) ?? []));
  const prose = text.replace(/https?:\/\/[^\s<]+/g, ' ');
  return { words: new Set(prose.match(/[а-яёa-z]+/g) ?? []), addressParts };
}

/**
 * Lines of the PDF's text (content order) whose last word and the next line's first word make one word of
 * the document while the first part alone is none: a word broken inside, without a hyphen.
 */
function brokenWords(pdf: string, words: Set<string>): string[] {
  if (!words.size) return [];
  const r = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const lines = (r.stdout ?? '').split('\n');
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const tail = /([а-яёa-z]+)$/i.exec(lines[i].trim())?.[1];
    const head = /^([а-яёa-z]+)/i.exec(lines[i + 1].trim())?.[1];
    if (!tail || !head) continue;
    const joined = (tail + head).toLowerCase();
    if (words.has(joined) && !words.has(tail.toLowerCase())) out.push(`${tail}|${head}`);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.input)) { console.error(`Папки «${args.input}» нет: сначала npm run demo.`); process.exit(2); }
  const missing = [['soffice', 'libreoffice-writer-nogui libreoffice-calc-nogui'], ['pdftoppm', 'poppler-utils']].filter(([c]) => !has(c));
  const browser = chromium();
  if (!browser) missing.push(['chromium', 'chromium']);
  if (missing.length) {
    console.error(`Нет программ: ${missing.map(([c]) => c).join(', ')}. Установите: apt-get install -y ${missing.map(([, p]) => p).join(' ')}`);
    if (missing.some(([c]) => c !== 'chromium')) process.exit(3);
  }
  rmSync(args.out, { recursive: true, force: true });
  mkdirSync(args.out, { recursive: true });
  const made: string[] = [];
  const notes: string[] = [];

  // Office files: one LibreOffice run converts them all (a profile of its own, so a desktop instance does not interfere).
  const office = readdirSync(args.input).filter((f) => ['.docx', '.xlsx'].includes(extname(f))).map((f) => join(args.input, f));
  const profile = join(args.out, '.lo-profile');
  if (office.length) run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', args.out, ...office]);
  rmSync(profile, { recursive: true, force: true });
  for (const f of office) {
    const pdf = join(args.out, `${basename(f, extname(f))}.pdf`);
    if (!existsSync(pdf)) { notes.push(`${basename(f)}: PDF не получился`); continue; }
    const pngs = pages(pdf, args.out, args.dpi);
    made.push(pdf, ...pngs);
    notes.push(`${basename(f)} → ${basename(pdf)}: страниц ${pngs.length}`);
    if (extname(f) === '.docx') {
      const { words, addressParts } = await docxWords(f);
      const broken = brokenWords(pdf, words);
      const inAddresses = brokenWords(pdf, addressParts).filter((b) => !broken.includes(b));
      notes.push(`  слов, разорванных переносом строки: ${broken.length}${broken.length ? ` (${broken.slice(0, 12).join(', ')})` : ''}`);
      if (inAddresses.length) notes.push(`  веб-адресов, перенесённых внутри (это не слова): ${inAddresses.length} (${inAddresses.slice(0, 12).join(', ')})`);
    }
  }

  // HTML: the dialog at its size in Sheets (600 px wide), the letters as a phone and a desktop mail client show them.
  const html = [join(args.input, 'findings.html'), ...(existsSync(join(args.input, 'digest'))
    ? readdirSync(join(args.input, 'digest')).filter((f) => f.endsWith('.html')).map((f) => join(args.input, 'digest', f)) : [])].filter(existsSync);
  if (browser) {
    for (const f of html) {
      const name = f.includes('/digest/') ? `letter-${basename(f, '.html')}` : basename(f, '.html');
      const width = name === 'findings' ? 600 : 680;
      const png = join(args.out, `${name}.png`);
      const pdf = join(args.out, `${name}.pdf`);
      const common = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${join(args.out, '.chromium')}`];
      run(browser, [...common, `--screenshot=${png}`, `--window-size=${width},2000`, `file://${f}`], 60000);
      run(browser, [...common, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${f}`], 60000);
      for (const p of [png, pdf]) if (existsSync(p)) made.push(p);
    }
    rmSync(join(args.out, '.chromium'), { recursive: true, force: true });
  }
  writeFileSync(join(args.out, 'index.txt'), [...notes, '', ...made.map((p) => basename(p))].join('\n') + '\n');
  for (const n of notes) console.log(n);
  console.log(`Картинки и PDF: ${args.out} (${made.length} файлов, список — index.txt)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
