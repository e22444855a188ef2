// Data validation: the builder, the built rule, and checking what a person types against it.
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import type { Env } from '../env';
import { signatureMessage } from '../errors';
import { instrument } from '../instrument';
import { isDate } from '../realm';
import type { Rect } from './a1';
import type { Range } from './range';
import { instantToSerial, type Stored } from './values';

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER', DATE_BEFORE: 'DATE_BEFORE', DATE_BETWEEN: 'DATE_BETWEEN', DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN', DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE', NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN', NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN', NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO', TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN', TEXT_EQUAL_TO: 'TEXT_EQUAL_TO', TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL', VALUE_IN_LIST: 'VALUE_IN_LIST', VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA', CHECKBOX: 'CHECKBOX',
} as const;
export type CriteriaName = keyof typeof DataValidationCriteria;

/** A range in a criterion (VALUE_IN_RANGE), kept by position. */
export interface RangeRef {
  sheetId: number;
  rect: Rect;
}

/** A rule as stored on cells. Values are kept as given (Dates as instants in ms, ranges as RangeRef). */
export interface ValidationModel {
  criteria: CriteriaName;
  values: unknown[];
  /** Default true: a new rule shows a warning rather than rejecting input (DataValidationBuilder.setAllowInvalid). */
  allowInvalid: boolean;
  helpText: string;
  /** The exceljs rule this came from, written back unchanged if the rule was not edited. */
  xlsx?: Record<string, unknown>;
}

export function emptyValidation(): ValidationModel {
  return { criteria: 'VALUE_IN_LIST', values: [[], true], allowInvalid: true, helpText: '' };
}

function cloneModel(m: ValidationModel): ValidationModel {
  return { ...m, values: m.values.map((v) => (Array.isArray(v) ? v.slice() : v)) };
}

/** Criteria values for the script: arrays and Dates in the script's realm, ranges as Range objects. */
function valuesForScript(env: Env, m: ValidationModel, rangeOf: (ref: RangeRef) => unknown): unknown[] {
  return env.realm.makeArray(m.values.map((v) => {
    if (Array.isArray(v)) return env.realm.makeArray(v);
    if (v && typeof v === 'object' && 'sheetId' in v && 'rect' in v) return rangeOf(v as RangeRef);
    if (v && typeof v === 'object' && 'dateMs' in v) return env.realm.makeDate((v as { dateMs: number }).dateMs);
    return v;
  }));
}

function dateArg(v: unknown): { dateMs: number } {
  return { dateMs: isDate(v) ? v.getTime() : Number(v) };
}

export class DataValidationBuilder {
  _m: ValidationModel;
  constructor(readonly env: Env, model?: ValidationModel, private readonly rangeOf: (ref: RangeRef) => unknown = () => null) {
    this._m = model ? cloneModel(model) : emptyValidation();
  }

  _set(criteria: CriteriaName, values: unknown[]): DataValidationBuilder {
    this._m = { ...this._m, criteria, values, xlsx: undefined };
    return this;
  }

  /** getCriteriaValues() then gives [values, showDropdown]. */
  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values)) this.env.fail(signatureMessage([values], 'DataValidationBuilder.requireValueInList'));
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown !== false]);
  }

  requireValueInRange(range: Range, showDropdown = true): DataValidationBuilder {
    const ref = (range as unknown as { _ref?: () => RangeRef })._ref?.();
    if (!ref) this.env.fail(signatureMessage([range], 'DataValidationBuilder.requireValueInRange'));
    return this._set('VALUE_IN_RANGE', [ref, showDropdown !== false]);
  }

  requireDate(): DataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): DataValidationBuilder {
    return this._set('DATE_AFTER', [dateArg(date)]);
  }
  requireDateBefore(date: Date): DataValidationBuilder {
    return this._set('DATE_BEFORE', [dateArg(date)]);
  }
  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', [dateArg(date)]);
  }
  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', [dateArg(date)]);
  }
  requireDateBetween(start: Date, end: Date): DataValidationBuilder {
    return this._set('DATE_BETWEEN', [dateArg(start), dateArg(end)]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    return this._set('CHECKBOX', checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): DataValidationBuilder {
    return this._set('TEXT_CONTAINS', [String(text)]);
  }
  requireTextEqualTo(text: string): DataValidationBuilder {
    return this._set('TEXT_EQUAL_TO', [String(text)]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [String(formula)]);
  }
  withCriteria(criteria: string, args: unknown[]): DataValidationBuilder {
    if (!(criteria in DataValidationCriteria) || !Array.isArray(args)) this.env.fail(signatureMessage([criteria, args], 'DataValidationBuilder.withCriteria'));
    return this._set(criteria as CriteriaName, args.slice());
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this._m = { ...this._m, allowInvalid: !!allowInvalidData, xlsx: undefined };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this._m = { ...this._m, helpText: String(helpText), xlsx: undefined };
    return this;
  }
  getCriteriaType(): string {
    return this._m.criteria;
  }
  getCriteriaValues(): unknown[] {
    return valuesForScript(this.env, this._m, this.rangeOf);
  }
  getAllowInvalid(): boolean {
    return this._m.allowInvalid;
  }
  getHelpText(): string {
    return this._m.helpText;
  }
  build(): DataValidation {
    return new DataValidation(this.env, this._m, this.rangeOf);
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.env, this._m, this.rangeOf);
  }
}

