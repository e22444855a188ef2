// Opening a school's .xlsx file for the local runtime, with a clear Russian message for each way it
// can go wrong: not an .xlsx, open in an office suite, password-protected, damaged.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

export type WorkbookCheck =
  | { ok: true; exists: boolean }
  | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: old .xls, and every password-protected (encrypted) .xlsx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Buffer, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** The owner files office suites leave next to a document while it is open. */
export function lockFileOf(file: string): string | null {
  const dir = dirname(file);
  const name = basename(file);
  const candidates = [`.~lock.${name}#`, `~$${name}`, `~$${name.slice(2)}`];
  let present: string[];
  try {
    present = readdirSync(dir);
  } catch {
    return null;
  }
  return candidates.find((c) => present.includes(c)) ?? null;
}

export function checkWorkbookFile(file: string): WorkbookCheck {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  if (ext === '.xls') return { ok: false, message: `«${name}» — файл старого формата .xls. Откройте его и сохраните как «Книга Excel (.xlsx)», затем запустите снова.` };
  if (ext === '.ods') return { ok: false, message: `«${name}» — файл формата .ods. В LibreOffice или МойОфис выберите «Файл → Сохранить как» и формат .xlsx, затем запустите снова.` };
  if (ext !== '.xlsx') return { ok: false, message: `«${name}» — не таблица .xlsx. Укажите файл .xlsx (Excel, LibreOffice и МойОфис умеют сохранять в этом формате).` };
  if (!existsSync(file)) return { ok: true, exists: false };
  if (statSync(file).isDirectory()) return { ok: false, message: `«${name}» — это папка, а не файл.` };
  const lock = lockFileOf(file);
  if (lock) return { ok: false, message: `Файл «${name}» сейчас открыт в офисной программе (рядом лежит «${lock}»). Сохраните и закройте его, затем запустите снова.` };
  const bytes = readFileSync(file);
  if (bytes.length === 0) return { ok: true, exists: false };
  if (startsWith(bytes, CFB)) return { ok: false, message: `Файл «${name}» защищён паролем (или это старый .xls). Снимите пароль на открытие и сохраните файл заново в формате .xlsx.` };
  if (!startsWith(bytes, ZIP)) return { ok: false, message: `Файл «${name}» повреждён или это не таблица .xlsx.` };
  return { ok: true, exists: true };
}

/** Where the updated workbook goes: next to the original, «имя (обновлено).xlsx». */
export function updatedWorkbookPath(file: string): string {
  const stem = basename(file, extname(file)).replace(/ \(обновлено\)$/, '');
  return join(dirname(file), `${stem} (обновлено).xlsx`);
}

/** A backup copy's name, with the time, so no earlier backup is overwritten. */
export function backupPath(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return join(dirname(file), `${basename(file, extname(file))}.копия-${stamp}.xlsx`);
}
