// A document as plain data, as both readers hand it over: Google Docs (DocumentApp) and a .docx file.
// Tables are physical grids: a cell covered by a merge is present and marked `covered`, so row r,
// column c is the same place in every reader.

export interface DocCell {
  /** The cell's paragraphs joined with line breaks. */
  text: string;
  /** For the head of a merge: how many columns and rows it spans (1 when not merged). */
  colSpan: number;
  rowSpan: number;
  /** Part of a merge whose text stands in its head cell (up or to the left). */
  covered: boolean;
}

export interface DocTable {
  rows: DocCell[][];
}

export type DocBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; table: DocTable };

export interface DocModel {
  blocks: DocBlock[];
}
