// A small spreadsheet formula language: tokenizer, parser, evaluator and reference shifting, in the
// English syntax Apps Script uses (function names in English, ',' between arguments).
//
// Supported: numbers, "strings", TRUE/FALSE, references (A1, $A$1, Sheet!A1, 'My sheet'!A1:B2, A:A),
// operators + - * / ^ & % = <> < <= > >=, and the functions in FUNCTIONS below. Anything else is
// reported (UnsupportedFormula / FormulaParseError) so callers can say what they could not evaluate.
// Semantics follow Sheets: blanks coerce to the other operand's type (0, "", FALSE); text compares
// case-insensitively; numbers < text < booleans when types differ; dates are serial numbers.

export class FormulaError {
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}
export const ERR = {
  value: new FormulaError('#VALUE!'),
  div0: new FormulaError('#DIV/0!'),
  ref: new FormulaError('#REF!'),
  name: new FormulaError('#NAME?'),
  na: new FormulaError('#N/A'),
  num: new FormulaError('#NUM!'),
  error: new FormulaError('#ERROR!'),
};

/** A function or construct the emulator does not evaluate (the caller decides what that means). */
export class UnsupportedFormula extends Error {}
/** Text Sheets itself would reject ("Formula parse error", shown as #ERROR!), e.g. ';' separators via Apps Script. */
export class FormulaParseError extends Error {}

export type Scalar = number | string | boolean | null; // null = blank
export interface Grid {
  grid: Scalar[][];
}
export type Value = Scalar | FormulaError | Grid;

export interface Ref {
  sheet?: string;
  row?: number; // undefined: whole column
  col: number;
  rowAbs: boolean;
  colAbs: boolean;
}

type Node =
  | { t: 'lit'; v: Scalar }
  | { t: 'err'; v: FormulaError }
  | { t: 'ref'; ref: Ref }
  | { t: 'range'; a: Ref; b: Ref }
  | { t: 'fn'; name: string; args: Node[] }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'neg'; e: Node }
  | { t: 'pct'; e: Node };

/** Where formula values come from. Rows and columns are 1-based; a blank cell is null; dates are serials. */
export interface FormulaHost {
  value(sheet: string | undefined, row: number, col: number): Scalar | FormulaError;
  /** Last row with content (for whole-column references). */
  lastRow(sheet: string | undefined): number;
  today(): number;
  now(): number;
}

// ---------------------------------------------------------------- tokens

type Tok =
  | { k: 'ws'; s: string }
  | { k: 'num'; s: string; v: number }
  | { k: 'str'; s: string; v: string }
  | { k: 'ref'; s: string; ref: Ref; ref2?: Ref } // ref2: a whole-column range A:B
  | { k: 'name'; s: string }
  | { k: 'err'; s: string }
  | { k: 'op'; s: string };

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/;
const COLS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/;
const OPS = ['<=', '>=', '<>', '=', '<', '>', '+', '-', '*', '/', '^', '&', '%', '(', ')', ',', ':', ';', '{', '}'];
const ERRORS = ['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#N/A', '#NUM!', '#NULL!', '#ERROR!'];

export function colToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
export function indexToCol(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(rest))) {
      out.push({ k: 'ws', s: m[0] });
    } else if (ch === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= src.length) throw new FormulaParseError('Unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') { v += '"'; j += 2; continue; }
          break;
        }
        v += src[j++];
      }
      out.push({ k: 'str', s: src.slice(i, j + 1), v });
      i = j + 1;
      continue;
    } else if ((m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest))) {
      out.push({ k: 'num', s: m[0], v: Number(m[0]) });
    } else if (ch === '#') {
      const e = ERRORS.find((x) => rest.toUpperCase().startsWith(x));
      if (!e) throw new FormulaParseError(`Unknown error literal at ${i}`);
      out.push({ k: 'err', s: rest.slice(0, e.length) });
    } else if ((m = /^('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!/u.exec(rest)) && (CELL.test(rest.slice(m[0].length)) || COLS.test(rest.slice(m[0].length)))) {
      const raw = m[1];
      const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
      const tail = rest.slice(m[0].length);
      const t = refToken(tail, sheet);
      out.push({ ...t, s: m[0] + t.s });
      i += m[0].length + t.s.length;
      continue;
    } else if (CELL.test(rest) || COLS.test(rest)) {
      out.push(refToken(rest, undefined));
    } else if ((m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest))) {
      out.push({ k: 'name', s: m[0] });
    } else {
      const op = OPS.find((o) => rest.startsWith(o));
      if (!op) throw new FormulaParseError(`Unexpected character '${ch}'`);
      out.push({ k: 'op', s: op });
    }
    i += out[out.length - 1].s.length;
  }
  return out;
}

