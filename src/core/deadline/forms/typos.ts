// Misspelt months («фквраль», «сентябь», «ноябя»): read only when exactly one month is one letter away (a letter
// replaced, missing, added or two letters swapped), and always with a warning; never read as another month.
//   examples: «фквраль 2024» → февраль 2024 (warning); «мартя» → март (warning); «июнб» → июнь or июль? neither
import type { Lex } from '../lexicon';
import { MONTH_FORMS } from '../lexicon';

/** True when a and b differ by one edit (substitution, insertion, deletion or adjacent swap). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A month for a word one edit from exactly one month's forms; `lex` null when several months are that close. */
export function readTypo(word: string): { lex: Lex | null; fixed: string } | null {
  if (word.length < 4 || !/^[а-я]+$/.test(word)) return null;
  let found: { m: number; form: string } | null = null;
  let months = 0;
  for (const [form, m] of MONTH_FORMS) {
    if (form.length < 4 || !oneEdit(word, form)) continue;
    if (!found || found.m !== m) months++;
    if (!found) found = { m, form };
  }
  if (!found) return null;
  return months === 1 ? { lex: { c: 'month', m: found.m }, fixed: found.form } : { lex: null, fixed: '' };
}
