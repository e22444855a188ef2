// Character-level repair of a deadline cell before tokenizing: Unicode forms, invisible characters,
// dashes, quotes and spaces as they come out of PDFs and word processors.

/** The longest text read; a cell is a few lines, anything longer is pasted by mistake. */
export const MAX_CHARS = 4000;

/** Normalised text: NFKC (turns «Ⅰ» into «I», full-width digits into digits), one kind of dash, «» quotes. */
export function normalizeText(raw: string): string {
  // «№» would become «No» under NFKC; it is kept as written.
  let s = raw.replace(/№/g, '\uE000');
  try {
    s = s.normalize('NFKC');
  } catch {
    // Engines without full Unicode data: keep the text as is.
  }
  return s
    .replace(/\uE000/g, '№')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '') // soft hyphens and zero-width characters vanish
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u000B\u000C\u0085]/g, '\n')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-') // every dash and minus is read alike
    .replace(/[\u201C\u201E\u201F\u2033\u00AB]/g, '«')
    .replace(/[\u201D\u00BB]/g, '»')
    .replace(/[\u2018\u2019\u201A\u201B`\u00B4]/g, "'");
}

// Latin letters that look like Cyrillic ones, as PDFs and careless typing mix them («cентябрь», «KB.»).
const LOOKALIKE: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', u: 'и', n: 'п', r: 'г', b: 'ь',
};

/** Replaces Latin look-alike letters by Cyrillic ones; null if a Latin letter has no look-alike. */
export function toCyrillic(word: string): string | null {
  let out = '';
  for (const ch of word) {
    if (/[A-Za-z]/.test(ch)) {
      const c = LOOKALIKE[ch];
      if (!c) return null;
      out += c;
    } else out += ch;
  }
  return out;
}

export function hasLatin(word: string): boolean {
  return /[A-Za-z]/.test(word);
}

export function hasCyrillic(word: string): boolean {
  return /[А-Яа-яЁё]/.test(word);
}

/** Roman numerals I–XII written with Latin letters or the Cyrillic look-alikes «І» and «Х». */
export function romanValue(word: string): number | null {
  const w = word.replace(/[Іі]/g, 'I').replace(/[Хх]/g, 'X').toUpperCase();
  if (!/^[IVX]{1,4}$/.test(w)) return null;
  const table: Record<string, number> = {
    I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12,
  };
  return table[w] ?? null;
}