function refToken(text: string, sheet: string | undefined): Tok & { k: 'ref' } {
  let m = COLS.exec(text);
  if (m) {
    return {
      k: 'ref', s: m[0],
      ref: { sheet, col: colToIndex(m[2]), colAbs: m[1] === '$', rowAbs: false },
      ref2: { sheet, col: colToIndex(m[4]), colAbs: m[3] === '$', rowAbs: false },
    };
  }
  m = CELL.exec(text)!;
  return { k: 'ref', s: m[0], ref: { sheet, col: colToIndex(m[2]), colAbs: m[1] === '$', row: Number(m[4]), rowAbs: m[3] === '$' } };
}

// ---------------------------------------------------------------- parser

class Parser {
  private i = 0;
  private readonly toks: Tok[];
  constructor(toks: Tok[]) {
    this.toks = toks.filter((t) => t.k !== 'ws');
  }
  private peek(): Tok | undefined {
    return this.toks[this.i];
  }
  private isOp(s: string): boolean {
    const t = this.peek();
    return !!t && t.k === 'op' && t.s === s;
  }
  private expectOp(s: string): void {
    if (!this.isOp(s)) {
      const t = this.peek();
      if (t && t.k === 'op' && t.s === ';') {
        throw new FormulaParseError("';' is not an argument separator here: Apps Script takes formulas in English syntax with ','");
      }
      throw new FormulaParseError(`Expected '${s}'${t ? ` before '${t.s}'` : ' at the end'}`);
    }
    this.i++;
  }
  parse(): Node {
    const n = this.comparison();
    const t = this.peek();
    if (t) {
      if (t.k === 'op' && t.s === ';') throw new FormulaParseError("';' is not an argument separator here: Apps Script takes formulas in English syntax with ','");
      throw new FormulaParseError(`Unexpected '${t.s}'`);
    }
    return n;
  }
  private comparison(): Node {
    let l = this.concat();
    for (;;) {
      const t = this.peek();
      if (t && t.k === 'op' && ['=', '<>', '<', '>', '<=', '>='].includes(t.s)) {
        this.i++;
        l = { t: 'bin', op: t.s, l, r: this.concat() };
      } else return l;
    }
  }
  private concat(): Node {
    let l = this.additive();
    while (this.isOp('&')) {
      this.i++;
      l = { t: 'bin', op: '&', l, r: this.additive() };
    }
    return l;
  }
  private additive(): Node {
    let l = this.multiplicative();
    for (;;) {
      if (this.isOp('+') || this.isOp('-')) {
        const op = this.toks[this.i++].s;
        l = { t: 'bin', op, l, r: this.multiplicative() };
      } else return l;
    }
  }
  private multiplicative(): Node {
    let l = this.power();
    for (;;) {
      if (this.isOp('*') || this.isOp('/')) {
        const op = this.toks[this.i++].s;
        l = { t: 'bin', op, l, r: this.power() };
      } else return l;
    }
  }
  private power(): Node {
    let l = this.unary();
    while (this.isOp('^')) {
      this.i++;
      l = { t: 'bin', op: '^', l, r: this.unary() };
    }
    return l;
  }
  private unary(): Node {
    if (this.isOp('-')) {
      this.i++;
      return { t: 'neg', e: this.unary() };
    }
    if (this.isOp('+')) {
      this.i++;
      return this.unary();
    }
    let e = this.primary();
    while (this.isOp('%')) {
      this.i++;
      e = { t: 'pct', e };
    }
    return e;
  }
  private primary(): Node {
    const t = this.peek();
    if (!t) throw new FormulaParseError('Unexpected end of formula');
    this.i++;
    switch (t.k) {
      case 'num': return { t: 'lit', v: t.v };
      case 'str': return { t: 'lit', v: t.v };
      case 'err': return { t: 'err', v: ERRORS.includes(t.s.toUpperCase()) ? new FormulaError(t.s.toUpperCase()) : ERR.error };
      case 'ref': {
        if (t.ref2) return { t: 'range', a: t.ref, b: t.ref2 };
        if (this.isOp(':')) {
          this.i++;
          const u = this.peek();
          if (!u || u.k !== 'ref' || u.ref2) throw new FormulaParseError('Bad range');
          this.i++;
          return { t: 'range', a: t.ref, b: { ...u.ref, sheet: u.ref.sheet ?? t.ref.sheet } };
        }
        return { t: 'ref', ref: t.ref };
      }
      case 'name': {
        const name = t.s.toUpperCase();
        if (this.isOp('(')) {
          this.i++;
          const args: Node[] = [];
          if (!this.isOp(')')) {
            for (;;) {
              args.push(this.comparison());
              if (this.isOp(',')) { this.i++; continue; }
              break;
            }
          }
          this.expectOp(')');
          return { t: 'fn', name, args };
        }
        if (name === 'TRUE' || name === 'FALSE') return { t: 'lit', v: name === 'TRUE' };
        return { t: 'err', v: ERR.name };
      }
      case 'op':
        if (t.s === '(') {
          const e = this.comparison();
          this.expectOp(')');
          return e;
        }
        if (t.s === '{') throw new UnsupportedFormula('array literals {…}');
        if (t.s === ';') throw new FormulaParseError("';' is not an argument separator here: Apps Script takes formulas in English syntax with ','");
        throw new FormulaParseError(`Unexpected '${t.s}'`);
      default:
        throw new FormulaParseError('Unexpected token');
    }
  }
}

