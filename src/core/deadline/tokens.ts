// Tokens of a deadline cell, with the damage of PDF extraction mended: words broken across lines
// («определяемы\nе»), hyphenation («планом-\nграфиком»), stray spaces («сент ября»), «н» for «и»,
// Latin look-alike letters, ordinals written «1-й».
import { isValidDate } from '../calendar';
import { classify, isDictionaryWord, ORDINAL_SUFFIXES } from './lexicon';
import { hasCyrillic, hasLatin, normalizeText, romanValue, toCyrillic } from './normalize';

export type TokenKind = 'word' | 'num' | 'date' | 'punct' | 'name';

export interface Token {
  k: TokenKind;
  /** word: lowercase, «ё» as «е»; num: the digits; punct: the character; name: the quoted text. */
  text: string;
  /** The text as written (after repairs), for explanations. */
  raw: string;
  /** num: its value. */
  n: number;
  /** word: its value when it reads as a Roman numeral («I», «IV», Cyrillic «І»). */
  roman: number | null;
  /** num: written as an ordinal («1-й», «2-го»). */
  ord: boolean;
  /** num: a year typed with the letter «О» for a zero («2О23»), mended. */
  letterO: boolean;
  /** date: day, month and year (null when the date has no year, «01.09»); valid is false for «31.02.2023». */
  d: number;
  m: number;
  y: number | null;
  valid: boolean;
  /** Whitespace before the token; a line break in it; a line break right after a character (a PDF word split). */
  space: boolean;
  nl: boolean;
  tight: boolean;
}

function token(k: TokenKind, text: string, raw: string, gap: Gap): Token {
  return { k, text, raw, n: 0, roman: null, ord: false, letterO: false, d: 0, m: 0, y: null, valid: true, space: gap.space, nl: gap.nl, tight: gap.tight };
}

interface Gap { space: boolean; nl: boolean; tight: boolean }
const NO_GAP: Gap = { space: false, nl: false, tight: false };

