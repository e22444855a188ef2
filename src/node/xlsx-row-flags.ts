// Which row heights in an .xlsx a person set: the `customHeight` flag of a <row> (ECMA-376 §18.3.1.73: «1 if
// the row height has been manually set»). exceljs reads a row's height but drops the flag, and writes
// customHeight="1" on every row with a height; so the flag is read from the file here, and after exceljs
// writes, it is kept only on the rows that had it. A height the script gives (or an office suite's own fitted
// height) stays automatic: Excel and LibreOffice still grow such a row when a person types into it. Runs in
// Node and in the browser.
import JSZip from 'jszip';
import { readEntries, STORED, tableCrc32, writeEntries, type Entry } from './zip-entries';

/** Row numbers with a person's own height, by sheet name. */
export type CustomRows = Map<string, Set<number>>;

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Sheet name → the zip path of its worksheet part, from xl/workbook.xml and its relationships. */
function worksheetPaths(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const paths = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attr(tag, 'name');
    const path = targets.get(attr(tag, 'r:id') ?? '');
    if (name !== undefined && path) paths.set(unescapeXml(name), path);
  }
  return paths;
}

const isCustom = (rowTag: string): boolean => /\scustomHeight="(1|true)"/.test(rowTag);
const rowNumber = (rowTag: string): number => Number(attr(rowTag, 'r'));

/** Rows of one worksheet's XML whose height a person set. */
function customRowsIn(xml: string): Set<number> {
  const rows = new Set<number>();
  if (!xml.includes('customHeight')) return rows;
  for (const [tag] of xml.matchAll(/<row\s[^>]*>/g)) if (isCustom(tag)) rows.add(rowNumber(tag));
  return rows;
}

/** The rows of each sheet of an .xlsx whose height a person set (empty when the package cannot be read). */
export async function readCustomRows(bytes: Uint8Array): Promise<CustomRows> {
  const out: CustomRows = new Map();
  let text: (path: string) => Promise<string | undefined>;
  const entries = readEntries(bytes);
  if (entries && entries.every((e) => e.method === STORED)) {
    // The command unpacked the file natively before exceljs read it: nothing to inflate.
    const decoder = new TextDecoder();
    const byPath = new Map(entries.map((e) => [decoder.decode(e.name), e]));
    text = async (path) => { const e = byPath.get(path); return e && decoder.decode(e.data); };
  } else {
    try {
      const zip = await JSZip.loadAsync(bytes);
      text = async (path) => zip.file(path)?.async('string');
    } catch {
      return out;
    }
  }
  const [workbookXml, relsXml] = await Promise.all([text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')]);
  if (!workbookXml || !relsXml) return out;
  for (const [name, path] of worksheetPaths(workbookXml, relsXml)) {
    const rows = customRowsIn((await text(path)) ?? '');
    if (rows.size) out.set(name, rows);
  }
  return out;
}

/**
 * An .xlsx that exceljs wrote with every entry stored, with customHeight left only on the rows in `custom`
 * (by sheet name). The bytes unchanged when there is nothing to change or the package is not a plain zip.
 */
export function keepOnlyCustomFlags(stored: Uint8Array, custom: CustomRows): Uint8Array {
  const entries = readEntries(stored);
  if (!entries || entries.some((e) => e.method !== STORED)) return stored;
  const decoder = new TextDecoder();
  const byPath = new Map(entries.map((e, i) => [decoder.decode(e.name), i]));
  const xmlAt = (path: string): string | undefined => {
    const i = byPath.get(path);
    return i === undefined ? undefined : decoder.decode(entries[i].data);
  };
  const workbookXml = xmlAt('xl/workbook.xml');
  const relsXml = xmlAt('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml) return stored;
  const encoder = new TextEncoder();
  let changed = false;
  for (const [name, path] of worksheetPaths(workbookXml, relsXml)) {
    const i = byPath.get(path);
    const xml = xmlAt(path);
    if (i === undefined || !xml?.includes('customHeight')) continue;
    const keep = custom.get(name);
    const fixed = xml.replace(/<row\s[^>]*>/g, (tag) => (isCustom(tag) && !keep?.has(rowNumber(tag)) ? tag.replace(/\scustomHeight="[^"]*"/, '') : tag));
    if (fixed === xml) continue;
    const data = encoder.encode(fixed);
    const entry: Entry = { ...entries[i], data, size: data.length, crc: tableCrc32(data) };
    entries[i] = entry;
    changed = true;
  }
  return changed ? writeEntries(entries) : stored;
}