const parseCache = new Map<string, Node>();

/** Parses a formula ('=' optional). Throws FormulaParseError / UnsupportedFormula. */
export function parseFormula(text: string): Node {
  const src = text.startsWith('=') ? text.slice(1) : text;
  let n = parseCache.get(src);
  if (!n) {
    n = new Parser(tokenize(src)).parse();
    if (parseCache.size > 5000) parseCache.clear();
    parseCache.set(src, n);
  }
  return n;
}

// ---------------------------------------------------------------- evaluation

/** Offsets applied to relative references (a conditional-format formula is written for the range's top-left cell). */
export interface Origin {
  dr: number;
  dc: number;
}

export function evaluateFormula(text: string, host: FormulaHost, origin: Origin = { dr: 0, dc: 0 }): Scalar | FormulaError {
  const v = new Evaluator(host, origin).eval(parseFormula(text));
  return scalarOf(v);
}

function isErr(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}
function isGrid(v: unknown): v is Grid {
  return typeof v === 'object' && v !== null && 'grid' in v;
}
function scalarOf(v: Value): Scalar | FormulaError {
  if (isGrid(v)) return v.grid.length && v.grid[0].length ? v.grid[0][0] : null;
  return v;
}

export function toNumber(v: Scalar | FormulaError): number | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const s = v.trim();
  if (s === '') return 0;
  const n = Number(s);
  return Number.isFinite(n) ? n : ERR.value;
}

export function toText(v: Scalar | FormulaError): string | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return numberToText(v);
  return v;
}

function numberToText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

