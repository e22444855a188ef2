// What a person sees on a given day: static formats overridden by the first matching conditional-format rule.
import { contains, type Rect } from './a1';
import { ruleMatches } from './conditional-format';
import { Evaluation } from './evaluate';
import type { SheetModel, SpreadsheetModel } from './model';

export interface RenderedCell {
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
}

/**
 * The formats of `rect` as displayed on `today` ('YYYY-MM-DD': TODAY() in rules and formulas).
 * Sheets applies only the first rule (in the sheet's order) whose condition holds for a cell; its
 * unset parts leave the cell's own format visible (https://support.google.com/docs/answer/78413).
 */
export function renderStyles(book: SpreadsheetModel, sheet: SheetModel, rect: Rect, today: string, nowMs: number, warn: (m: string) => void): RenderedCell[][] {
  const ev = new Evaluation(book, sheet, nowMs, warn, today);
  const out: RenderedCell[][] = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    const line: RenderedCell[] = [];
    for (let c = rect.col; c < rect.col + rect.numCols; c++) {
      const cell = sheet.cell(r, c);
      const style: RenderedCell = {
        background: cell?.background ?? '#ffffff',
        fontColor: cell?.fontColor ?? '#000000',
        bold: !!cell?.bold,
        italic: !!cell?.italic,
        strikethrough: !!cell?.strikethrough,
      };
      for (const rule of sheet.cfRules) {
        if (!rule.ranges.some((x) => contains(x, r, c))) continue;
        if (!ruleMatches(rule, sheet, r, c, ev, book.timeZone)) continue;
        const f = rule.format;
        if (f.background) style.background = f.background;
        if (f.fontColor) style.fontColor = f.fontColor;
        if (f.bold !== undefined && f.bold !== null) style.bold = f.bold;
        if (f.italic !== undefined && f.italic !== null) style.italic = f.italic;
        if (f.strikethrough !== undefined && f.strikethrough !== null) style.strikethrough = f.strikethrough;
        break;
      }
      line.push(style);
    }
    out.push(line);
  }
  return out;
}
