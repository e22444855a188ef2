// Conditional formatting: the rule builder, built rules, boolean conditions, and deciding whether a rule
// matches a cell. https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
//
// whenFormulaSatisfied takes the formula in English syntax with ',' between arguments, whatever the
// spreadsheet's locale (the docs' example is `.whenFormulaSatisfied('=EQ(A1,0)')`); a Russian-locale
// Sheets UI shows the same rule with ';'. The emulator treats ';' as the parse error it is.
import type { Env } from '../env';
import { signatureMessage } from '../errors';
import { instrument } from '../instrument';
import { isDate } from '../realm';
import type { Rect } from './a1';
import { normalizeColor } from './colors';
import type { Evaluation } from './evaluate';
import { compareValues, FormulaError, type Scalar, toBool } from './formula';
import type { SheetModel } from './model';
import type { Range } from './range';
import { instantToSerial } from './values';

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY', CELL_NOT_EMPTY: 'CELL_NOT_EMPTY', DATE_AFTER: 'DATE_AFTER', DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO', DATE_NOT_EQUAL_TO: 'DATE_NOT_EQUAL_TO', DATE_AFTER_RELATIVE: 'DATE_AFTER_RELATIVE',
  DATE_BEFORE_RELATIVE: 'DATE_BEFORE_RELATIVE', DATE_EQUAL_TO_RELATIVE: 'DATE_EQUAL_TO_RELATIVE', NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO', NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO', NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO', TEXT_CONTAINS: 'TEXT_CONTAINS', TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO', TEXT_NOT_EQUAL_TO: 'TEXT_NOT_EQUAL_TO', TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH', CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export interface CfFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

/** A rule as stored on a sheet; ranges are rectangles of that sheet, in the rule's order of priority. */
export interface CfRuleModel {
  condition: { type: BooleanCriteriaName; values: unknown[] };
  format: CfFormat;
  ranges: Rect[];
}

function cloneRule(r: CfRuleModel): CfRuleModel {
  return { condition: { type: r.condition.type, values: r.condition.values.slice() }, format: { ...r.format }, ranges: r.ranges.map((x) => ({ ...x })) };
}

/** How the public classes reach ranges of the right sheet (Range objects are made by spreadsheet code). */
export interface RangeBridge {
  /** The sheet and rectangle of a public Range (null if it is not one). */
  refOf(range: unknown): { sheet: SheetModel; rect: Rect } | null;
  makeRange(sheet: SheetModel, rect: Rect): Range;
}

export class ConditionalFormatRuleBuilder {
  _m: CfRuleModel;
  _sheet: SheetModel | null;
  constructor(readonly env: Env, private readonly bridge: RangeBridge, model?: CfRuleModel, sheet?: SheetModel | null) {
    this._m = model ? cloneRule(model) : { condition: { type: 'CELL_NOT_EMPTY', values: [] }, format: {}, ranges: [] };
    this._sheet = sheet ?? null;
  }

  _when(type: BooleanCriteriaName, values: unknown[]): ConditionalFormatRuleBuilder {
    this._m.condition = { type, values };
    return this;
  }

  /** English syntax with ',' separators, e.g. '=AND($H2<>"Выполнено",$F2<TODAY())'. */
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    if (typeof formula !== 'string') this.env.fail(signatureMessage([formula], 'ConditionalFormatRuleBuilder.whenFormulaSatisfied'));
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_STARTS_WITH', [String(text)]);
  }
  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_ENDS_WITH', [String(text)]);
  }
  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenDateBefore(date: Date): ConditionalFormatRuleBuilder {
    if (!isDate(date)) this.env.fail(signatureMessage([date], 'ConditionalFormatRuleBuilder.whenDateBefore'));
    return this._when('DATE_BEFORE', [{ dateMs: date.getTime() }]);
  }
  whenDateAfter(date: Date): ConditionalFormatRuleBuilder {
    if (!isDate(date)) this.env.fail(signatureMessage([date], 'ConditionalFormatRuleBuilder.whenDateAfter'));
    return this._when('DATE_AFTER', [{ dateMs: date.getTime() }]);
  }
  whenDateEqualTo(date: Date): ConditionalFormatRuleBuilder {
    if (!isDate(date)) this.env.fail(signatureMessage([date], 'ConditionalFormatRuleBuilder.whenDateEqualTo'));
    return this._when('DATE_EQUAL_TO', [{ dateMs: date.getTime() }]);
  }

  _color(value: string | null, method: string): string | null {
    if (value === null) return null;
    const c = normalizeColor(String(value));
    if (!c) this.env.fail(signatureMessage([value], `ConditionalFormatRuleBuilder.${method}`));
    return c;
  }
  /** null removes the colour from the rule's format. */
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this._m.format.background = this._color(color, 'setBackground');
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this._m.format.fontColor = this._color(color, 'setFontColor');
    return this;
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this._m.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    this._m.format.italic = italic;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilder {
    this._m.format.strikethrough = strikethrough;
    return this;
  }
  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilder {
    this._m.format.underline = underline;
    return this;
  }

  /** The ranges the rule applies to; all on one sheet. */
  setRanges(ranges: unknown[]): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges)) this.env.fail(signatureMessage([ranges], 'ConditionalFormatRuleBuilder.setRanges'));
    const refs = ranges.map((r) => this.bridge.refOf(r));
    if (refs.some((r) => !r)) this.env.fail(signatureMessage([ranges], 'ConditionalFormatRuleBuilder.setRanges'));
    const sheets = new Set(refs.map((r) => r!.sheet));
    if (sheets.size > 1) this.env.fail('All ranges of a conditional format rule must be on the same sheet.');
    this._sheet = refs.length ? refs[0]!.sheet : null;
    this._m.ranges = refs.map((r) => r!.rect);
    return this;
  }
  getRanges(): Range[] {
    return rangesOf(this.env, this.bridge, this._sheet, this._m);
  }
  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.env, this._m);
  }
  getGradientCondition(): null {
    return null;
  }
  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.env, this.bridge, this._m, this._sheet);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.env, this.bridge, this._m, this._sheet);
  }
}

