// Nothing may depend on an error message's wording (issue 12, item 6): Apps Script's errors arrive in the
// account's language («Служба была вызвана слишком много раз за день: email» on a Russian account). This scans
// every string and regex literal of the product's code for the English texts of Google's errors; an error may
// be logged or shown, never matched. Outcomes are known by asking the service (MailApp.getRemainingDailyQuota,
// ScriptApp.getAuthorizationInfo, Drive's visibility) or by catching any error at the one call that can fail.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
});

/** English fragments of Google service errors (Apps Script, Drive, Docs, Sheets, Mail, triggers). */
const ENGLISH_ERRORS = /not found|permission|too many|invoked|exceeded|invalid|authoriz|does not exist|unavailable|timed out|exception|rate limit|try again|internal error|not allowed|forbidden|deleted|access denied|bad request/i;

/** String and regex literals of a file, comments removed. */
function literals(code: string): string[] {
  const out: string[] = [];
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  for (const m of noComments.matchAll(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g)) out.push(m[0]);
  for (const m of noComments.matchAll(/(?<=(?:[(,=:!&|?>]|\breturn)\s*)\/(?![/*])(?:\\.|\[(?:\\.|[^\]])*\]|[^/\\\n])+\/[gimsuy]*/g)) out.push(m[0]);
  return out;
}

describe('no product code matches the wording of a Google error', () => {
  it.each(files(SRC).filter((f) => !f.endsWith(join('text', 'ru.ts'))).map((f) => [f.slice(SRC.length + 1), f]))('%s', (_name, file) => {
    const hits = literals(readFileSync(file, 'utf8')).filter((l) => ENGLISH_ERRORS.test(l) && !/[а-яё]/i.test(l));
    expect(hits).toEqual([]);
  });

  it('the scan sees what it looks for', () => {
    expect(literals("const q = (m) => /too many times for one day: email/i.test(m); // Service invoked")).toEqual(['/too many times for one day: email/i']);
    expect(literals("if (msg.includes('File not found')) return;").filter((l) => ENGLISH_ERRORS.test(l))).toEqual(["'File not found'"]);
  });
});
