// SpreadsheetApp: the entry to the bound spreadsheet, the UI, builders and enums.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import { SCOPES } from '../context';
import type { Env } from '../env';
import { instrument } from '../instrument';
import { Ui } from '../ui';
import { BooleanCriteria, ConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationBuilder, DataValidationCriteria } from './data-validation';
import { ProtectionType } from './protection';
import { type Range, rangeBridge, rangeFromRef } from './range';
import type { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const BorderStyle = {
  DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE',
} as const;
export const Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;
export const SheetType = { GRID: 'GRID', OBJECT: 'OBJECT', DATASOURCE: 'DATASOURCE' } as const;

export class SpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;
  constructor(readonly env: Env) {}

  /**
   * The bound spreadsheet (also in time-driven runs of a bound script). An add-on's time-driven run has no
   * active document: null ("A timed trigger will receive null when it calls SpreadsheetApp.getActiveSpreadsheet()",
   * github.com/mogsdad/SheetConverter/issues/2; the reference: "or null if there is none").
   */
  getActiveSpreadsheet(): Spreadsheet {
  // Typed non-null like @types/google-apps-script, which also declares it so; null at run time as in Google.
    return this._noDocument() ? (null as unknown as Spreadsheet) : new Spreadsheet(this.env);
  }
  getActive(): Spreadsheet {
    return this.getActiveSpreadsheet();
  }

  _noDocument(): boolean {
    return this.env.options.addon && this.env.context.current.kind === 'time';
  }
  getActiveSheet(): Sheet {
    return new Spreadsheet(this.env).getActiveSheet();
  }
  getActiveRange(): Range | null {
    return new Spreadsheet(this.env).getActiveRange();
  }
  setActiveSheet(sheet: Sheet): Sheet {
    return new Spreadsheet(this.env).setActiveSheet(sheet);
  }
  setActiveRange(range: Range): Range {
    return range.activate();
  }

  /** Throws where no one sees the spreadsheet: time-driven runs (github.com/davepar/gcalendarsync/issues/93). */
  getUi(): Ui {
    if (this.env.context.current.kind === 'time') this.env.fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return new Ui(this.env);
  }

  /** Writes are applied at once here, so flush has nothing to do. */
  flush(): void {}

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.env, undefined, (ref) => rangeFromRef(this.env, ref));
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.env, rangeBridge(this.env));
  }

  /**
   * Only the bound spreadsheet exists here. With the narrow `spreadsheets.currentonly` scope Apps Script
   * refuses openById/openByUrl outright; the emulator does the same when the manifest's scopes are known.
   */
  openById(id: string): Spreadsheet {
    this.env.context.requireAuthorized('SpreadsheetApp', 'openById', SCOPES.sheets);
    if (id !== this.env.book.id) this.env.fail(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return new Spreadsheet(this.env);
  }
  openByUrl(url: string): Spreadsheet {
    this.env.context.requireAuthorized('SpreadsheetApp', 'openByUrl', SCOPES.sheets);
    if (!String(url).includes(this.env.book.id)) this.env.fail(`Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.`);
    return new Spreadsheet(this.env);
  }
}

instrument(SpreadsheetApp, 'SpreadsheetApp', 'SpreadsheetApp');