function rangesOf(env: Env, bridge: RangeBridge, sheet: SheetModel | null, m: CfRuleModel): Range[] {
  return env.realm.makeArray(sheet ? m.ranges.map((r) => bridge.makeRange(sheet, r)) : []);
}

export class ConditionalFormatRule {
  readonly _m: CfRuleModel;
  constructor(readonly env: Env, private readonly bridge: RangeBridge, model: CfRuleModel, readonly _sheet: SheetModel | null) {
    this._m = cloneRule(model);
  }

  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.env, this._m);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): Range[] {
    return rangesOf(this.env, this.bridge, this._sheet, this._m);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.env, this.bridge, this._m, this._sheet);
  }
}

export class BooleanCondition {
  constructor(readonly env: Env, private readonly m: CfRuleModel) {}

  getCriteriaType(): string {
    return this.m.condition.type;
  }
  getCriteriaValues(): unknown[] {
    return this.env.realm.makeArray(this.m.condition.values.map((v) => (v && typeof v === 'object' && 'dateMs' in v ? this.env.realm.makeDate((v as { dateMs: number }).dateMs) : v)));
  }
  /** The rule's background as '#rrggbb', or null. */
  getBackground(): string | null {
    return this.m.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.m.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.m.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.m.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.m.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.m.format.underline ?? null;
  }
}

/**
 * Whether `rule` formats the cell at (row, col). A custom formula is written for the top-left cell of
 * the rule's first range; its relative references move with the cell ($ anchors do not).
 * Returns undefined (no match) if the formula cannot be evaluated — the Evaluation records a warning.
 */
export function ruleMatches(rule: CfRuleModel, sheet: SheetModel, row: number, col: number, ev: Evaluation, timeZone: string): boolean {
  const raw = ev.cellValue(sheet, row, col);
  const value: Scalar = raw instanceof FormulaError ? raw.code : raw;
  const vals = rule.condition.values;
  const text = value === null ? '' : typeof value === 'string' ? value : String(value);
  const lower = text.toLowerCase();
  const isNum = typeof value === 'number';
  const num = isNum ? (value as number) : NaN;
  const day = (x: unknown): number => Math.floor(instantToSerial((x as { dateMs: number }).dateMs, timeZone));
  switch (rule.condition.type) {
    case 'CUSTOM_FORMULA': {
      const top = rule.ranges[0];
      if (!top) return false;
      const r = ev.formula(String(vals[0]), sheet, { dr: row - top.row, dc: col - top.col }, `${sheet.name} conditional format`);
      if (r === undefined || r instanceof FormulaError) return false;
      const b = toBool(r);
      return b === true;
    }
    case 'CELL_EMPTY': return value === null || value === '';
    case 'CELL_NOT_EMPTY': return !(value === null || value === '');
    case 'TEXT_EQUAL_TO': return value !== null && lower === String(vals[0]).toLowerCase();
    case 'TEXT_NOT_EQUAL_TO': return lower !== String(vals[0]).toLowerCase();
    case 'TEXT_CONTAINS': return value !== null && lower.includes(String(vals[0]).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN': return !lower.includes(String(vals[0]).toLowerCase());
    case 'TEXT_STARTS_WITH': return value !== null && lower.startsWith(String(vals[0]).toLowerCase());
    case 'TEXT_ENDS_WITH': return value !== null && lower.endsWith(String(vals[0]).toLowerCase());
    case 'NUMBER_EQUAL_TO': return isNum && compareValues(num, Number(vals[0])) === 0;
    case 'NUMBER_NOT_EQUAL_TO': return !isNum || num !== Number(vals[0]);
    case 'NUMBER_GREATER_THAN': return isNum && num > Number(vals[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return isNum && num >= Number(vals[0]);
    case 'NUMBER_LESS_THAN': return isNum && num < Number(vals[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return isNum && num <= Number(vals[0]);
    case 'NUMBER_BETWEEN': return isNum && num >= Number(vals[0]) && num <= Number(vals[1]);
    case 'NUMBER_NOT_BETWEEN': return isNum && (num < Number(vals[0]) || num > Number(vals[1]));
    case 'DATE_BEFORE': return isNum && Math.floor(num) < day(vals[0]);
    case 'DATE_AFTER': return isNum && Math.floor(num) > day(vals[0]);
    case 'DATE_EQUAL_TO': return isNum && Math.floor(num) === day(vals[0]);
    case 'DATE_NOT_EQUAL_TO': return isNum && Math.floor(num) !== day(vals[0]);
    default: return false;
  }
}

instrument(ConditionalFormatRuleBuilder, 'SpreadsheetApp', 'ConditionalFormatRuleBuilder');
instrument(ConditionalFormatRule, 'SpreadsheetApp', 'ConditionalFormatRule');
instrument(BooleanCondition, 'SpreadsheetApp', 'BooleanCondition');