const isLetter = (c: string): boolean => /[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\n';

const DATE3 = /(\d{1,2}) ?([./]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?!\d)/y;
const DATE3_DASH = /(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/y;
const DATE_ISO = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const DATE2 = /(\d{1,2})\.(\d{1,2})(?![\d])(?!\.\d)/y;

function lowerRu(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

/** Splits normalised text into raw tokens (before mending). */
function scan(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let gap: Gap = NO_GAP;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (isSpace(c)) {
      let j = i;
      let nl = false;
      let tight = false;
      while (j < n && isSpace(text[j])) {
        if (text[j] === '\n' && !nl) {
          nl = true;
          tight = j === i && i > 0 && !isSpace(text[i - 1]);
        }
        j++;
      }
      gap = { space: true, nl, tight };
      i = j;
      continue;
    }
    if (c === '«' || c === '"') {
      const close = c === '«' ? '»' : '"';
      let depth = 1;
      let j = i + 1;
      for (; j < n; j++) {
        if (c === '«' && text[j] === '«') depth++;
        else if (text[j] === close && --depth === 0) break;
      }
      const inner = text.slice(i + 1, Math.min(j, n));
      const innerTrim = inner.trim();
      if (/^\d{1,4}$/.test(innerTrim)) {
        // «01» сентября: a quoted day number is just a number.
        const t = token('num', innerTrim, innerTrim, gap);
        t.n = Number(innerTrim);
        out.push(t);
      } else if (innerTrim) {
        const repaired = mendName(inner);
        out.push(token('name', repaired, `«${repaired}»`, gap));
      }
      i = j < n ? j + 1 : n;
      gap = NO_GAP;
      continue;
    }
    if (isDigit(c)) {
      const date = matchDate(text, i);
      if (date) {
        const t = token('date', date.raw, date.raw, gap);
        t.d = date.d;
        t.m = date.m;
        t.y = date.y;
        t.valid = date.valid;
        out.push(t);
        i = date.end;
      } else {
        let j = i;
        while (j < n && isDigit(text[j])) j++;
        const digits = text.slice(i, j);
        const t = token('num', digits, digits, gap);
        t.n = digits.length > 9 ? Number.MAX_SAFE_INTEGER : Number(digits);
        out.push(t);
        i = j;
      }
      gap = NO_GAP;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      while (j < n && isLetter(text[j])) j++;
      for (const part of splitWord(text.slice(i, j))) {
        out.push(wordToken(part, gap));
        gap = NO_GAP;
      }
      i = j;
      continue;
    }
    out.push(token('punct', c, c, gap));
    gap = NO_GAP;
    i++;
  }
  return out;
}

function matchDate(text: string, i: number): { raw: string; d: number; m: number; y: number | null; valid: boolean; end: number } | null {
  for (const re of [DATE_ISO, DATE3, DATE3_DASH]) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    let d: number;
    let mo: number;
    let y: number;
    if (re === DATE_ISO) {
      y = Number(m[1]);
      mo = Number(m[2]);
      d = Number(m[3]);
    } else {
      d = Number(m[1]);
      mo = Number(re === DATE3 ? m[3] : m[2]);
      const ys = re === DATE3 ? m[4] : m[3];
      y = ys.length === 2 ? 2000 + Number(ys) : Number(ys);
    }
    const raw = m[0];
    const valid = isValidDate(y, mo, d);
    return { raw, d, m: mo, y, valid, end: re.lastIndex };
  }
  DATE2.lastIndex = i;
  const m2 = DATE2.exec(text);
  if (m2) {
    const d = Number(m2[1]);
    const mo = Number(m2[2]);
    // «01.09» without a year: only when it can be a day and a month (not «1.1» item numbers like «3.5»).
    if (m2[2].length === 2 && d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
      return { raw: m2[0], d, m: mo, y: null, valid: isValidDate(2024, mo, d), end: DATE2.lastIndex };
    }
  }
  return null;
}

/** «Iкв» → «I», «кв»; a mixed word with look-alike Latin letters stays one word. */
function splitWord(word: string): string[] {
  const m = /^([IVXІ]+)([а-яё].*)$/.exec(word);
  if (m) {
    const whole = toCyrillic(word);
    if (whole === null || !isDictionaryWord(lowerRu(whole))) return [m[1], m[2]];
  }
  return [word];
}

function wordToken(raw: string, gap: Gap): Token {
  let fixed = raw;
  if (hasLatin(raw)) {
    const cyr = toCyrillic(raw);
    if (hasCyrillic(raw)) {
      if (cyr !== null) fixed = cyr;
    } else if (romanValue(raw) === null && cyr !== null && classify(lowerRu(cyr)) !== null) {
      fixed = cyr; // «KB» typed with Latin letters is «кв»
    }
  }
  const t = token('word', lowerRu(fixed), fixed, gap);
  t.roman = romanValue(fixed);
  return t;
}

/** Mends the words of a quoted name («Минпросвещени\nя России» → «Минпросвещения России»). */
function mendName(inner: string): string {
  const toks = mend(scan(inner.replace(/[«»"]/g, ' ')));
  return rebuild(toks);
}

/** Text of tokens as written, with single spaces where the source had whitespace. */
export function rebuild(toks: Token[]): string {
  let s = '';
  for (const t of toks) {
    if (s && t.space && !(t.k === 'punct' && /^[,.;:)»]$/.test(t.text))) s += ' ';
    s += t.raw;
  }
  return s.replace(/\( /g, '(').trim();
}

function joinable(a: Token, b: Token): boolean {
  if (a.k !== 'word' || b.k !== 'word') return false;
  if ((a.roman !== null && !hasCyrillic(a.raw)) || (b.roman !== null && !hasCyrillic(b.raw))) return false;
  const joined = a.text + b.text;
  const knownA = isDictionaryWord(a.text);
  const knownB = isDictionaryWord(b.text);
  if (isDictionaryWord(joined) && (!knownA || !knownB)) return true;
  // A fragment of an unknown word right after a line break that directly follows a letter: «Минпросвещени\nя».
  return b.tight && !knownA && !knownB && b.text.length <= 2 && classify(b.text) === null;
}

/** Mends broken words, hyphenated line ends, compounds, «н» for «и» and written ordinals. */
function mend(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = out[out.length - 1];
    if (prev && t.k === 'word' && prev.k === 'word' && t.space && joinable(prev, t)) {
      prev.text += t.text;
      prev.raw += t.raw;
      prev.roman = null;
      continue;
    }
    // «планом-\nграфиком», «внед-\nрения»: a hyphen at a line end.
    if (t.k === 'punct' && t.text === '-' && prev && prev.k === 'word') {
      const next = toks[i + 1];
      if (next && next.k === 'word') {
        const compound = `${prev.text}-${next.text}`;
        const joined = prev.text + next.text;
        if (isDictionaryWord(compound) || classify(compound)?.c === 'external') {
          prev.text = compound;
          prev.raw = `${prev.raw}-${next.raw}`;
          prev.roman = null;
          i++;
          continue;
        }
        if (next.nl && isDictionaryWord(joined) && !(isDictionaryWord(prev.text) && isDictionaryWord(next.text))) {
          prev.text = joined;
          prev.raw += next.raw;
          prev.roman = null;
          i++;
          continue;
        }
      }
    }
    // «1-й квартал», «2-го полугодия», «1й»: the suffix belongs to the number.
    if (t.k === 'word' && prev && prev.k === 'num' && !t.space && ORDINAL_SUFFIXES.has(t.text)) {
      prev.ord = true;
      continue;
    }
    if (t.k === 'punct' && t.text === '-' && prev && prev.k === 'num' && !t.space) {
      const next = toks[i + 1];
      if (next && next.k === 'word' && !next.space && ORDINAL_SUFFIXES.has(next.text)) {
        prev.ord = true;
        i++;
        continue;
      }
    }
    // «2О23»: a year typed with the letter «О» for a zero
    const nx = toks[i + 1];
    if (t.k === 'word' && /^[оo]+$/.test(t.text) && !t.space && prev && prev.k === 'num' && nx && nx.k === 'num' && !nx.space &&
      prev.text.length + t.text.length + nx.text.length === 4) {
      const digits = prev.text + '0'.repeat(t.text.length) + nx.text;
      const year = Number(digits);
      if (year >= 1900 && year <= 2199) {
        prev.text = digits;
        prev.raw = prev.raw + t.raw + nx.raw;
        prev.n = year;
        prev.letterO = true;
        i++;
        continue;
      }
    }
    if (t.k === 'word' && t.text === 'н') {
      // PDF text often has «н» where «и» was printed.
      t.text = 'и';
      t.raw = 'и';
    }
    out.push(t);
  }
  return out;
}

/** Tokens of a cell's text, mended. */
export function tokenize(text: string): Token[] {
  return mend(scan(normalizeText(text)));
}