export function toBool(v: Scalar | FormulaError): boolean | FormulaError {
  if (isErr(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const s = v.trim().toUpperCase();
  if (s === 'TRUE') return true;
  if (s === 'FALSE') return false;
  return ERR.value;
}

const TYPE_RANK = { number: 0, string: 1, boolean: 2 } as const;

/** Sheets comparison: -1, 0, 1 (blank takes the other side's type; text case-insensitive). */
export function compareValues(a: Scalar, b: Scalar): number {
  if (a === null && b === null) return 0;
  if (a === null) a = typeof b === 'number' ? 0 : typeof b === 'boolean' ? false : '';
  if (b === null) b = typeof a === 'number' ? 0 : typeof a === 'boolean' ? false : '';
  const ta = typeof a as 'number' | 'string' | 'boolean';
  const tb = typeof b as 'number' | 'string' | 'boolean';
  if (ta !== tb) return TYPE_RANK[ta] < TYPE_RANK[tb] ? -1 : 1;
  if (ta === 'string') {
    const x = (a as string).toLowerCase();
    const y = (b as string).toLowerCase();
    return x === y ? 0 : x.localeCompare(y) < 0 ? -1 : 1;
  }
  const x = Number(a);
  const y = Number(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

type Fn = (ev: Evaluator, args: Node[]) => Value;

class Evaluator {
  constructor(readonly host: FormulaHost, readonly origin: Origin) {}

  eval(n: Node): Value {
    switch (n.t) {
      case 'lit': return n.v;
      case 'err': return n.v;
      case 'ref': return this.cell(n.ref);
      case 'range': return this.range(n.a, n.b);
      case 'neg': {
        const x = toNumber(this.scalar(n.e));
        return isErr(x) ? x : -x;
      }
      case 'pct': {
        const x = toNumber(this.scalar(n.e));
        return isErr(x) ? x : x / 100;
      }
      case 'bin': return this.binary(n.op, this.scalar(n.l), this.scalar(n.r));
      case 'fn': {
        const f = FUNCTIONS[n.name];
        if (!f) throw new UnsupportedFormula(`function ${n.name}`);
        return f(this, n.args);
      }
    }
  }

  scalar(n: Node): Scalar | FormulaError {
    return scalarOf(this.eval(n));
  }

  /** Every value of the arguments, ranges flattened (for SUM, COUNTA, AND…). */
  flat(args: Node[]): { v: Scalar | FormulaError; fromRange: boolean }[] {
    const out: { v: Scalar | FormulaError; fromRange: boolean }[] = [];
    for (const a of args) {
      const v = this.eval(a);
      if (isGrid(v)) for (const row of v.grid) for (const x of row) out.push({ v: x, fromRange: true });
      else out.push({ v, fromRange: a.t === 'ref' });
    }
    return out;
  }

  private pos(ref: Ref): { row: number; col: number } {
    return {
      row: (ref.row ?? 1) + (ref.rowAbs ? 0 : this.origin.dr),
      col: ref.col + (ref.colAbs ? 0 : this.origin.dc),
    };
  }

  cell(ref: Ref): Scalar | FormulaError {
    const { row, col } = this.pos(ref);
    if (row < 1 || col < 1) return ERR.ref;
    return this.host.value(ref.sheet, row, col);
  }

  range(a: Ref, b: Ref): Grid | FormulaError {
    const p = this.pos(a);
    const q = this.pos(b);
    let r1 = p.row;
    let r2 = q.row;
    if (a.row === undefined || b.row === undefined) {
      r1 = 1;
      r2 = this.host.lastRow(a.sheet);
    }
    const [top, bottom] = r1 <= r2 ? [r1, r2] : [r2, r1];
    const [left, right] = p.col <= q.col ? [p.col, q.col] : [q.col, p.col];
    if (top < 1 || left < 1) return ERR.ref;
    const grid: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: Scalar[] = [];
      for (let c = left; c <= right; c++) {
        const v = this.host.value(a.sheet, r, c);
        row.push(isErr(v) ? (v.code as Scalar) : v);
      }
      grid.push(row);
    }
    return { grid };
  }

  private binary(op: string, a: Scalar | FormulaError, b: Scalar | FormulaError): Value {
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    switch (op) {
      case '&': {
        const x = toText(a);
        const y = toText(b);
        return isErr(x) ? x : isErr(y) ? y : x + y;
      }
      case '=': return compareValues(a, b) === 0;
      case '<>': return compareValues(a, b) !== 0;
      case '<': return compareValues(a, b) < 0;
      case '<=': return compareValues(a, b) <= 0;
      case '>': return compareValues(a, b) > 0;
      case '>=': return compareValues(a, b) >= 0;
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    switch (op) {
      case '+': return x + y;
      case '-': return x - y;
      case '*': return x * y;
      case '/': return y === 0 ? ERR.div0 : x / y;
      case '^': return Math.pow(x, y);
    }
    throw new UnsupportedFormula(`operator ${op}`);
  }
}

function arity(args: Node[], min: number, max: number): FormulaError | null {
  return args.length < min || args.length > max ? ERR.na : null;
}

function num1(ev: Evaluator, args: Node[], f: (x: number) => Value): Value {
  const bad = arity(args, 1, 1);
  if (bad) return bad;
  const x = toNumber(ev.scalar(args[0]));
  return isErr(x) ? x : f(x);
}

function text1(ev: Evaluator, args: Node[], f: (s: string) => Value): Value {
  const bad = arity(args, 1, 1);
  if (bad) return bad;
  const s = toText(ev.scalar(args[0]));
  return isErr(s) ? s : f(s);
}

function numbersOf(ev: Evaluator, args: Node[]): number[] | FormulaError {
  const out: number[] = [];
  for (const { v, fromRange } of ev.flat(args)) {
    if (isErr(v)) return v;
    if (typeof v === 'number') out.push(v);
    else if (!fromRange && v !== null) {
      const n = toNumber(v);
      if (isErr(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function logical(ev: Evaluator, args: Node[], combine: (bs: boolean[]) => boolean): Value {
  if (!args.length) return ERR.na;
  const bs: boolean[] = [];
  for (const { v, fromRange } of ev.flat(args)) {
    if (isErr(v)) return v;
    if (fromRange && (v === null || typeof v === 'string')) continue;
    const b = toBool(v);
    if (isErr(b)) return b;
    bs.push(b);
  }
  return bs.length ? combine(bs) : ERR.value;
}

/** COUNTIF criteria: ">5", "<>x", "=x", "x" (no wildcards). */
function matchesCriterion(v: Scalar, crit: Scalar): boolean {
  if (typeof crit === 'string') {
    const m = /^(<=|>=|<>|=|<|>)(.*)$/.exec(crit);
    if (m) {
      const rhsText = m[2];
      const rhsNum = Number(rhsText);
      const rhs: Scalar = rhsText.trim() !== '' && Number.isFinite(rhsNum) ? rhsNum : rhsText;
      if (rhs === '' && (m[1] === '=' || m[1] === '<>')) return (v === null || v === '') === (m[1] === '=');
      if (typeof rhs === 'number' && typeof v !== 'number') return m[1] === '<>';
      const c = compareValues(v, rhs);
      return { '<=': c <= 0, '>=': c >= 0, '<>': c !== 0, '=': c === 0, '<': c < 0, '>': c > 0 }[m[1]]!;
    }
  }
  if (v === null) return false;
  return compareValues(v, crit) === 0 && typeof v === typeof crit;
}

function serialDate(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}
function serialParts(serial: number): { y: number; m: number; d: number } {
  const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const FUNCTIONS: Record<string, Fn> = {
  TODAY: (ev, a) => arity(a, 0, 0) ?? ev.host.today(),
  NOW: (ev, a) => arity(a, 0, 0) ?? ev.host.now(),
  TRUE: (_ev, a) => arity(a, 0, 0) ?? true,
  FALSE: (_ev, a) => arity(a, 0, 0) ?? false,
  AND: (ev, a) => logical(ev, a, (bs) => bs.every(Boolean)),
  OR: (ev, a) => logical(ev, a, (bs) => bs.some(Boolean)),
  NOT: (ev, a) => {
    const bad = arity(a, 1, 1);
    if (bad) return bad;
    const b = toBool(ev.scalar(a[0]));
    return isErr(b) ? b : !b;
  },
  IF: (ev, a) => {
    const bad = arity(a, 1, 3);
    if (bad) return bad;
    const c = toBool(ev.scalar(a[0]));
    if (isErr(c)) return c;
    if (c) return a.length > 1 ? ev.scalar(a[1]) : true;
    return a.length > 2 ? ev.scalar(a[2]) : false;
  },
  IFERROR: (ev, a) => {
    const bad = arity(a, 1, 2);
    if (bad) return bad;
    const v = ev.scalar(a[0]);
    return isErr(v) ? (a.length > 1 ? ev.scalar(a[1]) : null) : v;
  },
  ISBLANK: (ev, a) => arity(a, 1, 1) ?? ev.scalar(a[0]) === null,
  ISNUMBER: (ev, a) => arity(a, 1, 1) ?? typeof ev.scalar(a[0]) === 'number',
  ISTEXT: (ev, a) => arity(a, 1, 1) ?? typeof ev.scalar(a[0]) === 'string',
  ISERROR: (ev, a) => arity(a, 1, 1) ?? isErr(ev.scalar(a[0])),
  LEN: (ev, a) => text1(ev, a, (s) => s.length),
  TRIM: (ev, a) => text1(ev, a, (s) => s.replace(/ +/g, ' ').trim()),
  UPPER: (ev, a) => text1(ev, a, (s) => s.toUpperCase()),
  LOWER: (ev, a) => text1(ev, a, (s) => s.toLowerCase()),
  VALUE: (ev, a) => text1(ev, a, (s) => toNumber(s)),
  LEFT: (ev, a) => {
    const s = toText(ev.scalar(a[0]));
    const n = a.length > 1 ? toNumber(ev.scalar(a[1])) : 1;
    return isErr(s) ? s : isErr(n) ? n : s.slice(0, n);
  },
  RIGHT: (ev, a) => {
    const s = toText(ev.scalar(a[0]));
    const n = a.length > 1 ? toNumber(ev.scalar(a[1])) : 1;
    return isErr(s) ? s : isErr(n) ? n : n <= 0 ? '' : s.slice(-n);
  },
  MID: (ev, a) => {
    const bad = arity(a, 3, 3);
    if (bad) return bad;
    const s = toText(ev.scalar(a[0]));
    const st = toNumber(ev.scalar(a[1]));
    const n = toNumber(ev.scalar(a[2]));
    return isErr(s) ? s : isErr(st) ? st : isErr(n) ? n : s.substr(st - 1, n);
  },
  EXACT: (ev, a) => {
    const bad = arity(a, 2, 2);
    if (bad) return bad;
    const x = toText(ev.scalar(a[0]));
    const y = toText(ev.scalar(a[1]));
    return isErr(x) ? x : isErr(y) ? y : x === y;
  },
  /** The cell shows the label, or the URL when there is none (https://support.google.com/docs/answer/3093313). */
  HYPERLINK: (ev, a) => {
    const bad = arity(a, 1, 2);
    if (bad) return bad;
    const url = toText(ev.scalar(a[0]));
    if (isErr(url)) return url;
    return a.length > 1 ? ev.scalar(a[1]) : url;
  },
  CONCATENATE: (ev, a) => {
    let s = '';
    for (const { v } of ev.flat(a)) {
      const t = toText(v);
      if (isErr(t)) return t;
      s += t;
    }
    return s;
  },
  SUM: (ev, a) => {
    const ns = numbersOf(ev, a);
    return isErr(ns) ? ns : ns.reduce((x, y) => x + y, 0);
  },
  MIN: (ev, a) => {
    const ns = numbersOf(ev, a);
    return isErr(ns) ? ns : ns.length ? Math.min(...ns) : 0;
  },
  MAX: (ev, a) => {
    const ns = numbersOf(ev, a);
    return isErr(ns) ? ns : ns.length ? Math.max(...ns) : 0;
  },
  AVERAGE: (ev, a) => {
    const ns = numbersOf(ev, a);
    return isErr(ns) ? ns : ns.length ? ns.reduce((x, y) => x + y, 0) / ns.length : ERR.div0;
  },
  COUNT: (ev, a) => ev.flat(a).filter(({ v }) => typeof v === 'number').length,
  COUNTA: (ev, a) => ev.flat(a).filter(({ v }) => v !== null).length,
  COUNTBLANK: (ev, a) => ev.flat(a).filter(({ v }) => v === null || v === '').length,
  COUNTIF: (ev, a) => {
    const bad = arity(a, 2, 2);
    if (bad) return bad;
    const crit = ev.scalar(a[1]);
    if (isErr(crit)) return crit;
    return ev.flat([a[0]]).filter(({ v }) => !isErr(v) && matchesCriterion(v as Scalar, crit)).length;
  },
  ROUND: (ev, a) => {
    const bad = arity(a, 1, 2);
    if (bad) return bad;
    const x = toNumber(ev.scalar(a[0]));
    const d = a.length > 1 ? toNumber(ev.scalar(a[1])) : 0;
    if (isErr(x)) return x;
    if (isErr(d)) return d;
    const f = Math.pow(10, Math.trunc(d));
    return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
  },
  ABS: (ev, a) => num1(ev, a, Math.abs),
  INT: (ev, a) => num1(ev, a, Math.floor),
  DATE: (ev, a) => {
    const bad = arity(a, 3, 3);
    if (bad) return bad;
    const [y, m, d] = a.map((x) => toNumber(ev.scalar(x)));
    for (const x of [y, m, d]) if (isErr(x)) return x;
    return serialDate(y as number, m as number, d as number);
  },
  YEAR: (ev, a) => num1(ev, a, (x) => serialParts(x).y),
  MONTH: (ev, a) => num1(ev, a, (x) => serialParts(x).m),
  DAY: (ev, a) => num1(ev, a, (x) => serialParts(x).d),
};

export const SUPPORTED_FUNCTIONS = Object.keys(FUNCTIONS).sort();

// ---------------------------------------------------------------- rewriting references

function refText(ref: Ref, withSheet: boolean): string {
  const sheet = withSheet && ref.sheet !== undefined ? `${/^[\p{L}\p{N}_]+$/u.test(ref.sheet) ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`}!` : '';
  return `${sheet}${ref.colAbs ? '$' : ''}${indexToCol(ref.col)}${ref.row === undefined ? '' : `${ref.rowAbs ? '$' : ''}${ref.row}`}`;
}

/** Rewrites every reference of a formula; `map` returns the new reference or null for #REF!. */
function rewrite(text: string, map: (ref: Ref, end: 'single' | 'start' | 'end') => Ref | null): string {
  const lead = text.startsWith('=') ? '=' : '';
  const toks = tokenize(lead ? text.slice(1) : text);
  let out = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== 'ref') {
      out += t.s;
      continue;
    }
    const next = toks[i + 1];
    const after = toks[i + 2];
    if (t.ref2 || (next && next.k === 'op' && next.s === ':' && after && after.k === 'ref')) {
      const a = t.ref;
      const b = t.ref2 ?? (after as Tok & { k: 'ref' }).ref;
      const na = map(a, 'start');
      const nb = map({ ...b, sheet: b.sheet ?? a.sheet }, 'end');
      const ordered = (x: Ref, y: Ref): boolean => x.col <= y.col && (x.row === undefined || y.row === undefined || x.row <= y.row);
      const collapsed = na && nb && ordered(a, b) && !ordered(na, nb);
      out += na && nb && !collapsed ? `${refText(na, true)}:${refText({ ...nb, sheet: b.sheet }, b.sheet !== undefined)}` : '#REF!';
      if (!t.ref2) i += 2;
      continue;
    }
    const n = map(t.ref, 'single');
    out += n ? refText(n, true) : '#REF!';
  }
  return lead + out;
}

/** The formula as it would read `dr` rows and `dc` columns further (copy/fill semantics: relative parts move). */
export function offsetFormula(text: string, dr: number, dc: number): string {
  if (!dr && !dc) return text;
  try {
    return rewrite(text, (ref) => {
      const row = ref.row === undefined || ref.rowAbs ? ref.row : ref.row + dr;
      const col = ref.colAbs ? ref.col : ref.col + dc;
      return (row !== undefined && row < 1) || col < 1 ? null : { ...ref, row, col };
    });
  } catch {
    return text;
  }
}

/**
 * Adjusts references after rows or columns of `sheetName` were inserted (n > 0) or deleted (n < 0) at
 * index `at`. `inSheet` is the sheet holding the formula (its unqualified references point there).
 */
export function shiftFormula(text: string, inSheet: string, sheetName: string, axis: 'row' | 'col', at: number, n: number): string {
  try {
    return rewrite(text, (ref, end) => {
      if ((ref.sheet ?? inSheet) !== sheetName) return ref;
      const key = axis;
      const v = ref[key];
      if (v === undefined) return ref;
      if (n > 0) return v >= at ? { ...ref, [key]: v + n } : ref;
      const count = -n;
      if (v < at) return ref;
      if (v >= at + count) return { ...ref, [key]: v - count };
      if (end === 'single') return null;
      // A range end inside the deleted block: the range shrinks.
      return end === 'start' ? { ...ref, [key]: at } : at - 1 >= 1 ? { ...ref, [key]: at - 1 } : null;
    });
  } catch {
    return text;
  }
}

/** Names of the functions a formula calls (for warnings). */
export function functionsIn(text: string): string[] {
  try {
    return tokenize(text.replace(/^=/, '')).filter((t, i, all) => t.k === 'name' && all[i + 1]?.s === '(').map((t) => t.s.toUpperCase());
  } catch {
    return [];
  }
}
