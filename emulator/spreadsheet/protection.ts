// Protected ranges and sheets. https://developers.google.com/apps-script/reference/spreadsheet/protection
// Editors are recorded but not enforced: the emulated user owns the file, and owners can always edit.
import type { Env } from '../env';
import { instrument } from '../instrument';
import type { Rect } from './a1';
import type { SheetModel } from './model';
import type { Range } from './range';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  /** For RANGE protections; a SHEET protection covers the whole sheet. */
  rect?: Rect;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Rect[];
  rangeName: string | null;
  removed?: boolean;
}

export interface ProtectionBridge {
  makeRange(sheet: SheetModel, rect: Rect): Range;
  refOf(range: unknown): { sheet: SheetModel; rect: Rect } | null;
}

export class Protection {
  constructor(readonly env: Env, private readonly sheet: SheetModel, private readonly m: ProtectionModel, private readonly bridge: ProtectionBridge) {}

  getProtectionType(): string {
    return this.m.type;
  }
  getDescription(): string {
    return this.m.description;
  }
  setDescription(description: string): Protection {
    this.m.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.m.warningOnly;
  }
  /** A warning-only protection lets anyone edit after a warning (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)). */
  setWarningOnly(warningOnly: boolean): Protection {
    this.m.warningOnly = !!warningOnly;
    return this;
  }
  getRange(): Range {
    const rect = this.m.rect ?? { row: 1, col: 1, numRows: this.sheet.maxRows, numCols: this.sheet.maxColumns };
    return this.bridge.makeRange(this.sheet, rect);
  }
  getRangeName(): string | null {
    return this.m.rangeName;
  }
  setRangeName(rangeName: string): Protection {
    this.m.rangeName = String(rangeName);
    return this;
  }
  remove(): void {
    this.m.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.m);
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this.m.domainEdit;
  }
  setDomainEdit(editable: boolean): Protection {
    this.m.domainEdit = !!editable;
    return this;
  }
  getEditors(): unknown[] {
    return this.env.realm.makeArray(this.m.editors.map((email) => ({ getEmail: () => email })));
  }
  addEditor(emailAddress: string | { getEmail(): string }): Protection {
    const e = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    if (!this.m.editors.includes(e)) this.m.editors.push(e);
    return this;
  }
  addEditors(emailAddresses: string[]): Protection {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }
  removeEditor(emailAddress: string | { getEmail(): string }): Protection {
    const e = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    this.m.editors = this.m.editors.filter((x) => x !== e || x === this.env.options.user);
    return this;
  }
  removeEditors(emailAddresses: string[]): Protection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this.env.realm.makeArray(this.m.unprotected.map((r) => this.bridge.makeRange(this.sheet, r)));
  }
  setUnprotectedRanges(ranges: unknown[]): Protection {
    if (this.m.type === 'SHEET') {
      this.m.unprotected = ranges.map((r) => this.bridge.refOf(r)).filter((r): r is { sheet: SheetModel; rect: Rect } => !!r).map((r) => r.rect);
    }
    return this;
  }
}

instrument(Protection, 'SpreadsheetApp', 'Protection');
