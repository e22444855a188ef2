// How tall a row must be for its wrapped cells to show in full, for a file shell that stores row heights: an
// .xlsx row with no stored height stays one line high in LibreOffice (it keeps the stored height and does not
// fit wrapped text when it opens the file), so wrapped names ran over the next rows. Google Sheets and Excel
// fit a row with wrapped text themselves. Column widths and wrapping are in sheet-layout.ts. Pure arithmetic
// on the text: cheap enough for every row of a 5,000-activity plan.

/**
 * An average letter of an 11-pt font, in pixels: Calibri (Excel's default, and the font the file names) is
 * narrower, DejaVu Sans (what LibreOffice shows for it where Calibri and Carlito are missing) about this wide.
 * Erring wide gives a row a spare line rather than a cut-off one.
 */
const LETTER_PX_11 = 6.8;
/** Cell padding, left and right together. */
const PADDING_PX = 8;
/**
 * One line of an 11-pt font: Excel's own row of one Calibri 11 line is 15 pt and it fits wrapped lines at that
 * pitch; LibreOffice needs a little less (about 14 pt a line with DejaVu Sans), so a row never ends mid-line.
 */
const LINE_PT_11 = 15;
/** The height a row has when nothing is stored (the file's default, Excel's and LibreOffice's for 11 pt). */
export const DEFAULT_ROW_PT = 15;

export interface CellFont {
  /** Points; 11 when unset. */
  size?: number;
  bold?: boolean;
}

/** Letters that fit on one line of a column `widthPx` wide, in the given font. */
export function lettersPerLine(widthPx: number, font: CellFont = {}): number {
  const letter = (LETTER_PX_11 * (font.size ?? 11)) / 11 * (font.bold ? 1.08 : 1);
  return Math.max(1, Math.floor((widthPx - PADDING_PX) / letter));
}

/**
 * Lines a text takes when wrapped at `perLine` letters, breaking as office suites do: at spaces and after
 * «/», «?», «&», «=», «-» (web addresses, hyphenated words); a piece longer than a line is broken inside.
 * Counting letters alone undercounts: a line ends early when the next word does not fit.
 */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    lines++;
    if (line.length <= perLine) continue;
    let used = 0;
    for (const piece of line.match(/[^\s/?&=-]*[\s/?&=-]?/g) ?? []) {
      if (!piece) continue;
      const len = piece.trimEnd().length;
      if (used + len <= perLine) { used += piece.length; continue; }
      if (used > 0) { lines++; used = 0; }
      if (len > perLine) {
        lines += Math.ceil(len / perLine) - 1;
        used = len % perLine || perLine;
        continue;
      }
      used = piece.length;
    }
  }
  return lines;
}

/** The height in points of a row whose fullest cell takes `lines` lines of the given font. */
export function rowHeightPt(lines: number, font: CellFont = {}): number {
  const line = (LINE_PT_11 * (font.size ?? 11)) / 11;
  return Math.ceil(lines * line * 4) / 4;
}

/**
 * The height a row needs for one wrapped cell: `undefined` when one line is enough (the row is left at its
 * default height). `widthPx`: the column's width, or the merged columns' together.
 */
export function wrappedCellHeightPt(text: string, widthPx: number, font: CellFont = {}): number | undefined {
  const perLine = lettersPerLine(widthPx, font);
  if (text.length <= perLine && !text.includes('\n')) return undefined;
  const lines = wrappedLines(text, perLine);
  return lines > 1 ? rowHeightPt(lines, font) : undefined;
}

/** Pixels of an .xlsx column width in characters (Excel: 7 px a character, 5 px of padding). */
export const columnPx = (chars: number): number => chars * 7 + 5;