export class DataValidation implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getAllowInvalid' | 'getHelpText'> {
  readonly _m: ValidationModel;
  constructor(readonly env: Env, model: ValidationModel, private readonly rangeOf: (ref: RangeRef) => unknown) {
    this._m = cloneModel(model);
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this._m.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return valuesForScript(this.env, this._m, this.rangeOf);
  }
  getAllowInvalid(): boolean {
    return this._m.allowInvalid;
  }
  getHelpText(): string {
    return this._m.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.env, this._m, this.rangeOf);
  }
}

/**
 * Whether a stored value satisfies a rule, as Sheets checks what a person types. `display` is the text
 * shown; `listOf` gives a VALUE_IN_RANGE rule's allowed texts. Rules the emulator does not check pass.
 */
export function satisfies(
  rule: ValidationModel, value: Stored | null, display: string, isDateValue: boolean, timeZone: string, listOf: (ref: RangeRef) => string[],
): boolean {
  if (value === null) return true;
  const v = rule.values;
  const num = typeof value === 'number' ? value : NaN;
  const serialOf = (x: unknown): number => Math.floor(instantToSerial((x as { dateMs: number }).dateMs, timeZone));
  const day = Math.floor(num);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': return (v[0] as string[]).some((x) => x === display);
    case 'VALUE_IN_RANGE': return listOf(v[0] as RangeRef).some((x) => x === display);
    case 'CHECKBOX': return v.length ? v.some((x) => String(x) === display || x === value) : typeof value === 'boolean';
    case 'DATE_IS_VALID_DATE': return isDateValue;
    case 'DATE_AFTER': return isDateValue && day > serialOf(v[0]);
    case 'DATE_BEFORE': return isDateValue && day < serialOf(v[0]);
    case 'DATE_ON_OR_AFTER': return isDateValue && day >= serialOf(v[0]);
    case 'DATE_ON_OR_BEFORE': return isDateValue && day <= serialOf(v[0]);
    case 'DATE_EQUAL_TO': return isDateValue && day === serialOf(v[0]);
    case 'DATE_BETWEEN': return isDateValue && day >= serialOf(v[0]) && day <= serialOf(v[1]);
    case 'DATE_NOT_BETWEEN': return isDateValue && (day < serialOf(v[0]) || day > serialOf(v[1]));
    case 'NUMBER_BETWEEN': return num >= Number(v[0]) && num <= Number(v[1]);
    case 'NUMBER_NOT_BETWEEN': return num < Number(v[0]) || num > Number(v[1]);
    case 'NUMBER_EQUAL_TO': return num === Number(v[0]);
    case 'NUMBER_NOT_EQUAL_TO': return !Number.isNaN(num) && num !== Number(v[0]);
    case 'NUMBER_GREATER_THAN': return num > Number(v[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return num >= Number(v[0]);
    case 'NUMBER_LESS_THAN': return num < Number(v[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return num <= Number(v[0]);
    case 'TEXT_CONTAINS': return display.includes(String(v[0]));
    case 'TEXT_DOES_NOT_CONTAIN': return !display.includes(String(v[0]));
    case 'TEXT_EQUAL_TO': return display === String(v[0]);
    case 'TEXT_IS_VALID_EMAIL': return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(display);
    case 'TEXT_IS_VALID_URL': return /^https?:\/\/\S+$/i.test(display);
    default: return true;
  }
}

instrument(DataValidationBuilder, 'SpreadsheetApp', 'DataValidationBuilder');
instrument(DataValidation, 'SpreadsheetApp', 'DataValidation');
